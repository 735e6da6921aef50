#include "protocolrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {

ProtocolRepository::ProtocolRepository(std::shared_ptr<Database> database)
    : m_db(std::move(database))
{
}

Status ProtocolRepository::save(const QString &id, const QByteArray &definition,
                                const QDateTime &now)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO protocol (id, definition, loaded_at) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(QString::fromUtf8(definition));
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return Error{
                {}, QStringLiteral("could not store the protocol: %1").arg(q.lastError().text())};
        return Done{};
    });
}

QList<QByteArray> ProtocolRepository::all() const
{
    QList<QByteArray> out;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT definition FROM protocol ORDER BY id")))
        while (q.next())
            out.append(q.value(0).toString().toUtf8());
    return out;
}

} // namespace mend
