#include "settingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {

SettingsRepository::SettingsRepository(std::shared_ptr<Database> database)
    : m_db(std::move(database))
{
}

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status SettingsRepository::setValues(const QList<std::pair<QString, QString>> &values)
{
    return m_db->inTransaction([&]() -> Status {
        for (const auto &[key, value] : values)
            if (auto s = setValue(key, value); !s)
                return s;
        return Done{};
    });
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return Error{
                key, QStringLiteral("could not store the setting: %1").arg(q.lastError().text())};
        return Done{};
    });
}

} // namespace mend
