#include "storageproblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/statvfs.h>
#include <unistd.h>

namespace mend {
namespace {

// Below this much free space SQLite cannot open a diary with a write-ahead log (its index alone
// takes 32 KiB) or save an entry.
constexpr qint64 kLowSpaceBytes = 64 * 1024;

} // namespace

std::optional<QString> storageProblem(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) == 0) {
        if (fs.f_flag & ST_RDONLY)
            return QStringLiteral("the storage that holds %1 is read-only; Mend needs to write "
                                  "to it (copy the diary somewhere writable, or open it from "
                                  "there)")
                .arg(QDir::toNativeSeparators(folder));
        const qint64 freeBytes = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        if (freeBytes < kLowSpaceBytes)
            return QStringLiteral("the disk is full (%1 KiB free where %2 is); free some space, "
                                  "then try again — nothing was changed")
                .arg(freeBytes / 1024)
                .arg(QDir::toNativeSeparators(folder));
    }
    const QByteArray file = QFile::encodeName(info.absoluteFilePath());
    if (info.exists() && ::access(file.constData(), R_OK | W_OK) != 0)
        return QStringLiteral("permission denied: Mend may not read and write %1")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return QStringLiteral("permission denied: Mend may not write in %1")
            .arg(QDir::toNativeSeparators(folder));
    return std::nullopt;
}

QString describeStorageError(const QString &path, const QString &sqliteMessage)
{
    static const QStringList storageWords{
        QStringLiteral("disk is full"), QStringLiteral("disk I/O error"),
        QStringLiteral("readonly database"), QStringLiteral("unable to open database file"),
        QStringLiteral("access permission denied")};
    for (const auto &words : storageWords)
        if (sqliteMessage.contains(words))
            if (auto problem = storageProblem(path))
                return *problem;
    return sqliteMessage;
}

} // namespace mend
