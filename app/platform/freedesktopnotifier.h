#pragma once

#include "notifier.h"

#include <QDBusConnection>

namespace mend::platform {

/** A notification through org.freedesktop.Notifications on the session bus (Linux desktops and
 *  phones: GNOME, Plasma, Phosh, Sxmo's dunst, ...). */
class FreedesktopNotifier : public Notifier
{
public:
    explicit FreedesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus());
    Status notify(const NotificationText &text) override;

    /** The body as sent: a server that reads markup in bodies gets the text with &, < and >
     *  escaped, so nothing a file put in a name can become a link or an image. */
    static QString bodyFor(const QString &text, bool serverReadsMarkup);

private:
    QDBusConnection m_bus;
};

} // namespace mend::platform
