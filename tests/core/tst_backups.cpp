#include "dbdump.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace mend;

namespace {

/** Adds an episode injected on the given date with entries on the days after it. */
void fill(test::TempStore &store, int days, const QDate &injected = QDate(2025, 1, 1))
{
    auto episode = store.episodes->add(test::kneeEpisode(injected), test::fixedNow());
    INFO(episode.error().text().toStdString());
    REQUIRE(episode.ok());
    for (int d = 0; d < days; ++d)
        REQUIRE(store.entries
                    ->save(test::painEntry(injected.addDays(d + 1), d % 11), episode.value(),
                           test::fixedNow())
                    .ok());
}

int entryCount(const std::shared_ptr<Database> &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM daily_entry")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void makeForeignDatabase(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ann', '555')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
}

} // namespace

TEST_CASE("The start-up check tells every kind of file apart without changing it", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    SECTION("missing")
    {
        CHECK(checkDatabaseFile(path).state == DatabaseFileState::Missing);
    }
    SECTION("a text file")
    {
        test::writeFile(path, "date,pain\n2026-01-01,4\n");
        const auto check = checkDatabaseFile(path);
        CHECK(check.state == DatabaseFileState::NotSqlite);
        CHECK(check.problem.contains(path));
        CHECK(check.problem.contains(QStringLiteral("not an SQLite database")));
    }
    SECTION("another program's SQLite database")
    {
        makeForeignDatabase(path);
        const auto check = checkDatabaseFile(path);
        CHECK(check.state == DatabaseFileState::Foreign);
        CHECK(check.problem.contains(QStringLiteral("another program")));
    }
    SECTION("a diary from a newer Mend")
    {
        {
            test::TempStore store;
            fill(store, 3);
            QSqlQuery q(store.db->connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=99")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            store.db.reset();
            REQUIRE(QFile::copy(store.path(), path));
        }
        const auto check = checkDatabaseFile(path);
        CHECK(check.state == DatabaseFileState::Newer);
        CHECK(check.schemaVersion == 99);
        CHECK(check.problem.contains(QStringLiteral("newer Mend")));
    }
    SECTION("a diary with a damaged page")
    {
        {
            test::TempStore store;
            fill(store, 400);
            QSqlQuery q(store.db->connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            store.db.reset();
            REQUIRE(QFile::copy(store.path(), path));
        }
        QByteArray bytes = test::readAll(path);
        REQUIRE(bytes.size() > 8 * 4096);
        for (int i = 3 * 4096; i < 5 * 4096; ++i)
            bytes[i] = char(0x5A);
        test::writeFile(path, bytes);
        const auto check = checkDatabaseFile(path);
        CHECK(check.state == DatabaseFileState::Damaged);
        CHECK(check.problem.contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("A damaged, foreign or newer file is refused by name and left byte for byte", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    const int kind = GENERATE(0, 1, 2);
    if (kind == 0)
        test::writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(5000, '\x7f'));
    else if (kind == 1)
        makeForeignDatabase(path);
    else
        test::writeFile(path, QByteArray("{\"resourceType\": \"Bundle\"}"));
    const QByteArray before = test::readAll(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(path));
    CHECK(test::readAll(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(BackupStore(path).list().isEmpty());
}

TEST_CASE("Backups are consistent copies listed newest first, 7 daily ones kept", "[backup]")
{
    test::TempStore store;
    fill(store, 20);
    BackupStore backups(store.path());
    CHECK(backups.directory() == QDir(store.dir.path()).filePath(QStringLiteral("mend-backups")));

    auto manual = backups.create(BackupKind::Manual, test::fixedNow());
    REQUIRE(manual.ok());
    CHECK(manual.value().schemaVersion == Database::currentSchemaVersion());
    CHECK(manual.value().name == QStringLiteral("mend-20261124-180000-manual-v%1.sqlite")
                                     .arg(Database::currentSchemaVersion()));
    CHECK(QFile::permissions(manual.value().path) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    {
        auto copy = Database::open(manual.value().path);
        REQUIRE(copy.ok());
        CHECK(entryCount(copy.value()) == 20);
    }
    // The copy's own -wal/-shm from opening it above must not count as backups.
    CHECK(backups.list().size() == 1);

    for (int day = 0; day < 9; ++day) {
        auto made = backups.createDailyIfDue(test::fixedNow().addDays(day));
        REQUIRE(made.ok());
        CHECK(made.value().has_value());
        auto again = backups.createDailyIfDue(test::fixedNow().addDays(day).addSecs(60));
        REQUIRE(again.ok());
        CHECK_FALSE(again.value().has_value()); // one a day
    }
    const auto all = backups.list();
    int daily = 0;
    for (const auto &b : all)
        daily += b.kind == BackupKind::Daily ? 1 : 0;
    CHECK(daily == BackupStore::kDailyKept);
    CHECK(all.size() == BackupStore::kDailyKept + 1); // the manual one stays
    CHECK(all.first().createdAt == test::fixedNow().addDays(8));
    CHECK(all.last().kind == BackupKind::Manual);
    const QString version = QString::number(Database::currentSchemaVersion());
    CHECK_FALSE(backups.find(QStringLiteral("mend-20261125-180000-daily-v%1.sqlite").arg(version))
                    .has_value());
    CHECK(backups.find(QStringLiteral("mend-20261126-180000-daily-v%1.sqlite").arg(version))
              .has_value());
}

TEST_CASE("Restoring a backup file keeps the file it replaces", "[backup]")
{
    test::TempStore store;
    fill(store, 5);
    BackupStore backups(store.path());
    auto five = backups.create(BackupKind::Manual, test::fixedNow());
    REQUIRE(five.ok());
    fill(store, 3, QDate(2026, 6, 1)); // a second episode with 3 more entries
    store.entries.reset();
    store.episodes.reset();
    store.db.reset();

    const auto restoredFile = backups.restoreFile(five.value(), test::fixedNow().addSecs(5));
    INFO(restoredFile.error().text().toStdString());
    REQUIRE(restoredFile.ok());
    const QString aside = store.path() + QStringLiteral(".replaced-20261124-180005");
    REQUIRE(QFileInfo::exists(aside));
    auto restored = Database::open(store.path());
    REQUIRE(restored.ok());
    CHECK(entryCount(restored.value()) == 5);
    auto kept = Database::open(aside);
    REQUIRE(kept.ok());
    CHECK(entryCount(kept.value()) == 8);
}

TEST_CASE("A backup cannot be restored from a file that is not a Mend diary", "[backup]")
{
    test::TempStore store;
    fill(store, 2);
    BackupStore backups(store.path());
    QDir().mkpath(backups.directory());
    const QString fake =
        QDir(backups.directory()).filePath(QStringLiteral("mend-20261101-080000-daily-v6.sqlite"));
    test::writeFile(fake, "not a database at all, but long enough to look like one............");
    const auto listed = backups.find(fake);
    REQUIRE(listed.has_value());
    const QString before = test::dumpDatabase(store.db->connection());
    auto refused = store.db->replaceContents(listed->path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not an SQLite database")));
    CHECK(test::dumpDatabase(store.db->connection()) == before);
    auto fileRefused = backups.restoreFile(*listed, test::fixedNow());
    REQUIRE_FALSE(fileRefused.ok());
    CHECK_FALSE(QFileInfo::exists(store.path() + QStringLiteral(".replaced-20261124-180000")));
}

TEST_CASE("Replacing an open diary's contents restores the backup and migrates it", "[backup]")
{
    test::TempStore store;
    fill(store, 4);
    BackupStore backups(store.path());
    auto four = backups.create(BackupKind::Manual, test::fixedNow());
    REQUIRE(four.ok());
    fill(store, 6, QDate(2026, 6, 1));
    REQUIRE(entryCount(store.db) == 10);

    REQUIRE(store.db->replaceContents(four.value().path).ok());
    CHECK(entryCount(store.db) == 4);
    CHECK(store.db->schemaVersion() == Database::currentSchemaVersion());
    // The live connection still writes, in WAL mode.
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    q.finish();
    fill(store, 1, QDate(2026, 7, 1));
    CHECK(entryCount(store.db) == 5);

    // An old-version backup (a pre-migration copy) comes back migrated.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/schemas/mend-v2.sqlite"), old));
    REQUIRE(store.db->replaceContents(old).ok());
    CHECK(store.db->schemaVersion() == Database::currentSchemaVersion());
    CHECK(entryCount(store.db) == 3);
}
