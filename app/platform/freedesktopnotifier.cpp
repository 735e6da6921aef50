#include "freedesktopnotifier.h"

#include <QDBusInterface>
#include <QDBusReply>

namespace mend::platform {
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kDesktopEntry = QStringLiteral("io.github.mendtracker.Mend");
constexpr int kTimeoutMs = 5000;

Error unavailable(const QString &why)
{
    return Error{QStringLiteral("notification"),
                 QStringLiteral("the desktop's notification service did not answer (%1)").arg(why)};
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus) : m_bus(std::move(bus)) {}

QString FreedesktopNotifier::bodyFor(const QString &text, bool serverReadsMarkup)
{
    return serverReadsMarkup ? text.toHtmlEscaped() : text;
}

Status FreedesktopNotifier::notify(const NotificationText &text)
{
    if (!m_bus.isConnected())
        return unavailable(QStringLiteral("no session bus"));
    QDBusInterface server(kService, kPath, kService, m_bus);
    server.setTimeout(kTimeoutMs);
    const QDBusReply<QStringList> capabilities = server.call(QStringLiteral("GetCapabilities"));
    if (!capabilities.isValid())
        return unavailable(capabilities.error().message());
    const bool markup = capabilities.value().contains(QStringLiteral("body-markup"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), kDesktopEntry},
                            {QStringLiteral("category"), QStringLiteral("reminder")},
                            {QStringLiteral("urgency"), QVariant::fromValue<uchar>(1)}};
    const QDBusReply<uint> id =
        server.call(QStringLiteral("Notify"), QStringLiteral("Mend"), uint(0), kDesktopEntry,
                    text.title, bodyFor(text.body, markup), QStringList(), hints, int(-1));
    if (!id.isValid())
        return unavailable(id.error().message());
    return Done{};
}

} // namespace mend::platform
