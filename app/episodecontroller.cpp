#include "episodecontroller.h"

#include "diaryservices.h"

#include "domain/displaysettings.h"
#include "domain/limits.h"
#include "domain/validation.h"
#include "services/languagepreference.h"
#include "storage/settingsrepository.h"

#include "choicelist.h"
#include "daycount.h"
#include "domain/recovery.h"
#include "exchange/fieldparse.h"
#include "fielderrors.h"

#include <QLocale>

using namespace mend;

namespace {

template <typename E> Result<E> choiceField(const QString &key, const char *field)
{
    return parse::choice<E>(QString::fromLatin1(field), key);
}

} // namespace

EpisodeController::EpisodeController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    diary->whenChanged(Diary::EpisodeChange, this, [this] { Q_EMIT changed(); });
}

bool EpisodeController::hasEpisode() const
{
    return m_diary->episode().has_value();
}

QString EpisodeController::title() const
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return tr("Mend");
    return whereTreated(*ep);
}

QString EpisodeController::subtitle() const
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return {};
    const QString injected = QLocale().toString(ep->injectionDate, QStringLiteral("d MMM yyyy"));
    const int day = dayOf(*ep, m_diary->today());
    if (day < 0)
        return tr("Injection in %1, on %2").arg(dayCount(day), injected);
    return tr("Day %1 · week %2 · injected %3")
        .arg(day)
        .arg(weekOf(*ep, m_diary->today()))
        .arg(injected);
}

QString EpisodeController::todayIso() const
{
    return m_diary->today().toString(Qt::ISODate);
}

QString EpisodeController::earliestInjectionIso() const
{
    return QDate(kEarliestInjectionYear, 1, 1).toString(Qt::ISODate);
}

QString EpisodeController::latestInjectionIso() const
{
    return m_diary->today().addDays(kInjectionMaxDaysAhead).toString(Qt::ISODate);
}

QVariantList EpisodeController::sites() const
{
    return choiceList<BodySite>();
}

QVariantList EpisodeController::sides() const
{
    return choiceList<Side>();
}

QVariantList EpisodeController::conditions() const
{
    return choiceList<Condition>();
}

QVariantList EpisodeController::products() const
{
    return choiceList<Product>();
}

Result<Episode> EpisodeController::checked() const
{
    const EpisodeDraft &form = *m_draft;
    Episode e;
    auto site = choiceField<BodySite>(form.site, "site");
    auto side = choiceField<Side>(form.side, "side");
    auto condition = choiceField<Condition>(form.condition, "condition");
    auto product = choiceField<Product>(form.product, "product");
    auto injected = parse::date(QStringLiteral("injected"), form.injected);
    auto pain = parse::integer(QStringLiteral("baseline-pain"), QString::number(form.baselinePain));
    for (const Error *err :
         {site.ok() ? nullptr : &site.error(), side.ok() ? nullptr : &side.error(),
          condition.ok() ? nullptr : &condition.error(), product.ok() ? nullptr : &product.error(),
          injected.ok() ? nullptr : &injected.error(), pain.ok() ? nullptr : &pain.error()})
        if (err)
            return *err;
    e.site = site.value();
    e.side = side.value();
    e.condition = condition.value();
    e.product = product.value();
    e.injectionDate = injected.value();
    e.baselinePain = pain.value();
    e.adjunctPrp = form.adjunctPrp;
    e.adjunctPhysio = form.adjunctPhysio;
    e.clinic = form.clinic.trimmed();
    e.notes = form.notes;
    if (auto ok = mend::validatePhoneNumber(form.clinicPhone.trimmed()); !ok)
        return ok.error();
    if (auto ok = mend::validateEpisode(e, m_diary->today()); !ok)
        return ok.error();
    return e;
}

void EpisodeController::recheck()
{
    if (m_fieldErrors.isEmpty())
        return;
    auto e = checked();
    refuse(e ? Error{} : e.error());
}

QString EpisodeController::create()
{
    auto checkedEpisode = checked();
    if (!checkedEpisode)
        return refuse(checkedEpisode.error());
    Episode e = checkedEpisode.value();
    const QString phone = m_draft->clinicPhone.trimmed();
    if (const auto &current = m_diary->episode(); current && isRepeatOf(e, *current))
        e.previousEpisodeId = current->id;
    auto added = m_services->episodes.add(e, m_diary->now());
    if (!added)
        return refuse(added.error());
    refuse({});
    if (!phone.isEmpty()) // blank keeps the number already given (a repeat at the same clinic)
        if (auto s = m_services->settings.setValue(QStringLiteral("clinic.phone"), phone); !s)
            return refuse(
                {QStringLiteral("save"), tr("The injection was saved, but not the phone number: %1")
                                             .arg(s.error().text())});
    m_diary->reload(Diary::everything());
    return {};
}

QString EpisodeController::refuse(const Error &error)
{
    const QVariantMap errors = fieldErrorsOf(error);
    if (errors != m_fieldErrors) {
        m_fieldErrors = errors;
        Q_EMIT fieldErrorsChanged();
    }
    return errors.isEmpty() ? QString() : fieldOf(error);
}

QString EpisodeController::clinicPhone() const
{
    return m_services->settings.value(QStringLiteral("clinic.phone")).value_or(QString());
}

bool EpisodeController::canCallClinic() const
{
    return m_dialer && !clinicPhone().isEmpty() && m_dialer->canCall();
}

QString EpisodeController::callClinic()
{
    const QString phone = clinicPhone();
    if (phone.isEmpty())
        return tr("Your clinic's phone number is not in Mend yet; you can add it in Settings.");
    if (!m_dialer)
        return tr("This device has no app that places calls. Dial %1 on a phone.").arg(phone);
    auto called = m_dialer->call(phone);
    return called ? QString() : called.error().message;
}

QString EpisodeController::setClinicPhone(const QString &phone)
{
    return storeSetting(QStringLiteral("clinic.phone"), phone.trimmed(), mend::validatePhoneNumber);
}

bool EpisodeController::clinicianMode() const
{
    return m_services->settings.value(QStringLiteral("view.clinician")).value_or(QString()) ==
           QLatin1String("on");
}

QString EpisodeController::setClinicianMode(bool on)
{
    if (auto s = m_services->settings.setValue(QStringLiteral("view.clinician"),
                                               on ? QStringLiteral("on") : QStringLiteral("off"));
        !s)
        return s.error().text();
    Q_EMIT changed();
    return {};
}

QString EpisodeController::themeMode() const
{
    const QString stored =
        m_services->settings.value(QStringLiteral("view.theme")).value_or(QString());
    return mend::parseThemeMode(stored) ? stored : mend::themeModeKey(mend::ThemeMode::System);
}

QString EpisodeController::setThemeMode(const QString &mode)
{
    return storeSetting(QStringLiteral("view.theme"), mode, mend::validateThemeMode);
}

QString EpisodeController::language() const
{
    return storedLanguage(m_services->database);
}

QString EpisodeController::setLanguage(const QString &key)
{
    return storeSetting(QStringLiteral("view.language"), key, mend::validateLanguage);
}

QString EpisodeController::storedLanguage(const std::shared_ptr<mend::Database> &database)
{
    return mend::storedLanguage(mend::SettingsRepository(database));
}

int EpisodeController::textSizePercent() const
{
    const auto size = mend::parseTextSizePercent(
        m_services->settings.value(QStringLiteral("view.textSize")).value_or(QString()));
    return size ? size.value() : mend::minTextSizePercent;
}

QString EpisodeController::setTextSizePercent(int percent)
{
    return storeSetting(QStringLiteral("view.textSize"), QString::number(percent),
                        mend::validateTextSizePercent);
}

QString EpisodeController::patientIdentifier() const
{
    return m_services->settings.value(QStringLiteral("patient.identifier")).value_or(QString());
}

QString EpisodeController::setPatientIdentifier(const QString &identifier)
{
    return storeSetting(QStringLiteral("patient.identifier"), identifier.trimmed(),
                        mend::validatePatientIdentifier);
}

QString EpisodeController::storeSetting(const QString &key, const QString &value,
                                        mend::Status (*validate)(const QString &))
{
    if (auto ok = validate(value); !ok)
        return ok.error().text();
    if (auto s = m_services->settings.setValue(key, value); !s)
        return s.error().text();
    Q_EMIT changed();
    return {};
}
