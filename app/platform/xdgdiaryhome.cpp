#include "xdgdiaryhome.h"

#include "storage/backupstore.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mend::platform {
namespace {

struct DiaryHomeText
{
    Q_DECLARE_TR_FUNCTIONS(DiaryHome)
};

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = kOwnerFile | QFileDevice::ExeOwner;

/** Owner-only, when the path exists and is not already; false when that failed. */
bool restrict(const QString &path, QFileDevice::Permissions wanted)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return true; // a link's target is the person's choice, as is a folder it leads to
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!(info.permissions() & others))
        return true;
    return QFile::setPermissions(path, wanted);
}

} // namespace

QString XdgDiaryHome::defaultDiaryPath() const
{
    return defaultDatabasePath();
}

Status XdgDiaryHome::keepPrivate(const QString &diaryPath)
{
    const QString home = QFileInfo(diaryPath).absolutePath();
    const QString folder = BackupStore(diaryPath).directory();
    QStringList failed;
    if (!restrict(home, kOwnerFolder))
        failed << home;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (!restrict(diaryPath + suffix, kOwnerFile))
            failed << diaryPath + suffix;
    if (!restrict(folder, kOwnerFolder))
        failed << folder;
    const QDir backups(folder);
    for (const QString &name : backups.entryList(QDir::Files | QDir::Hidden))
        if (!restrict(backups.filePath(name), kOwnerFile))
            failed << backups.filePath(name);
    if (!failed.isEmpty())
        return Error{QStringLiteral("diary"),
                     DiaryHomeText::tr("Other users of this computer may be able to read %1: Mend "
                                       "could not make it yours only.")
                         .arg(failed.join(QStringLiteral(", ")))};
    return Done{};
}

QString XdgDiaryHome::describe(const QString &diaryPath) const
{
    const QFileInfo diary(diaryPath);
    const QString folder = QDir::toNativeSeparators(diary.absolutePath());
    if (diary.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return DiaryHomeText::tr("Your diary is kept on this device in %1, where other users of "
                                 "this computer can read it. Mend sends it nowhere.")
            .arg(folder);
    return DiaryHomeText::tr("Your diary is kept on this device in %1, readable by you only. Mend "
                             "sends it nowhere; a backup program you set up yourself may copy it.")
        .arg(folder);
}

} // namespace mend::platform
