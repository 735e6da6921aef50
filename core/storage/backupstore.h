#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mend {

enum class BackupKind
{
    Daily,
    PreMigration,
    PreRestore,
    Manual
};

QString toKey(BackupKind kind);
/** In words for people: "daily", "before an update", "before a restore", "made by you". */
QString backupKindLabel(BackupKind kind);

/** One consistent copy of the diary, as a file in the backup folder. */
struct BackupInfo
{
    QString name; ///< the file name, which is also how people pick it
    QString path;
    BackupKind kind = BackupKind::Manual;
    QDateTime createdAt;
    int schemaVersion = 0;
    qint64 bytes = 0;
};

/**
 * The backup folder next to a diary ("mend.sqlite" → "mend-backups/"). Copies are made with
 * VACUUM INTO from their own connection (safe from any thread), written under a temporary name and
 * renamed, so a half-written copy never shows up as a backup. Keeps the last 7 daily copies and
 * every other one.
 */
class BackupStore
{
public:
    static constexpr int kDailyKept = 7;

    explicit BackupStore(const QString &databasePath);

    QString directory() const { return m_directory; }
    /** Every backup, newest first. */
    QList<BackupInfo> list() const;
    /** The backup with this file name (or full path inside the folder). */
    std::optional<BackupInfo> find(const QString &nameOrPath) const;

    /** A copy of the diary as it is now. */
    Result<BackupInfo> create(BackupKind kind, const QDateTime &now) const;
    /** The day's copy when there is none for now's date yet; older daily copies beyond 7 go. */
    Result<std::optional<BackupInfo>> createDailyIfDue(const QDateTime &now) const;

    /**
     * Puts a backup in place of a diary file that does not open (damaged, say) and that no
     * connection has open: the copy is written beside it and fsynced, then renamed over it. The
     * file that was there is kept as "<name>.replaced-<time>" (with its -wal), never overwritten.
     */
    Status restoreFile(const BackupInfo &backup, const QDateTime &now) const;
    /**
     * Restores a backup: a diary that opens is first kept as "<name>.replaced-<time>", then its
     * content is replaced in one SQLite transaction (Database::replaceContents); any other file
     * goes through restoreFile.
     */
    Status restore(const BackupInfo &backup, const QDateTime &now) const;

private:
    /** The newest backup of this kind and version when it holds the same bytes as copy. */
    std::optional<BackupInfo> identicalCopy(const QString &copy, BackupKind kind,
                                            int schemaVersion) const;
    void pruneDaily(const QString &justMade, const QDateTime &now) const;

    QString m_databasePath;
    QString m_directory;
};

} // namespace mend
