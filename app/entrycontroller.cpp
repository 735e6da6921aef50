#include "entrycontroller.h"

#include "diaryservices.h"

#include "choicelist.h"
#include "daycount.h"
#include "domain/recovery.h"
#include "domain/romnorms.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QLocale>

using namespace mend;

EntryController::EntryController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services), m_date(diary->today()),
      m_draft(new EntryDraft(this))
{
    connect(m_draft, &EntryDraft::changed, this, &EntryController::recheck);
    diary->whenChanged(Diary::EpisodeChange | Diary::EntriesChange, this, [this] { load(); });
    load();
}

QString EntryController::dateIso() const
{
    return m_date.toString(Qt::ISODate);
}

QString EntryController::dateLabel() const
{
    const QString day =
        isToday() ? tr("Today") : QLocale().toString(m_date, QStringLiteral("ddd d MMM"));
    const auto &ep = m_diary->episode();
    if (!ep)
        return day;
    const int n = dayOf(*ep, m_date);
    if (n < 0)
        return tr("%1 · %2 before the injection (baseline)").arg(day, dayCount(n));
    return tr("%1 · day %2, week %3").arg(day).arg(n).arg(weekOf(*ep, m_date));
}

bool EntryController::isToday() const
{
    return m_date == m_diary->today();
}

bool EntryController::exists() const
{
    return m_entry.has_value();
}

QVariantList EntryController::romMovements() const
{
    QVariantList out;
    const auto &ep = m_diary->episode();
    if (!ep)
        return out;
    // The source of each range is for the clinician (the review and the report cite it).
    for (const auto &m : romMovementsFor(ep->site)) {
        const QString normal = m.normalMin == m.normalMax
                                   ? tr("Most adults: %1° (0° = fully straight)").arg(m.normalMax)
                                   : tr("Most adults: %1–%2°").arg(m.normalMin).arg(m.normalMax);
        out.append(QVariantMap{{QStringLiteral("key"), m.key},
                               {QStringLiteral("label"), m.label},
                               {QStringLiteral("normal"), normal}});
    }
    return out;
}

QVariantList EntryController::activityLevels() const
{
    return choiceList<ActivityLevel>();
}

QVariantList EntryController::walkingAids() const
{
    return choiceList<WalkingAid>();
}

QVariantList EntryController::warningSigns() const
{
    QVariantList out;
    for (const auto &flag : safetyFlags())
        out.append(QVariantMap{
            {QStringLiteral("key"), QString::fromLatin1(flag.key)},
            {QStringLiteral("label"), QCoreApplication::translate("SafetySigns", flag.label)}});
    return out;
}

void EntryController::selectDate(const QString &isoDate)
{
    const QDate d = isoDate.isEmpty() ? m_diary->today() : QDate::fromString(isoDate, Qt::ISODate);
    if (d.isValid())
        m_date = d;
    load();
}

EntryDraft::Reading EntryController::checked() const
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return {{}, {Error{QStringLiteral("episode"), tr("Set up your injection first.")}}};
    auto reading = m_draft->read(m_date);
    if (m_entry) // as the writer does: a stored day keeps when it was written
        reading.entry.createdAt = m_entry->createdAt;
    const auto refused = [&reading](const QString &field) {
        return std::any_of(reading.problems.cbegin(), reading.problems.cend(),
                           [&field](const Error &p) { return p.field == field; });
    };
    for (const Error &p : entryProblems(reading.entry, *ep, m_diary->today()))
        if (!refused(p.field))
            reading.problems.append(p);
    return reading;
}

bool EntryController::redFlagEmergency() const
{
    const auto &flags = m_redFlags->rows();
    return std::any_of(flags.cbegin(), flags.cend(),
                       [](const RedFlagRow &f) { return f.emergency; });
}

bool EntryController::save()
{
    const auto reading = checked();
    if (!reading.problems.isEmpty()) {
        m_draft->setErrors(reading.problems);
        return false;
    }
    const bool wasStored = m_entry.has_value();
    auto saved = m_services->recorder.record(reading.entry, *m_diary->episode(), m_diary->now());
    if (!saved) {
        m_draft->setErrors({saved.error()});
        return false;
    }
    // The red-flag rules may have raised an alert with the entry.
    m_diary->reloadDays(Diary::EntriesChange | Diary::AlertsChange, {reading.entry.date});
    Q_EMIT this->saved(wasStored ? tr("Entry updated") : tr("Entry saved"));
    if (!saved.value().redFlags.isEmpty()) {
        QList<RedFlagRow> flags;
        for (const auto &f : saved.value().redFlags)
            flags.append({f.reason, f.severity == AlertSeverity::Emergency});
        m_redFlags->set(std::move(flags));
        Q_EMIT redFlagsRaised();
    }
    return true;
}

void EntryController::acknowledgeAlerts()
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return;
    for (const auto &a : m_services->alerts.forEpisode(ep->id))
        if (!a.acknowledgedAt)
            m_services->alerts.acknowledge(a.id, m_diary->now());
    m_diary->reload(Diary::AlertsChange);
}

void EntryController::load()
{
    const auto &ep = m_diary->episode();
    m_entry = ep ? m_services->entries.findByDate(ep->id, m_date) : std::nullopt;
    m_draft->load(m_entry);
    Q_EMIT formChanged();
}

void EntryController::recheck()
{
    if (!m_draft->errors().isEmpty())
        m_draft->setErrors(checked().problems);
}
