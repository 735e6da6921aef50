#include "promrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {
namespace {

Status failed(const QSqlQuery &q)
{
    return Error{{},
                 QStringLiteral("could not store the questionnaire: %1").arg(q.lastError().text())};
}

Status writeResponse(QSqlDatabase db, PromResponse &r)
{
    QSqlQuery q(db);
    if (r.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO prom_response (episode_id, instrument_id, instrument_version, "
            "time_point, answered_on, status, created_at, updated_at) "
            "VALUES (:ep, :inst, :ver, :tp, :on, :st, :cr, :up)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE prom_response SET episode_id = :ep, instrument_id = :inst, "
            "instrument_version = :ver, time_point = :tp, answered_on = :on, status = :st, "
            "created_at = :cr, updated_at = :up WHERE id = :id"));
    q.bindValue(QStringLiteral(":ep"), r.episodeId);
    q.bindValue(QStringLiteral(":inst"), r.instrumentId);
    q.bindValue(QStringLiteral(":ver"), r.instrumentVersion);
    q.bindValue(QStringLiteral(":tp"), r.timePointId.isNull() ? QStringLiteral("") : r.timePointId);
    q.bindValue(QStringLiteral(":on"), r.answeredOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":st"),
                r.complete ? QStringLiteral("complete") : QStringLiteral("draft"));
    q.bindValue(QStringLiteral(":cr"), r.createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":up"), r.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    if (r.id != 0)
        q.bindValue(QStringLiteral(":id"), r.id);
    if (!q.exec())
        return failed(q);
    if (r.id == 0)
        r.id = q.lastInsertId().toLongLong();
    else if (q.numRowsAffected() != 1)
        return Error{{}, QStringLiteral("questionnaire response %1 does not exist").arg(r.id)};
    return Done{};
}

Status writeDetails(QSqlDatabase db, const PromResponse &r)
{
    QSqlQuery q(db);
    for (const auto &table : {QStringLiteral("prom_answer"), QStringLiteral("prom_score")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE response_id = ?").arg(table));
        q.addBindValue(r.id);
        if (!q.exec())
            return failed(q);
    }
    q.prepare(
        QStringLiteral("INSERT INTO prom_answer (response_id, item_id, value) VALUES (?, ?, ?)"));
    for (auto it = r.answers.begin(); it != r.answers.end(); ++it) {
        q.addBindValue(r.id);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return failed(q);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO prom_score (response_id, scale_id, answered, raw_sum, score_numerator, "
        "score_denominator, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &s : r.scores) {
        q.addBindValue(r.id);
        q.addBindValue(s.scaleId);
        q.addBindValue(s.answered);
        q.addBindValue(s.rawSum);
        q.addBindValue(s.score ? QVariant(qint64(s.score->numerator()))
                               : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(s.score ? QVariant(qint64(s.score->denominator()))
                               : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(s.reason.isNull() ? QStringLiteral("") : s.reason);
        if (!q.exec())
            return failed(q);
    }
    return Done{};
}

} // namespace

PromRepository::PromRepository(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

Result<PromResponse> PromRepository::save(PromResponse response)
{
    auto status = m_db->inTransaction([&]() -> Status {
        if (auto s = writeResponse(m_db->connection(), response); !s)
            return s;
        return writeDetails(m_db->connection(), response);
    });
    if (!status)
        return status.error();
    return response;
}

std::optional<PromResponse> PromRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<PromResponse> PromRepository::findScheduled(qint64 episodeId,
                                                          const QString &instrumentId,
                                                          const QString &timePointId) const
{
    const auto found =
        select(QStringLiteral("episode_id = ? AND instrument_id = ? AND time_point = ?"),
               {episodeId, instrumentId, timePointId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<PromResponse> PromRepository::forEpisode(qint64 episodeId) const
{
    return select(QStringLiteral("episode_id = ?"), {episodeId});
}

Status PromRepository::remove(qint64 id)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM prom_response WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failed(q);
        if (q.numRowsAffected() != 1)
            return Error{{}, QStringLiteral("questionnaire response %1 does not exist").arg(id)};
        return Done{};
    });
}

QList<PromResponse> PromRepository::select(const QString &where, const QVariantList &values) const
{
    QList<PromResponse> out;
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT id, episode_id, instrument_id, instrument_version, time_point, "
                       "answered_on, status, created_at, updated_at FROM prom_response "
                       "WHERE %1 ORDER BY answered_on, id")
            .arg(where));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        PromResponse r;
        r.id = q.value(0).toLongLong();
        r.episodeId = q.value(1).toLongLong();
        r.instrumentId = q.value(2).toString();
        r.instrumentVersion = q.value(3).toInt();
        r.timePointId = q.value(4).toString();
        r.answeredOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.complete = q.value(6).toString() == QLatin1String("complete");
        r.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        r.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        out.append(r);
    }
    QSqlQuery details(m_db->connection());
    for (auto &r : out) {
        details.prepare(
            QStringLiteral("SELECT item_id, value FROM prom_answer WHERE response_id = ?"));
        details.addBindValue(r.id);
        if (details.exec())
            while (details.next())
                r.answers.insert(details.value(0).toString(), details.value(1).toInt());
        details.prepare(QStringLiteral(
            "SELECT scale_id, answered, raw_sum, score_numerator, score_denominator, reason "
            "FROM prom_score WHERE response_id = ? ORDER BY rowid"));
        details.addBindValue(r.id);
        if (details.exec())
            while (details.next()) {
                ScaleScore s;
                s.scaleId = details.value(0).toString();
                s.answered = details.value(1).toInt();
                s.rawSum = details.value(2).toInt();
                if (!details.value(3).isNull() && details.value(4).toLongLong() > 0)
                    s.score =
                        Rational(details.value(3).toLongLong(), details.value(4).toLongLong());
                s.reason = details.value(5).toString();
                r.scores.append(s);
            }
    }
    return out;
}

} // namespace mend
