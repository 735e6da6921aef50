#include "database.h"

#include "backupstore.h"
#include "databasecheck.h"
#include "migrations.h"
#include "storageproblem.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace mend {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mend-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{{}, q.lastError().text()};
    return Done{};
}

/**
 * SQLite counts every allocation under one process-wide mutex unless told not to, and Debian's
 * build has no lookaside memory, so an import's rows make millions of small counted allocations.
 * Mend never reads those counts. Possible only before SQLite's first use: a later call is
 * refused (SQLITE_MISUSE) and changes nothing.
 */
void stopSqliteAllocationCounts()
{
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(once);
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    dropPrepared(); // a connection with statements left open does not close
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path)
{
    stopSqliteAllocationCounts();
    const bool inMemory = path.isEmpty() || path == QLatin1String(":memory:");
    if (!inMemory) {
        const DatabaseFileCheck check = checkDatabaseFile(path);
        if (!check.opensAsIs())
            return Error{{}, check.problem};
        if (check.state == DatabaseFileState::Older) {
            auto backup =
                BackupStore(path).create(BackupKind::PreMigration, QDateTime::currentDateTime());
            if (!backup)
                return Error{{},
                             QStringLiteral("%1 needs an update, which Mend does only after a "
                                            "backup, and %2")
                                 .arg(path, backup.error().message)};
        }
    }
    const QString name = nextConnectionName();
    std::shared_ptr<Database> database(new Database(name, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{{},
                     QStringLiteral("cannot open the database %1: %2")
                         .arg(path, describeStorageError(path, db.lastError().text()))};
    if (auto s = database->configure(); !s)
        return Error{{},
                     QStringLiteral("cannot use the database %1: %2")
                         .arg(path, describeStorageError(path, s.error().message))};
    if (auto s = database->migrate(); !s)
        return Error{{},
                     QStringLiteral("cannot update the database %1: %2")
                         .arg(path, describeStorageError(path, s.error().message))};
    return database;
}

int Database::currentSchemaVersion()
{
    return migrations().constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::dataVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

namespace {

constexpr int kBusyTimeoutMs = 5000;

int countStatement(unsigned, void *counter, void *, void *sql)
{
    const char *text = static_cast<const char *>(sql);
    // A trigger's statements arrive as "-- <its SQL>": part of the statement that fired them.
    if (std::strncmp(text, "--", 2) == 0)
        return 0;
    ++*static_cast<quint64 *>(counter);
    // The statement text only (placeholders, never the values): what a screen reads, for
    // whoever measures it (tests/app/tst_savereads.cpp).
    static const bool trace = qEnvironmentVariableIsSet("MEND_TRACE_SQL");
    if (trace)
        std::fprintf(stderr, "SQL %s\n", text);
    return 0;
}

// Switching needs the file to itself for a moment. SQLite does not wait for that (the busy
// timeout does not cover it), so a second process opening the same new diary at that moment
// would be refused: it tries again for as long as a write would wait.
Status switchToWriteAheadLog(QSqlDatabase db)
{
    QElapsedTimer waited;
    waited.start();
    QString reason;
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()) {
            if (q.value(0).toString() == QLatin1String("wal"))
                return Done{};
            reason = QStringLiteral("the journal stayed '%1'").arg(q.value(0).toString());
        } else {
            reason = q.lastError().databaseText();
        }
        if (waited.elapsed() >= kBusyTimeoutMs)
            return Error{{},
                         QStringLiteral("cannot switch to write-ahead logging (%1)").arg(reason)};
        QThread::msleep(5);
    }
}

} // namespace

Status Database::configure()
{
    QSqlDatabase db = connection();
    if (sqlite3 *handle = sqliteHandle())
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &countStatement, &m_statementsRun);
    // Reading the schema first turns "not a database" into an error here, before any write.
    if (auto s = exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !s)
        return s;
    const bool inMemory = m_path == QLatin1String(":memory:") || m_path.isEmpty();
    if (!inMemory) {
        if (auto s = switchToWriteAheadLog(db); !s)
            return s;
    }
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
          QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs)})
        if (auto s = exec(db, pragma); !s)
            return s;
    return Done{};
}

Status Database::migrate()
{
    const int stored = schemaVersion();
    if (stored > currentSchemaVersion())
        return Error{{},
                     QStringLiteral("it was written by a newer Mend (schema version %1; this "
                                    "Mend knows up to %2)")
                         .arg(stored)
                         .arg(currentSchemaVersion())};
    // All steps in one transaction: a crash leaves the old version or the new one, never a mix.
    return inTransaction([&]() -> Status {
        // Read again under the write lock: another process that opened the same new file at the
        // same time may have migrated it while this one waited ("table episode already exists").
        const int lockedVersion = schemaVersion();
        for (const auto &migration : migrations()) {
            if (migration.version <= lockedVersion)
                continue;
            for (const auto &sql : migration.statements)
                if (auto r = exec(connection(), sql); !r)
                    return Error{{},
                                 QStringLiteral("migration to schema version %1 failed: %2")
                                     .arg(migration.version)
                                     .arg(r.error().message)};
            if (auto r = exec(connection(),
                              QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
                !r)
                return r;
        }
        return Done{};
    });
}

sqlite3_stmt *Database::takePrepared(const char *sql) const
{
    for (auto it = m_prepared.rbegin(); it != m_prepared.rend(); ++it)
        if (std::strcmp(sqlite3_sql(*it), sql) == 0) {
            sqlite3_stmt *found = *it;
            m_prepared.erase(std::next(it).base());
            return found;
        }
    return nullptr;
}

void Database::keepPrepared(sqlite3_stmt *statement) const
{
    constexpr std::size_t kKept = 16; // more than the statements of an import's file
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_prepared.size() == kKept) {
        sqlite3_finalize(m_prepared.front());
        m_prepared.erase(m_prepared.begin());
    }
    m_prepared.push_back(statement);
}

void Database::dropPrepared() const
{
    for (sqlite3_stmt *statement : m_prepared)
        sqlite3_finalize(statement);
    m_prepared.clear();
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status Database::replaceContents(const QString &sourcePath)
{
    const DatabaseFileCheck check = checkDatabaseFile(sourcePath);
    if (!check.opensAsIs() || check.state == DatabaseFileState::Missing)
        return Error{{},
                     check.problem.isEmpty()
                         ? QStringLiteral("%1 is not a Mend diary").arg(sourcePath)
                         : check.problem};
    sqlite3 *target = sqliteHandle();
    if (!target)
        return Error{{}, QStringLiteral("the database driver gives no SQLite handle")};
    dropPrepared();
    sqlite3 *source = nullptr;
    const QByteArray sourceName = sourcePath.toUtf8();
    int rc = sqlite3_open_v2(sourceName.constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
        if (!copy) {
            rc = sqlite3_errcode(target);
        } else {
            rc = sqlite3_backup_step(copy, -1);
            const int finish = sqlite3_backup_finish(copy);
            rc = rc == SQLITE_DONE ? finish : rc;
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(source);
    if (rc != SQLITE_OK)
        return Error{{},
                     QStringLiteral("cannot copy %1 into the diary: %2").arg(sourcePath, message)};
    if (auto s = configure(); !s)
        return s;
    return migrate();
}

namespace {

/** One level deeper for as long as the work runs, however it returns. */
struct DepthGuard
{
    int &depth;
    explicit DepthGuard(int &d) : depth(d) { ++depth; }
    ~DepthGuard() { --depth; }
};

} // namespace

Status Database::inSavepoint(const std::function<Status()> &work)
{
    if (m_transactionDepth == 0)
        return inTransaction(work);
    if (!m_lostTransaction.isEmpty()) // a unit outside the transaction would commit on its own
        return Error{{}, m_lostTransaction};
    QSqlDatabase db = connection();
    const QString name = QStringLiteral("unit%1").arg(m_transactionDepth);
    if (auto s = exec(db, QStringLiteral("SAVEPOINT ") + name); !s)
        return s;
    Status result = [&] {
        DepthGuard guard(m_transactionDepth);
        return work();
    }();
    if (!result.ok() && sqlite3_get_autocommit(sqliteHandle())) {
        // SQLite rolled the whole transaction back (a full disk, say): the outer one is over.
        m_lostTransaction = result.error().message;
        return result;
    }
    if (!result.ok())
        exec(db, QStringLiteral("ROLLBACK TO ") + name);
    // RELEASE after ROLLBACK TO drops the savepoint; the outer transaction stays open.
    if (auto s = exec(db, QStringLiteral("RELEASE ") + name); !s && result.ok())
        return s;
    return result;
}

Status Database::inTransaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0)
        return work(); // the outer transaction commits or rolls back everything
    QSqlDatabase db = connection();
    // IMMEDIATE takes the write lock at the start, waiting up to the busy timeout for another
    // writer (mend-cli and the app on one diary): a deferred transaction that reads first and
    // then writes fails at once with "database is locked" when another process wrote meanwhile.
    if (auto s = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return Error{{}, QStringLiteral("cannot start a transaction: %1").arg(s.error().message)};
    m_lostTransaction.clear();
    Status result = [&] {
        DepthGuard guard(m_transactionDepth);
        return work();
    }();
    if (result.ok() && !m_lostTransaction.isEmpty())
        result = Error{{}, m_lostTransaction};
    if (result.ok()) {
        auto committed = exec(db, QStringLiteral("COMMIT"));
        if (committed.ok())
            return result;
        result = Error{{}, QStringLiteral("cannot commit: %1").arg(committed.error().message)};
    }
    // After some errors (a full disk, say) SQLite has already rolled back: then this fails, and
    // that is fine.
    exec(db, QStringLiteral("ROLLBACK"));
    if (!m_path.isEmpty() && m_path != QLatin1String(":memory:"))
        return Error{result.error().field, describeStorageError(m_path, result.error().message)};
    return result;
}

} // namespace mend
