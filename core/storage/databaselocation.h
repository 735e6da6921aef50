#pragma once

#include <QString>

namespace mend {

/** The user's own database file in the platform's app-data folder (created if missing). */
QString defaultDatabasePath();

/**
 * Whether path names the diary at diaryPath or one of its own files: the diary, its -wal, -shm
 * or -journal, or anything in its backup folder — compared after following symbolic links, and
 * by file identity (a hard link counts). Mend writes no export there and reads no import from
 * there (reading would open the diary through a second descriptor, whose closing drops SQLite's
 * locks).
 */
bool isDiaryFile(const QString &path, const QString &diaryPath);

} // namespace mend
