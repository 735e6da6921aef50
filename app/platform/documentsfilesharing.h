#pragma once

#include "filesharing.h"

namespace mend::platform {

/** Linux desktops and phones: a folder (Documents/Mend by default, kept to its owner), and the
 *  desktop's viewer for a saved file, started with `xdg-open`. */
class DocumentsFileSharing : public FileSharing
{
public:
    explicit DocumentsFileSharing(QString folder, QString xdgOpen = QStringLiteral("xdg-open"));

    QString folder() const override { return m_folder; }
    Result<QString> newFile(const QString &stem, const QString &suffix) override;
    Status open(const QString &path) override;

private:
    QString m_folder;
    QString m_xdgOpen;
};

} // namespace mend::platform
