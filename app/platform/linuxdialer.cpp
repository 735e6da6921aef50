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

/** Asks xdg-mime which application opens tel: links; "" when none does or the query fails. */
QString queryTelHandler(const QString &program)
{
    const QString xdgMime = findProgram(program);
    if (xdgMime.isEmpty())
        return {};
    QProcess query;
    query.start(xdgMime, {QStringLiteral("query"), QStringLiteral("default"),
                          QStringLiteral("x-scheme-handler/tel")});
    if (!query.waitForFinished(3000) || query.exitStatus() != QProcess::NormalExit ||
        query.exitCode() != 0) {
        query.kill();
        query.waitForFinished(1000);
        return {};
    }
    return QString::fromUtf8(query.readAllStandardOutput()).trimmed();
}

} // namespace

LinuxDialer::LinuxDialer(QString xdgMime, QString xdgOpen)
    : m_xdgOpen(std::move(xdgOpen)),
      m_telHandler(std::async(std::launch::async, queryTelHandler, std::move(xdgMime)).share())
{
}

QString LinuxDialer::telHandler() const
{
    return m_telHandler.get();
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
