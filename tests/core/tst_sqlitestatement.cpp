#include "testsupport.h"

#include "domain/isotext.h"
#include "storage/sqlitestatement.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace mend;
using namespace mend::test;

namespace {

/** One row of literal values read back through the statement. */
struct Literal
{
    TempStore store;
    SqliteStatement statement;
    explicit Literal(const char *sql) : statement(*store.db, sql) { REQUIRE(statement.next()); }
};

/** How many statements the connection holds prepared. */
int preparedCount(sqlite3 *handle)
{
    int n = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        ++n;
    return n;
}

} // namespace

TEST_CASE("A statement reads the values Mend stores, with NULL kept apart", "[storage]")
{
    Literal row("SELECT 42, NULL, 36.6, 'Knie – ü', 0, 1");
    const SqliteStatement &q = row.statement;
    CHECK(q.error().isEmpty());
    CHECK(q.int64(0) == 42);
    CHECK(q.optionalInt(0) == 42);
    CHECK(q.isNull(1));
    CHECK_FALSE(q.optionalInt(1).has_value());
    CHECK_FALSE(q.optionalReal(1).has_value());
    CHECK(q.optionalReal(2) == 36.6);
    CHECK(q.text(3) == QStringLiteral("Knie – ü"));
    CHECK_FALSE(q.boolean(4));
    CHECK(q.boolean(5));
}

TEST_CASE("Dates and timestamps read as Qt would parse them", "[storage]")
{
    Literal row("SELECT '2026-02-28', '2026-02-30', '2026-1-5', '2026-11-24T17:05:09.123Z', "
                "'2026-11-24T18:05:09.123+01:00', '2026-11-24T17:05:09Z', 'yesterday', "
                "'2026-11-24T25:05:09.123Z'");
    const SqliteStatement &q = row.statement;
    CHECK(q.date(0) == QDate(2026, 2, 28));
    CHECK_FALSE(q.date(1).isValid()); // no 30 February
    CHECK_FALSE(q.date(2).isValid()); // not the ISO shape
    const QDateTime utc(QDate(2026, 11, 24), QTime(17, 5, 9, 123), Qt::UTC);
    CHECK(q.timestamp(3) == utc);
    CHECK(q.timestamp(3).timeSpec() == Qt::UTC);
    for (int column : {4, 5, 6, 7}) { // the general parser's answer for anything else
        INFO(column);
        CHECK(q.timestamp(column) == QDateTime::fromString(q.text(column), Qt::ISODateWithMs));
    }
    CHECK(q.timestamp(4) == utc);
    CHECK_FALSE(q.timestamp(6).isValid());
    CHECK_FALSE(q.timestamp(7).isValid());
}

TEST_CASE("A statement that cannot be prepared or run says why and yields no rows", "[storage]")
{
    TempStore store;
    SqliteStatement missing(*store.db, "SELECT entry_date FROM no_such_table");
    CHECK_FALSE(missing.next());
    INFO(missing.error().toStdString());
    CHECK(missing.error().contains(QStringLiteral("no_such_table")));

    SqliteStatement bound(*store.db, "SELECT ?1 + 1, ?2");
    bound.bind(1, qint64(41));
    bound.bind(2, QStringLiteral("tibia"));
    REQUIRE(bound.next());
    CHECK(bound.int64(0) == 42);
    CHECK(bound.text(1) == QStringLiteral("tibia"));
    CHECK_FALSE(bound.next());
    CHECK(bound.error().isEmpty());
}

TEST_CASE("A write statement binds by name, runs again after a refusal and says why", "[storage]")
{
    TempStore store;
    QSqlQuery(store.db->connection())
        .exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, "
                             "r REAL, s TEXT, o INTEGER)"));
    SqliteStatement insert(*store.db, "INSERT INTO t (n, r, s, o) VALUES (:n, :r, :s, :o)");
    insert.bind(":n", qint64(7));
    insert.bind(":r", std::optional<double>(36.6));
    insert.bind(":s", QStringLiteral("Knie – ü"));
    insert.bind(":o", std::optional<int>());
    CHECK(insert.execute().isEmpty());
    CHECK(insert.lastInsertId() == 1);

    insert.bind(":n", std::optional<int>()); // NOT NULL: refused, with SQLite's reason
    insert.bind(":r", std::optional<double>());
    insert.bind(":s", QString());
    insert.bind(":o", std::optional<int>(3));
    const QString refused = insert.execute();
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("NOT NULL")));

    insert.bind(":n", qint64(8)); // the same statement runs again
    CHECK(insert.execute().isEmpty());
    CHECK(insert.lastInsertId() == 2);

    insert.bind(":nope", qint64(1));
    CHECK(insert.execute() == QStringLiteral("no parameter :nope"));

    SqliteStatement read(*store.db, "SELECT n, r, s, o FROM t ORDER BY id");
    REQUIRE(read.next());
    CHECK(read.int64(0) == 7);
    CHECK(read.optionalReal(1) == 36.6);
    CHECK(read.text(2) == QStringLiteral("Knie – ü"));
    CHECK(read.isNull(3));
    REQUIRE(read.next());
    CHECK(read.int64(0) == 8);
    CHECK(read.isNull(1));
    CHECK(read.isNull(2)); // a null QString is NULL, not ''
    CHECK(read.optionalInt(3) == 3);
    CHECK_FALSE(read.next());
    CHECK(read.error().isEmpty());
}

TEST_CASE("Dates and timestamps are written as Qt writes them, and read back", "[storage]")
{
    const QDate dates[] = {QDate(2026, 11, 24), QDate(1, 1, 1), QDate(9999, 12, 31),
                           QDate(2024, 2, 29), QDate()};
    for (const QDate &d : dates) {
        INFO(d.toString(Qt::ISODate).toStdString());
        CHECK(isoDateText(d) == d.toString(Qt::ISODate).toLatin1());
    }
    const QDateTime times[] = {
        QDateTime(QDate(2026, 11, 24), QTime(17, 5, 9, 123), Qt::UTC),
        QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2026, 11, 24), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 11, 24), QTime(18, 5, 9, 123), Qt::OffsetFromUTC, 3600),
        QDateTime(QDate(2026, 11, 24), QTime(18, 5, 9, 123), Qt::LocalTime),
        QDateTime()};
    TempStore store;
    SqliteStatement roundTrip(*store.db, "SELECT :t, :d");
    for (const QDateTime &t : times) {
        INFO(t.toString(Qt::ISODateWithMs).toStdString());
        CHECK(isoTimestampText(t) == t.toString(Qt::ISODateWithMs).toLatin1());
        roundTrip.bind(":t", t);
        roundTrip.bind(":d", t.date());
        REQUIRE(roundTrip.next());
        CHECK(roundTrip.timestamp(0) == t);
        CHECK(roundTrip.date(1) == t.date());
        CHECK_FALSE(roundTrip.next());
        CHECK(roundTrip.execute().isEmpty()); // resets for the next binds
    }
}

TEST_CASE("A statement prepared again is reused with nothing left from its last use", "[storage]")
{
    TempStore store;
    sqlite3 *handle = store.db->sqliteHandle();
    const char *sql = "SELECT ?1, ?2";
    sqlite3_stmt *first = nullptr;
    {
        SqliteStatement q(*store.db, sql);
        q.bind(1, QStringLiteral("kept until bound again"));
        q.bind(2, qint64(5));
        REQUIRE(q.next());
        CHECK(q.text(0) == QStringLiteral("kept until bound again"));
        first = sqlite3_next_stmt(handle, nullptr);
        // Given back mid-read: the reuse must not find it still reading (an open read).
    }
    CHECK(preparedCount(handle) == 1);
    CHECK(sqlite3_next_stmt(handle, nullptr) == first);
    CHECK_FALSE(sqlite3_stmt_busy(first));
    {
        SqliteStatement again(*store.db, sql);
        CHECK(preparedCount(handle) == 1); // the same one, not a new one
        CHECK(sqlite3_next_stmt(handle, nullptr) == first);
        REQUIRE(again.next());
        CHECK(again.isNull(0)); // no binding of the last use is left
        CHECK(again.isNull(1));
        SqliteStatement another(*store.db, sql); // the same SQL at once: a second statement
        CHECK(preparedCount(handle) == 2);
        another.bind(1, QStringLiteral("a"));
        REQUIRE(another.next());
        CHECK(another.text(0) == QStringLiteral("a"));
    }
}

TEST_CASE("Texts bound to a statement stay as bound while others are bound after them", "[storage]")
{
    TempStore store;
    SqliteStatement q(*store.db, "SELECT :a, :b, :c");
    const QDateTime one(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QDateTime two(QDate(2027, 6, 7), QTime(8, 9, 10), Qt::UTC);
    for (int round = 0; round < 3; ++round) {
        q.bind(":a", one); // the statement keeps the last time's text: a must not lose its own
        q.bind(":b", two);
        q.bind(":c", QString(QStringLiteral("ü").repeated(1000 + round)));
        REQUIRE(q.next());
        CHECK(q.timestamp(0) == one);
        CHECK(q.timestamp(1) == two);
        CHECK(q.text(2) == QStringLiteral("ü").repeated(1000 + round));
        CHECK(q.execute().isEmpty());
    }
}

TEST_CASE("A database closes with statements kept for reuse", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.sqlite"));
    {
        auto db = Database::open(path).value();
        for (const char *sql : {"SELECT 1", "SELECT 2", "SELECT count(*) FROM daily_entry"}) {
            SqliteStatement q(*db, sql);
            REQUIRE(q.next());
        }
        CHECK(sqlite3_next_stmt(db->sqliteHandle(), nullptr) != nullptr);
        REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    }
    // SQLite removes the write-ahead log only when the last connection closes cleanly.
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}
