#include "definitionrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {
namespace {

// Table and time column per kind; fixed strings, never user input.
QString table(DefinitionRepository::Kind kind)
{
    return kind == DefinitionRepository::Kind::Protocol ? QStringLiteral("protocol")
                                                        : QStringLiteral("instrument");
}

QString timeColumn(DefinitionRepository::Kind kind)
{
    return kind == DefinitionRepository::Kind::Protocol ? QStringLiteral("loaded_at")
                                                        : QStringLiteral("installed_at");
}

} // namespace

DefinitionRepository::DefinitionRepository(std::shared_ptr<Database> database, Kind kind)
    : m_db(std::move(database)), m_kind(kind)
{
}

Status DefinitionRepository::save(const QString &id, const QByteArray &definition,
                                  const QDateTime &now)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (id, definition, %2) VALUES (?, ?, ?)")
                      .arg(table(m_kind), timeColumn(m_kind)));
        q.addBindValue(id);
        q.addBindValue(QString::fromUtf8(definition));
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return Error{{},
                         QStringLiteral("could not store the %1: %2")
                             .arg(table(m_kind), q.lastError().text())};
        return Done{};
    });
}

QList<QByteArray> DefinitionRepository::all() const
{
    QList<QByteArray> out;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT definition FROM %1 ORDER BY id").arg(table(m_kind))))
        while (q.next())
            out.append(q.value(0).toString().toUtf8());
    return out;
}

} // namespace mend
