#include "alertrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {

AlertRepository::AlertRepository(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

Result<bool> AlertRepository::addIfNew(qint64 episodeId, const QDate &entryDate,
                                       const RedFlag &flag, const QDateTime &now)
{
    bool added = false;
    auto status = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO alert (episode_id, entry_date, rule, reason, severity, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(episodeId);
        q.addBindValue(entryDate.toString(Qt::ISODate));
        q.addBindValue(flag.rule);
        q.addBindValue(flag.reason);
        q.addBindValue(severityKey(flag.severity));
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return Error{{},
                         QStringLiteral("could not store the alert: %1").arg(q.lastError().text())};
        added = q.numRowsAffected() == 1;
        return Done{};
    });
    if (!status)
        return status.error();
    return added;
}

QList<Alert> AlertRepository::forEpisode(qint64 episodeId) const
{
    QList<Alert> out;
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT id, episode_id, entry_date, rule, reason, severity, created_at, "
                       "acknowledged_at FROM alert WHERE episode_id = ? ORDER BY entry_date, id"));
    q.addBindValue(episodeId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Alert a;
        a.id = q.value(0).toLongLong();
        a.episodeId = q.value(1).toLongLong();
        a.entryDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        a.flag.rule = q.value(3).toString();
        a.flag.reason = q.value(4).toString();
        a.flag.severity =
            severityFromKey(q.value(5).toString()).value_or(AlertSeverity::ContactClinic);
        a.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        if (!q.value(7).isNull())
            a.acknowledgedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        out.append(a);
    }
    return out;
}

Status AlertRepository::acknowledge(qint64 alertId, const QDateTime &now)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "UPDATE alert SET acknowledged_at = coalesce(acknowledged_at, ?) WHERE id = ?"));
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(alertId);
        if (!q.exec())
            return Error{{}, QStringLiteral("could not acknowledge: %1").arg(q.lastError().text())};
        if (q.numRowsAffected() != 1)
            return Error{QStringLiteral("alert"), QStringLiteral("%1 does not exist").arg(alertId)};
        return Done{};
    });
}

} // namespace mend
