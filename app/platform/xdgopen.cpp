#include "xdgopen.h"

#include <QProcess>
#include <QStandardPaths>

namespace mend::platform {

QString findProgram(const QString &nameOrPath)
{
    return nameOrPath.contains(QLatin1Char('/')) ? nameOrPath
                                                 : QStandardPaths::findExecutable(nameOrPath);
}

bool xdgOpen(const QString &xdgOpenProgram, const QString &target)
{
    const QString program = findProgram(xdgOpenProgram);
    return !program.isEmpty() && QProcess::startDetached(program, {target});
}

} // namespace mend::platform
