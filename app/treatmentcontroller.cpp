#include "treatmentcontroller.h"

#include "diaryservices.h"

#include "exchange/fieldparse.h"

#include <QCoreApplication>

using namespace mend;

TreatmentController::TreatmentController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
}

QVariantList TreatmentController::eventKinds() const
{
    QVariantList out;
    for (const auto &k : treatmentEventKinds())
        out.append(
            QVariantMap{{QStringLiteral("key"), QString::fromLatin1(k.key)},
                        {QStringLiteral("label"), QCoreApplication::translate("Mend", k.label)}});
    return out;
}

QString TreatmentController::todayIso() const
{
    return m_diary->today().toString(Qt::ISODate);
}

QString TreatmentController::addTreatment(const QString &kind, const QString &isoDate,
                                          const QString &note)
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return tr("Set up your injection first.");
    auto date = parse::date(QStringLiteral("date"), isoDate);
    if (!date)
        return date.error().text();
    Error error;
    if (kind == QLatin1String(kSeriesKind)) {
        auto added = m_services->timeline.addSeriesInjection({0, ep->id, date.value(), note}, *ep,
                                                             m_diary->today());
        if (!added)
            error = added.error();
    } else {
        auto added = m_services->timeline.addEvent({0, ep->id, date.value(), kind, note, {}}, *ep,
                                                   m_diary->now());
        if (!added)
            error = added.error();
    }
    if (!error.message.isEmpty())
        return error.text();
    m_diary->reload(Diary::TreatmentsChange);
    return {};
}

QString TreatmentController::addGoal(const QString &text, const QString &fromWeek,
                                     const QString &byWeek)
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return tr("Set up your injection first.");
    auto from = parse::integer(QStringLiteral("from week"),
                               fromWeek.trimmed().isEmpty() ? QStringLiteral("0") : fromWeek);
    if (!from)
        return from.error().text();
    auto by = parse::integer(QStringLiteral("by week"), byWeek);
    if (!by)
        return by.error().text();
    auto added = m_services->timeline.addGoal(
        {0, ep->id, text, from.value() * 7, by.value() * 7, {}, {}}, *ep, m_diary->now());
    if (!added)
        return added.error().text();
    m_diary->reload(Diary::TreatmentsChange);
    return {};
}

QString TreatmentController::setGoalDone(qint64 goalId, bool done)
{
    auto s = m_services->timeline.setGoalAchieved(goalId, done ? m_diary->today() : QDate());
    if (!s)
        return s.error().text();
    m_diary->reload(Diary::TreatmentsChange);
    return {};
}
