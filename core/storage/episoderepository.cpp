#include "episoderepository.h"

#include "domain/validation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {
namespace {

const QString kColumns = QStringLiteral(
    "id, site, side, condition, injection_date, product, adjunct_prp, adjunct_physio, clinic, "
    "notes, previous_episode_id, baseline_pain, created_at, patient_id, injection_recorded");

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Episode readEpisode(const QSqlQuery &q)
{
    Episode e;
    e.id = q.value(0).toLongLong();
    e.site = fromKey<BodySite>(q.value(1).toString()).value_or(BodySite::Other);
    e.side = fromKey<Side>(q.value(2).toString()).value_or(Side::NotApplicable);
    e.condition = fromKey<Condition>(q.value(3).toString()).value_or(Condition::Other);
    e.injectionDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    e.product = fromKey<Product>(q.value(5).toString()).value_or(Product::Other);
    e.adjunctPrp = q.value(6).toBool();
    e.adjunctPhysio = q.value(7).toBool();
    e.clinic = q.value(8).toString();
    e.notes = q.value(9).toString();
    if (!q.value(10).isNull())
        e.previousEpisodeId = q.value(10).toLongLong();
    e.baselinePain = q.value(11).toInt();
    e.createdAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    if (!q.value(13).isNull())
        e.patientId = q.value(13).toLongLong();
    e.injectionRecorded = q.value(14).toBool();
    return e;
}

} // namespace

EpisodeRepository::EpisodeRepository(std::shared_ptr<Database> database) : m_db(std::move(database))
{
}

Result<Episode> EpisodeRepository::add(Episode episode, const QDateTime &now)
{
    if (auto s = validateEpisode(episode, now.date()); !s)
        return s.error();
    if (episode.previousEpisodeId) {
        const auto previous = find(*episode.previousEpisodeId);
        if (!previous)
            return Error{
                QStringLiteral("previous"),
                QStringLiteral("episode %1 does not exist").arg(*episode.previousEpisodeId)};
        if (previous->site != episode.site || previous->side != episode.side)
            return Error{QStringLiteral("previous"),
                         QStringLiteral("episode %1 is the %2 %3; a repeat injection is on the "
                                        "same site and side")
                             .arg(*episode.previousEpisodeId)
                             .arg(toKey(previous->side), toKey(previous->site))};
        if (previous->injectionDate >= episode.injectionDate)
            return Error{QStringLiteral("previous"),
                         QStringLiteral("episode %1 was injected on %2, not before %3")
                             .arg(*episode.previousEpisodeId)
                             .arg(previous->injectionDate.toString(Qt::ISODate),
                                  episode.injectionDate.toString(Qt::ISODate))};
    }
    if (!episode.createdAt.isValid()) // a restore keeps its own
        episode.createdAt = now.toUTC();
    auto status = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO episode (site, side, condition, injection_date, product, adjunct_prp, "
            "adjunct_physio, clinic, notes, previous_episode_id, baseline_pain, created_at, "
            "patient_id, injection_recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(toKey(episode.site));
        q.addBindValue(toKey(episode.side));
        q.addBindValue(toKey(episode.condition));
        q.addBindValue(episode.injectionDate.toString(Qt::ISODate));
        q.addBindValue(toKey(episode.product));
        q.addBindValue(episode.adjunctPrp);
        q.addBindValue(episode.adjunctPhysio);
        q.addBindValue(notNull(episode.clinic));
        q.addBindValue(notNull(episode.notes));
        q.addBindValue(episode.previousEpisodeId ? QVariant(*episode.previousEpisodeId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(episode.baselinePain);
        q.addBindValue(episode.createdAt.toString(Qt::ISODateWithMs));
        q.addBindValue(episode.patientId ? QVariant(*episode.patientId)
                                         : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(episode.injectionRecorded);
        if (!q.exec())
            return Error{
                {}, QStringLiteral("could not save the episode: %1").arg(q.lastError().text())};
        episode.id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!status)
        return status.error();
    return episode;
}

Status EpisodeRepository::recordInjection(const Episode &episode, const QDate &today)
{
    if (auto s = validateEpisode(episode, today); !s)
        return s;
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE episode SET injection_date = ?, site = ?, side = ?, "
                                 "baseline_pain = ?, injection_recorded = 1 WHERE id = ?"));
        q.addBindValue(episode.injectionDate.toString(Qt::ISODate));
        q.addBindValue(toKey(episode.site));
        q.addBindValue(toKey(episode.side));
        q.addBindValue(episode.baselinePain);
        q.addBindValue(episode.id);
        if (!q.exec())
            return Error{
                {}, QStringLiteral("could not save the injection: %1").arg(q.lastError().text())};
        if (q.numRowsAffected() != 1)
            return Error{QStringLiteral("episode"),
                         QStringLiteral("%1 does not exist").arg(episode.id)};
        return Done{};
    });
}

std::optional<Episode> EpisodeRepository::find(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM episode WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readEpisode(q);
    return std::nullopt;
}

std::optional<Episode> EpisodeRepository::latest() const
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM episode WHERE patient_id IS NULL ORDER BY id DESC LIMIT 1")
            .arg(kColumns));
    if (q.exec() && q.next())
        return readEpisode(q);
    return std::nullopt;
}

QList<Episode> EpisodeRepository::all() const
{
    return select(QStringLiteral("patient_id IS NULL"));
}

QList<Episode> EpisodeRepository::cohort() const
{
    return select(QStringLiteral("patient_id IS NOT NULL"));
}

QList<Episode> EpisodeRepository::select(const QString &where) const
{
    QList<Episode> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM episode WHERE %2 ORDER BY id").arg(kColumns, where));
    if (q.exec())
        while (q.next())
            out.append(readEpisode(q));
    return out;
}

} // namespace mend
