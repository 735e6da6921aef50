#include "documentsfilesharing.h"

#include "storage/outputfolder.h"
#include "xdgopen.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mend::platform {
namespace {

struct FileSharingText
{
    Q_DECLARE_TR_FUNCTIONS(FileSharing)
};

} // namespace

DocumentsFileSharing::DocumentsFileSharing(QString folder, QString xdgOpen)
    : m_folder(std::move(folder)), m_xdgOpen(std::move(xdgOpen))
{
}

Result<QString> DocumentsFileSharing::newFile(const QString &stem, const QString &suffix)
{
    return newOutputPath(m_folder, stem, suffix);
}

Status DocumentsFileSharing::open(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return Error{QStringLiteral("file"),
                     FileSharingText::tr("%1 is not there any more.").arg(file.fileName())};
    if (!xdgOpen(m_xdgOpen, file.absoluteFilePath()))
        return Error{QStringLiteral("file"),
                     FileSharingText::tr("No program to show it was found; the file is in %1.")
                         .arg(file.absolutePath())};
    return Done{};
}

} // namespace mend::platform
