#pragma once

#include <QString>

namespace mend {

/** What a file at a database path is, found before Mend writes anything to it. */
enum class DatabaseFileState
{
    Missing,     ///< no file (or an empty one): a new diary is created
    Current,     ///< a Mend diary of this build's schema version
    Older,       ///< a Mend diary of an older schema version: migrated after a backup
    Newer,       ///< written by a newer Mend: not opened
    NotSqlite,   ///< not an SQLite database at all
    Damaged,     ///< an SQLite file that fails its integrity check or cannot be read
    Foreign,     ///< a healthy SQLite database that is not a Mend diary
    Unavailable, ///< cannot be read or written now: a full disk, read-only storage, permission
};

struct DatabaseFileCheck
{
    DatabaseFileState state = DatabaseFileState::Missing;
    int schemaVersion = 0;
    /** For the states that stop Mend: the file and the problem, in words for people. */
    QString problem;

    bool opensAsIs() const
    {
        return state == DatabaseFileState::Missing || state == DatabaseFileState::Current ||
               state == DatabaseFileState::Older;
    }
};

/** The SQLite application id Mend stamps into its files ('MEND'). */
constexpr int kMendApplicationId = 0x4D454E44;

/** Looks at the file at path without changing it (read-only connection, no pragmas written). */
DatabaseFileCheck checkDatabaseFile(const QString &path);

} // namespace mend
