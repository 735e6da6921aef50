#include "sqlitestatement.h"

#include "domain/isotext.h"

#include <sqlite3.h>
#include <utility>

namespace mend {

SqliteStatement::SqliteStatement(const Database &db, const char *sql) : m_db(&db)
{
    if ((m_statement = db.takePrepared(sql)))
        return;
    sqlite3 *handle = db.sqliteHandle();
    if (!handle) {
        m_error = QStringLiteral("the database driver gives no SQLite handle");
        return;
    }
    if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        m_db->keepPrepared(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    bindText(index, value.toUtf8());
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    if (!m_statement || index < 1)
        return;
    // The text is kept here until bound again, so SQLite need not copy it (SQLITE_STATIC).
    if (std::size_t(index) > m_texts.size())
        m_texts.resize(std::size_t(index));
    QByteArray &kept = m_texts[std::size_t(index) - 1];
    kept = utf8;
    sqlite3_bind_text(m_statement, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(const char *name, const QDate &value)
{
    bindText(parameter(name), isoDateText(value));
}

void SqliteStatement::bind(const char *name, const QDateTime &value)
{
    // Rows written together mostly share their times (created and updated, an import's "now").
    // Only UTC times are kept: an equal instant in another zone is written in its own form.
    if (value.timeSpec() != Qt::UTC) {
        bindText(parameter(name), isoTimestampText(value));
        return;
    }
    if (m_lastTimeText.isNull() || value != m_lastTime) {
        m_lastTime = value;
        m_lastTimeText = isoTimestampText(value);
    }
    bindText(parameter(name), m_lastTimeText);
}

int SqliteStatement::parameter(const char *name)
{
    // A write binds the same names in the same order row after row: look after the last one.
    const std::size_t known = m_parameters.size();
    for (std::size_t k = 1; k <= known; ++k) {
        const std::size_t at = (m_lastParameter + k) % known;
        if (m_parameters[at].first == name) {
            m_lastParameter = at;
            return m_parameters[at].second;
        }
    }
    const int index = m_statement ? sqlite3_bind_parameter_index(m_statement, name) : 0;
    if (index != 0) {
        m_parameters.emplace_back(name, index);
        m_lastParameter = m_parameters.size() - 1;
    }
    if (index == 0 && m_statement && m_error.isEmpty())
        m_error = QStringLiteral("no parameter %1").arg(QString::fromUtf8(name));
    return index;
}

void SqliteStatement::bind(const char *name, const QString &value)
{
    const int index = parameter(name);
    if (value.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        bind(index, value);
}

void SqliteStatement::bind(const char *name, std::optional<int> value)
{
    const int index = parameter(name);
    if (value)
        sqlite3_bind_int64(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(const char *name, std::optional<double> value)
{
    const int index = parameter(name);
    if (value)
        sqlite3_bind_double(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

QString SqliteStatement::execute()
{
    if (!m_statement)
        return m_error;
    if (m_error.isEmpty()) {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    }
    sqlite3_reset(m_statement);
    return std::exchange(m_error, QString());
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_statement ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)) : 0;
}

bool SqliteStatement::next()
{
    if (!m_statement || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::optional<int> SqliteStatement::optionalInt(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int>(integer(column));
}

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

QString SqliteStatement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QDate SqliteStatement::date(int column) const
{
    return isoDate(utf8(column));
}

QDateTime SqliteStatement::timestamp(int column) const
{
    return isoTimestamp(utf8(column));
}

std::string_view SqliteStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

} // namespace mend
