#pragma once

#include <QString>
#include <optional>

namespace mend {

/**
 * What keeps the file at path (or a new file there) from being written, in words for people,
 * when the cause is the storage and not the file: the disk is full, the file system is
 * read-only, or permission is denied. Empty when none of these is the case.
 */
std::optional<QString> storageProblem(const QString &path);

/**
 * An SQLite error in words for people: a full disk or a read-only file is named as such (with
 * what helps), whatever SQLite's own wording; anything else is returned as it is.
 */
QString describeStorageError(const QString &path, const QString &sqliteMessage);

} // namespace mend
