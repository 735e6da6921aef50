#include "databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace mend {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("mend.sqlite"));
}

} // namespace mend
