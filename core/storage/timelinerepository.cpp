#include "timelinerepository.h"

#include "domain/limits.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {
namespace {

Status execOrFail(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        return Error{{},
                     QStringLiteral("could not save the %1: %2")
                         .arg(QLatin1String(what), q.lastError().text())};
    return Done{};
}

std::optional<Error> checkDate(const QString &field, const QDate &date, const Episode &episode,
                               const QDate &today)
{
    if (!date.isValid())
        return Error{field, QStringLiteral("missing or not a calendar date; use YYYY-MM-DD")};
    const QDate earliest = episode.injectionDate.addDays(-365);
    if (date < earliest || date > today)
        return Error{field, QStringLiteral("%1 is out of range; allowed %2 to %3")
                                .arg(date.toString(Qt::ISODate), earliest.toString(Qt::ISODate),
                                     today.toString(Qt::ISODate))};
    return std::nullopt;
}

} // namespace

TimelineRepository::TimelineRepository(std::shared_ptr<Database> database)
    : m_db(std::move(database))
{
}

Result<TreatmentEvent> TimelineRepository::addEvent(TreatmentEvent event, const Episode &episode,
                                                    const QDateTime &now)
{
    if (auto e = checkDate(QStringLiteral("date"), event.date, episode, now.date()))
        return *e;
    const auto &kinds = treatmentEventKinds();
    if (std::none_of(kinds.begin(), kinds.end(),
                     [&](const EventKind &k) { return event.kind == QLatin1String(k.key); })) {
        QStringList keys;
        for (const auto &k : kinds)
            keys.append(QLatin1String(k.key));
        return Error{QStringLiteral("kind"), QStringLiteral("'%1' is not one of: %2")
                                                 .arg(event.kind, keys.join(QStringLiteral(", ")))};
    }
    if (event.note.size() > kEventNoteMaxChars)
        return Error{QStringLiteral("note"),
                     QStringLiteral("%1 characters is too long; allowed up to %2")
                         .arg(event.note.size())
                         .arg(kEventNoteMaxChars)};
    event.episodeId = episode.id;
    if (!event.createdAt.isValid()) // an import keeps its own
        event.createdAt = now.toUTC();
    auto s = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO event (episode_id, event_date, kind, note, created_at) "
                           "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(event.episodeId);
        q.addBindValue(event.date.toString(Qt::ISODate));
        q.addBindValue(event.kind);
        q.addBindValue(event.note.isNull() ? QStringLiteral("") : event.note);
        q.addBindValue(event.createdAt.toString(Qt::ISODateWithMs));
        if (auto r = execOrFail(q, "event"); !r)
            return r;
        event.id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!s)
        return s.error();
    return event;
}

QList<TreatmentEvent> TimelineRepository::events(qint64 episodeId) const
{
    QList<TreatmentEvent> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, episode_id, event_date, kind, note, created_at FROM event "
                             "WHERE episode_id = ? ORDER BY event_date, id"));
    q.addBindValue(episodeId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                        QDate::fromString(q.value(2).toString(), Qt::ISODate),
                        q.value(3).toString(), q.value(4).toString(),
                        QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    return out;
}

Result<SeriesInjection> TimelineRepository::addSeriesInjection(SeriesInjection injection,
                                                               const Episode &episode,
                                                               const QDate &today)
{
    if (auto e = checkDate(QStringLiteral("date"), injection.date, episode, today))
        return *e;
    if (injection.date <= episode.injectionDate)
        return Error{QStringLiteral("date"),
                     QStringLiteral("%1 must be after the first injection (%2), which is day 0")
                         .arg(injection.date.toString(Qt::ISODate),
                              episode.injectionDate.toString(Qt::ISODate))};
    for (const auto &existing : seriesInjections(episode.id))
        if (existing.date == injection.date)
            return Error{QStringLiteral("date"),
                         QStringLiteral("an injection is already marked on %1")
                             .arg(injection.date.toString(Qt::ISODate))};
    injection.episodeId = episode.id;
    auto s = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO series_injection (episode_id, injection_date, note) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(injection.episodeId);
        q.addBindValue(injection.date.toString(Qt::ISODate));
        q.addBindValue(injection.note.isNull() ? QStringLiteral("") : injection.note);
        if (auto r = execOrFail(q, "injection"); !r)
            return r;
        injection.id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!s)
        return s.error();
    return injection;
}

QList<SeriesInjection> TimelineRepository::seriesInjections(qint64 episodeId) const
{
    QList<SeriesInjection> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, episode_id, injection_date, note FROM series_injection "
                             "WHERE episode_id = ? ORDER BY injection_date"));
    q.addBindValue(episodeId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                        QDate::fromString(q.value(2).toString(), Qt::ISODate),
                        q.value(3).toString()});
    return out;
}

Result<Goal> TimelineRepository::addGoal(Goal goal, const Episode &episode, const QDateTime &now)
{
    if (goal.text.trimmed().isEmpty())
        return Error{QStringLiteral("text"), QStringLiteral("say what the goal is")};
    if (goal.text.size() > kGoalTextMaxChars)
        return Error{QStringLiteral("text"),
                     QStringLiteral("%1 characters is too long; allowed up to %2")
                         .arg(goal.text.size())
                         .arg(kGoalTextMaxChars)};
    if (goal.windowStartDay < 0 || goal.windowEndDay > 3650 ||
        goal.windowStartDay > goal.windowEndDay)
        return Error{QStringLiteral("window"),
                     QStringLiteral("days %1 to %2 must run forwards within days 0 to 3650")
                         .arg(goal.windowStartDay)
                         .arg(goal.windowEndDay)};
    goal.episodeId = episode.id;
    if (!goal.createdAt.isValid()) // an import keeps its own
        goal.createdAt = now.toUTC();
    auto s = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO goal (episode_id, text, window_start_day, "
                                 "window_end_day, created_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(goal.episodeId);
        q.addBindValue(goal.text.trimmed());
        q.addBindValue(goal.windowStartDay);
        q.addBindValue(goal.windowEndDay);
        q.addBindValue(goal.createdAt.toString(Qt::ISODateWithMs));
        if (auto r = execOrFail(q, "goal"); !r)
            return r;
        goal.id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!s)
        return s.error();
    return goal;
}

Status TimelineRepository::setGoalAchieved(qint64 goalId, const QDate &on)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE goal SET achieved_date = ? WHERE id = ?"));
        q.addBindValue(on.isValid() ? QVariant(on.toString(Qt::ISODate))
                                    : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(goalId);
        if (auto r = execOrFail(q, "goal"); !r)
            return r;
        if (q.numRowsAffected() != 1)
            return Error{QStringLiteral("goal"), QStringLiteral("%1 does not exist").arg(goalId)};
        return Done{};
    });
}

QList<Goal> TimelineRepository::goals(qint64 episodeId) const
{
    QList<Goal> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, episode_id, text, window_start_day, window_end_day, "
                             "achieved_date, created_at FROM goal WHERE episode_id = ? ORDER BY "
                             "window_start_day, id"));
    q.addBindValue(episodeId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toInt(), q.value(4).toInt(),
                        QDate::fromString(q.value(5).toString(), Qt::ISODate),
                        QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)});
    return out;
}

} // namespace mend
