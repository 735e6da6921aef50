#include "linuxdialer.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace mend::platform {
namespace {

struct DialerText
{
    Q_DECLARE_TR_FUNCTIONS(Dialer)
};

QString program(const QString &nameOrPath)
{
    return nameOrPath.contains(QLatin1Char('/')) ? nameOrPath
                                                 : QStandardPaths::findExecutable(nameOrPath);
}

} // namespace

LinuxDialer::LinuxDialer(QString xdgMime, QString xdgOpen)
    : m_xdgMime(std::move(xdgMime)), m_xdgOpen(std::move(xdgOpen))
{
}

QString LinuxDialer::telHandler() const
{
    const QString xdgMime = program(m_xdgMime);
    if (xdgMime.isEmpty())
        return {};
    QProcess query;
    query.start(xdgMime, {QStringLiteral("query"), QStringLiteral("default"),
                          QStringLiteral("x-scheme-handler/tel")});
    if (!query.waitForFinished(3000) || query.exitStatus() != QProcess::NormalExit ||
        query.exitCode() != 0) {
        query.kill();
        return {};
    }
    return QString::fromUtf8(query.readAllStandardOutput()).trimmed();
}

bool LinuxDialer::canCall() const
{
    return !program(m_xdgOpen).isEmpty() && !telHandler().isEmpty();
}

Status LinuxDialer::call(const QString &number)
{
    const QString uri = telUri(number);
    const QString xdgOpen = program(m_xdgOpen);
    if (uri.size() <= 4 || xdgOpen.isEmpty() || telHandler().isEmpty() ||
        !QProcess::startDetached(xdgOpen, {uri}))
        return Error{QStringLiteral("phone"),
                     DialerText::tr("This device has no app that places calls. Dial %1 on a phone.")
                         .arg(number)};
    return Done{};
}

} // namespace mend::platform
