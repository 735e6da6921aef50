#include "dbdump.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>

using namespace mend;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(MEND_TEST_DATA_DIR "/schemas/mend-v%1.sqlite").arg(version);
}

/** A scratch connection to a file, closed and removed when it goes out of scope. */
struct RawConnection
{
    QString name;
    QSqlDatabase db;
    explicit RawConnection(const QString &path) : name(QStringLiteral("raw-") + path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

QStringList columnsOf(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    return columns;
}

} // namespace

TEST_CASE("A diary of every earlier schema version migrates with every value intact", "[migration]")
{
    const int version = GENERATE(1, 2, 3, 4);
    CAPTURE(version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mend.sqlite"));
    REQUIRE(QFile::copy(fixturePath(version), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(checkDatabaseFile(path).state == DatabaseFileState::Older);

    QMap<QString, QPair<QStringList, QStringList>> before; // table → (columns, rows)
    {
        RawConnection fixture(fixturePath(version));
        for (const QString &table : test::tableNames(fixture.db)) {
            const QStringList columns = columnsOf(fixture.db, table);
            before[table] = {columns, test::dumpTable(fixture.db, table, columns)};
            CHECK_FALSE(before[table].second.isEmpty()); // the fixture has rows in every table
        }
    }

    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    auto db = opened.value();
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    CHECK(checkDatabaseFile(path).state == DatabaseFileState::Current);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        CAPTURE(it.key());
        CHECK(test::dumpTable(db->connection(), it.key(), it.value().first) == it.value().second);
    }

    // The repositories read the migrated rows as the old version wrote them.
    EpisodeRepository episodes(db);
    EntryRepository entries(db);
    const auto knee = episodes.find(1);
    REQUIRE(knee.has_value());
    CHECK(knee->clinic == QStringLiteral("Clinique Ünïcode"));
    CHECK(knee->baselinePain == 7);
    const auto first = entries.findByDate(1, QDate(2026, 1, 6));
    REQUIRE(first.has_value());
    CHECK(first->painAverage == 8);
    CHECK(first->steps == 1200);
    CHECK(first->note == QStringLiteral("sore — ice 3×"));
    const auto late = entries.findByDate(1, QDate(2026, 1, 7));
    REQUIRE(late.has_value());
    CHECK(late->late);
    CHECK_FALSE(late->painRest.has_value());

    // The copy made before the update is the untouched old file.
    const auto backups = BackupStore(path).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().kind == BackupKind::PreMigration);
    CHECK(backups.first().schemaVersion == version);
    RawConnection copy(backups.first().path);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        CHECK(test::dumpTable(copy.db, it.key(), it.value().first) == it.value().second);
}

TEST_CASE("A new diary has no pre-migration backup and carries Mend's application id",
          "[migration]")
{
    test::TempStore store;
    CHECK(BackupStore(store.path()).list().isEmpty());
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == kMendApplicationId);
}

TEST_CASE("A failing migration step leaves the file at its old version", "[migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mend.sqlite"));
    REQUIRE(QFile::copy(fixturePath(3), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        // A table in the way of migration 4 makes it fail halfway through the chain.
        RawConnection raw(path);
        QSqlQuery q(raw.db);
        REQUIRE(q.exec(QStringLiteral("CREATE INDEX episode_by_patient ON episode (site)")));
    }
    QString before;
    {
        RawConnection raw(path);
        before = test::dumpDatabase(raw.db);
    }
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("schema version 4")));
    RawConnection raw(path);
    CHECK(test::dumpDatabase(raw.db) == before);
}
