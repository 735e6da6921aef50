#include "linuxdialer.h"

#include "domain/validation.h"
#include "xdgopen.h"

#include <QCoreApplication>
#include <QProcess>

namespace mend::platform {
namespace {

struct DialerText
{
    Q_DECLARE_TR_FUNCTIONS(Dialer)
};

} // namespace

LinuxDialer::LinuxDialer(QString xdgMime, QString xdgOpen)
    : m_xdgMime(std::move(xdgMime)), m_xdgOpen(std::move(xdgOpen))
{
}

QString LinuxDialer::telHandler() const
{
    const QString xdgMime = findProgram(m_xdgMime);
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
    return !findProgram(m_xdgOpen).isEmpty() && !telHandler().isEmpty();
}

Status LinuxDialer::call(const QString &number)
{
    const QString uri = telUri(number);
    if (uri.size() <= 4 || telHandler().isEmpty() || !xdgOpen(m_xdgOpen, uri))
        return Error{QStringLiteral("phone"),
                     DialerText::tr("This device has no app that places calls. Dial %1 on a phone.")
                         .arg(number)};
    return Done{};
}

} // namespace mend::platform
