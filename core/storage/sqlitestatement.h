#pragma once

#include "database.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3_stmt;

namespace mend {

/**
 * One prepared statement on a Database's own SQLite connection, read through the C API: for the
 * large range reads (years of daily rows), where QSqlQuery's per-value QVariant costs dominate.
 * Also the diary's entry writes (saves and imports, row after row), always inside
 * Database::inTransaction.
 */
class SqliteStatement
{
public:
    SqliteStatement(const Database &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** "" when prepared and run without error so far, else SQLite's message. */
    QString error() const { return m_error; }

    /** Binds parameter index (1-based). */
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    /** Binds a named parameter (":name"); an empty optional or a null QString binds NULL. */
    void bind(const char *name, qint64 value) { bind(parameter(name), value); }
    void bind(const char *name, const QString &value);
    void bind(const char *name, std::optional<int> value);
    void bind(const char *name, std::optional<double> value);
    /** As date() and timestamp() read them: "yyyy-MM-dd", Qt::ISODateWithMs. */
    void bind(const char *name, const QDate &value);
    void bind(const char *name, const QDateTime &value);

    /**
     * Runs a statement that returns no rows and resets it for the next binds. Returns "" or
     * SQLite's message (a bind to an unknown name included).
     */
    QString execute();
    /** The rowid of the connection's last INSERT. */
    qint64 lastInsertId() const;

    /** Steps to the next row: false at the end or on an error (see error()). */
    bool next();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    bool boolean(int column) const { return int64(column) != 0; }
    double real(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<double> optionalReal(int column) const;
    QString text(int column) const;
    /** An ISO date "yyyy-MM-dd"; invalid if the column holds anything else. */
    QDate date(int column) const;
    /** An ISO timestamp as Mend writes them ("yyyy-MM-ddThh:mm:ss.zzzZ"), else parsed by Qt. */
    QDateTime timestamp(int column) const;

private:
    std::string_view utf8(int column) const;
    int parameter(const char *name);
    void bindText(int index, const QByteArray &utf8);

    const Database *m_db;
    sqlite3_stmt *m_statement = nullptr; // given back to m_db for reuse when destroyed
    QString m_error;
    std::vector<QByteArray> m_texts; // the bound texts by parameter index - 1
    // Parameter indices by the name's address: writes bind the same literals row after row.
    std::vector<std::pair<const char *, int>> m_parameters;
    std::size_t m_lastParameter = 0;
    QDateTime m_lastTime;
    QByteArray m_lastTimeText;
};

} // namespace mend
