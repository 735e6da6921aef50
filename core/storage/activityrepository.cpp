#include "activityrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace mend {

namespace {

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant optionalValue(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

bool same(const QVariant &stored, const QVariant &value)
{
    if (stored.isNull() || value.isNull())
        return stored.isNull() && value.isNull();
    return stored.toLongLong() == value.toLongLong();
}

Error failure(const QString &what, const QSqlQuery &q)
{
    return Error{{}, QStringLiteral("could not %1: %2").arg(what, q.lastError().text())};
}

} // namespace

ActivityRepository::ActivityRepository(std::shared_ptr<Database> database)
    : m_db(std::move(database))
{
}

Result<ActivityStoreReport> ActivityRepository::replaceSource(qint64 episodeId,
                                                              const QString &source,
                                                              const QList<ActivityDay> &days,
                                                              const QDateTime &now)
{
    ActivityStoreReport report;
    if (days.isEmpty())
        return report;
    QDate first = days.first().day, last = first;
    for (const ActivityDay &d : days) {
        first = std::min(first, d.day);
        last = std::max(last, d.day);
    }
    // The source's days that the export covers: read, then replaced.
    const QString covered =
        QStringLiteral(" FROM activity_day WHERE episode_id = ? AND source = ? AND day BETWEEN ? "
                       "AND ?");
    auto onCovered = [&](QSqlQuery &q, const QString &statement) {
        q.prepare(statement + covered);
        q.addBindValue(episodeId);
        q.addBindValue(source);
        q.addBindValue(first.toString(Qt::ISODate));
        q.addBindValue(last.toString(Qt::ISODate));
        return q.exec();
    };
    auto status = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        if (!onCovered(q, QStringLiteral("SELECT day, steps, active_minutes, devices")))
            return failure(QStringLiteral("read the imported days"), q);
        QHash<QString, QVariantList> before;
        while (q.next())
            before.insert(q.value(0).toString(), {q.value(1), q.value(2), q.value(3)});

        QSqlQuery remove(m_db->connection());
        if (!onCovered(remove, QStringLiteral("DELETE")))
            return failure(QStringLiteral("replace the imported days"), remove);

        QSqlQuery insert(m_db->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO activity_day (episode_id, day, source, steps, active_minutes, devices, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QString at = now.toUTC().toString(Qt::ISODateWithMs);
        for (const ActivityDay &d : days) {
            const QString day = d.day.toString(Qt::ISODate);
            // Never a null QString, which binds as NULL: a source that names no device stores "".
            const QString devices =
                d.devices.isEmpty() ? QStringLiteral("") : d.devices.join(QLatin1Char('\n'));
            insert.bindValue(0, episodeId);
            insert.bindValue(1, day);
            insert.bindValue(2, source);
            insert.bindValue(3, optionalValue(d.steps));
            insert.bindValue(4, optionalValue(d.activeMinutes));
            insert.bindValue(5, devices);
            insert.bindValue(6, at);
            if (!insert.exec())
                return failure(QStringLiteral("store the day %1").arg(day), insert);
            const auto old = before.constFind(day);
            if (old == before.constEnd())
                ++report.added;
            else if (same(old->at(0), optionalValue(d.steps)) &&
                     same(old->at(1), optionalValue(d.activeMinutes)) &&
                     old->at(2).toString() == devices)
                ++report.unchanged;
            else
                ++report.replaced;
        }
        return Done{};
    });
    if (!status)
        return status.error();
    return report;
}

QList<StoredActivityDay> ActivityRepository::forEpisode(qint64 episodeId) const
{
    QList<StoredActivityDay> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT day, source, steps, active_minutes, devices, imported_at "
                             "FROM activity_day WHERE episode_id = ? ORDER BY day, source"));
    q.addBindValue(episodeId);
    if (!q.exec())
        return out;
    while (q.next()) {
        StoredActivityDay d;
        d.activity.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        d.source = q.value(1).toString();
        if (!q.value(2).isNull())
            d.activity.steps = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            d.activity.activeMinutes = q.value(3).toInt();
        const QString devices = q.value(4).toString();
        if (!devices.isEmpty())
            d.activity.devices = devices.split(QLatin1Char('\n'));
        d.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out.append(d);
    }
    return out;
}

} // namespace mend
