#pragma once

#include <QString>

namespace mend {

/** The user's own database file in the platform's app-data folder (created if missing). */
QString defaultDatabasePath();

/**
 * The diary's real path, resolved once when it is opened: a diary reached through a symbolic
 * link is backed up beside, and restored into, the file the link points to (the link stays a
 * link). A backups folder that is itself a link is followed, so it can live on another disk.
 */
QString resolveDiaryPath(const QString &path);

/**
 * Whether path names the diary at diaryPath or one of its own files: the diary, its -wal, -shm
 * or -journal, or anything in its backup folder — compared after following symbolic links, and
 * by file identity (a hard link counts). Mend writes no export there and reads no import from
 * there (reading would open the diary through a second descriptor, whose closing drops SQLite's
 * locks).
 */
bool isDiaryFile(const QString &path, const QString &diaryPath);

} // namespace mend
