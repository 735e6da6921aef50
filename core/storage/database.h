#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace mend {

/** An open Mend database: one SQLite connection with Mend's pragmas and an up-to-date schema. */
class Database
{
public:
    /** Opens (creating if needed) and migrates the database at path; ":memory:" for a scratch one.
     */
    static Result<std::shared_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** The schema version this build of Mend writes. */
    static int currentSchemaVersion();
    /** The schema version stored in the file (PRAGMA user_version). */
    int schemaVersion() const;
    QSqlDatabase connection() const;
    /** The connection's sqlite3 handle, for the C API (nullptr if the driver gives none). */
    sqlite3 *sqliteHandle() const;
    QString path() const { return m_path; }
    /**
     * PRAGMA data_version: changes when another connection (another process or thread) has
     * committed a change since this connection last looked; never for this connection's own.
     */
    int dataVersion() const;
    /** How many SQL statements this connection has started since it opened, triggers' own not
     *  counted: a debug figure for what a save or a screen reads (tests and bench/ print it). */
    quint64 statementsRun() const { return m_statementsRun; }

    /**
     * Runs work in one transaction: committed when it returns ok, rolled back otherwise. Called
     * again from inside work, it joins the outer transaction.
     */
    Status inTransaction(const std::function<Status()> &work);
    /**
     * Runs work as a unit of its own: outside a transaction, as inTransaction; inside one, in a
     * savepoint that is rolled back alone when work fails, so the outer transaction goes on
     * without any of work's writes.
     */
    Status inSavepoint(const std::function<Status()> &work);

    /**
     * Replaces the whole content of this open database with the Mend database at sourcePath (the
     * SQLite backup API, one transaction), then migrates it to the current schema.
     */
    Status replaceContents(const QString &sourcePath);

    /**
     * A statement prepared earlier on this connection for the same SQL and given back, or
     * nullptr: SqliteStatement reuses them, as preparing costs more than a row's write.
     */
    sqlite3_stmt *takePrepared(const char *sql) const;
    /** Keeps a statement for reuse (reset, bindings cleared); the oldest is dropped past a few. */
    void keepPrepared(sqlite3_stmt *statement) const;

private:
    Database(QString connectionName, QString path);
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
    quint64 m_statementsRun = 0;
    void dropPrepared() const;
    // Why SQLite rolled back the open transaction inside one of its units (inSavepoint).
    QString m_lostTransaction;
    mutable std::vector<sqlite3_stmt *> m_prepared; // oldest first
};

} // namespace mend
