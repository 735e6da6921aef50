#include "databaselocation.h"

#include "backupstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <sys/stat.h>

namespace mend {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("mend.sqlite"));
}

namespace {

/** The path with its folder's links resolved, and the file's own link too when it exists. */
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString dir = info.absoluteDir().canonicalPath();
    return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa
    {
    }, sb{};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

} // namespace

QString resolveDiaryPath(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return path;
    return resolved(path);
}

bool isDiaryFile(const QString &path, const QString &diaryPath)
{
    if (path.isEmpty() || diaryPath.isEmpty() || diaryPath == QLatin1String(":memory:"))
        return false;
    const QString target = resolved(path);
    const QString diary = resolved(diaryPath);
    for (const QString &ext :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (target == diary + ext || sameFile(path, diaryPath + ext))
            return true;
    const QString backups = resolved(BackupStore(diary).directory());
    return target.startsWith(backups + QLatin1Char('/'));
}

} // namespace mend
