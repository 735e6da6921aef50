#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <thread>

using namespace mend;

namespace {

QVariant scalar(const std::shared_ptr<Database> &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("A new database file is migrated to the current schema with Mend's pragmas", "[database]")
{
    test::TempStore store;
    CHECK(store.db->schemaVersion() == Database::currentSchemaVersion());
    CHECK(scalar(store.db, QStringLiteral("PRAGMA journal_mode")).toString() ==
          QStringLiteral("wal"));
    CHECK(scalar(store.db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(store.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    for (const char *table : {"episode", "daily_entry", "rom_reading"})
        CHECK(
            scalar(store.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                 .arg(QLatin1String(table)))
                .toInt() == 1);
}

TEST_CASE("Reopening a database keeps its data and does not migrate again", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        EpisodeRepository episodes(db.value());
        REQUIRE(episodes.add(test::kneeEpisode(), test::fixedNow()).ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(EpisodeRepository(db.value()).all().size() == 1);
    CHECK(db.value()->schemaVersion() == Database::currentSchemaVersion());
}

TEST_CASE("A database from a newer Mend is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=999")));
    }
    auto reopened = Database::open(path);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().message.contains(QStringLiteral("newer Mend")));
    CHECK(reopened.error().message.contains(path));
    auto again = Database::open(path);
    REQUIRE_FALSE(again.ok()); // still version 999: nothing was migrated
}

TEST_CASE("A file that is not a database is refused by name and not overwritten", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray garbage =
        QByteArray("This is my shopping list, not a database.\n").repeated(50);
    test::writeFile(path, garbage);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(path));
    CHECK(test::readAll(path) == garbage);
}

TEST_CASE("A failed transaction changes nothing", "[database]")
{
    test::TempStore store;
    auto status = store.db->inTransaction([&]() -> Status {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO episode (site, side, condition, injection_date, product, baseline_pain, "
            "created_at) VALUES ('knee', 'left', 'osteoarthritis', '2026-09-01', 'prp', 5, 'x')")));
        return Error{{}, QStringLiteral("simulated failure after a write")};
    });
    CHECK_FALSE(status.ok());
    CHECK(scalar(store.db, QStringLiteral("SELECT count(*) FROM episode")).toInt() == 0);
}

TEST_CASE("A failed savepoint undoes only its own writes and the transaction around it goes on",
          "[database]")
{
    test::TempStore store;
    const auto insert = [&](const char *date) {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO episode (site, side, condition, injection_date, "
                                      "product, baseline_pain, created_at) VALUES ('knee', "
                                      "'left', 'osteoarthritis', '%1', 'prp', 5, 'x')")
                           .arg(QLatin1String(date))));
    };
    Status inner = Done{};
    Status second = Error{};
    const auto status = store.db->inTransaction([&]() -> Status {
        insert("2026-09-01");
        inner = store.db->inSavepoint([&]() -> Status {
            insert("2026-09-02");
            return Error{{}, QStringLiteral("simulated failure inside the savepoint")};
        });
        second = store.db->inSavepoint([&]() -> Status {
            insert("2026-09-03");
            return Done{};
        });
        return Done{};
    });
    REQUIRE(status.ok());
    CHECK(inner.error().message == QStringLiteral("simulated failure inside the savepoint"));
    CHECK(second.ok());
    CHECK(scalar(store.db, QStringLiteral("SELECT group_concat(injection_date, ' ') FROM "
                                          "(SELECT injection_date FROM episode ORDER BY 1)"))
              .toString() == QStringLiteral("2026-09-01 2026-09-03"));

    // Outside a transaction a savepoint is one: a failure leaves nothing.
    CHECK_FALSE(store.db
                    ->inSavepoint([&]() -> Status {
                        insert("2026-09-04");
                        return Error{{}, QStringLiteral("alone")};
                    })
                    .ok());
    CHECK(scalar(store.db, QStringLiteral("SELECT count(*) FROM episode")).toInt() == 2);
}

TEST_CASE("The schema refuses out-of-range pain even if validation were bypassed", "[database]")
{
    test::TempStore store;
    QSqlQuery q(store.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral(
        "INSERT INTO episode (site, side, condition, injection_date, product, baseline_pain, "
        "created_at) VALUES ('knee', 'left', 'osteoarthritis', '2026-09-01', 'prp', 11, 'x')")));
}

TEST_CASE("Two connections creating the same new diary at once both open it, migrated once",
          "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (int round = 0; round < 20; ++round) {
        const QString path = dir.filePath(QStringLiteral("new%1.sqlite").arg(round));
        QString problems[2];
        std::thread openers[2];
        for (int i = 0; i < 2; ++i)
            openers[i] = std::thread([&, i] {
                auto opened = Database::open(path);
                if (!opened)
                    problems[i] = opened.error().text();
            });
        for (auto &t : openers)
            t.join();
        INFO(problems[0].toStdString() << " / " << problems[1].toStdString());
        CHECK(problems[0].isEmpty());
        CHECK(problems[1].isEmpty());
        auto db = Database::open(path).value();
        CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    }
}
