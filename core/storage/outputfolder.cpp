#include "outputfolder.h"

#include "storageproblem.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mend {

QString defaultOutputFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("Mend"));
}

Result<QString> newOutputPath(const QString &folder, const QString &stem, const QString &suffix)
{
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return Error{{},
                         QStringLiteral("cannot create the folder %1: %2")
                             .arg(folder, storageProblem(folder).value_or(
                                              QStringLiteral("a file of that name is in the way "
                                                             "or the place is not allowed")))};
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    const QDir dir(folder);
    for (int n = 1; n <= 1000; ++n) {
        const QString name = n == 1 ? QStringLiteral("%1.%2").arg(stem, suffix)
                                    : QStringLiteral("%1 (%2).%3").arg(stem).arg(n).arg(suffix);
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            return path;
    }
    return Error{{}, QStringLiteral("%1 already holds 1,000 files named %2").arg(folder, stem)};
}

} // namespace mend
