#include "sqlitestatement.h"

#include <sqlite3.h>

namespace mend {
namespace {

// Reads n ASCII digits at text, or -1.
int digits(const unsigned char *text, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// "yyyy-MM-dd" at text (10 bytes readable), else an invalid date.
QDate isoDate(const unsigned char *t)
{
    const int y = digits(t, 4), m = digits(t + 5, 2), d = digits(t + 8, 2);
    if (y < 0 || m < 0 || d < 0 || t[4] != '-' || t[7] != '-')
        return {};
    return QDate(y, m, d);
}

} // namespace

SqliteStatement::SqliteStatement(const Database &db, const char *sql)
{
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
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (m_statement) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
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
    const unsigned char *t = sqlite3_column_text(m_statement, column);
    return t && sqlite3_column_bytes(m_statement, column) == 10 ? isoDate(t) : QDate();
}

QDateTime SqliteStatement::timestamp(int column) const
{
    const unsigned char *t = sqlite3_column_text(m_statement, column);
    // The shape Mend writes (QDateTime::toString(Qt::ISODateWithMs) of a UTC time), read without
    // Qt's general parser; anything else (an imported offset, say) goes through the parser.
    if (t && sqlite3_column_bytes(m_statement, column) == 24 && t[10] == 'T' && t[13] == ':' &&
        t[16] == ':' && t[19] == '.' && t[23] == 'Z') {
        const QDate day = isoDate(t);
        const int h = digits(t + 11, 2), m = digits(t + 14, 2), sec = digits(t + 17, 2),
                  ms = digits(t + 20, 3);
        if (day.isValid() && h >= 0 && m >= 0 && sec >= 0 && ms >= 0 &&
            QTime::isValid(h, m, sec, ms))
            return QDateTime(day, QTime(h, m, sec, ms), Qt::UTC);
    }
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

} // namespace mend
