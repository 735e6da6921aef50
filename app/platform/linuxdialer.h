#pragma once

#include "dialer.h"

#include <QString>

namespace mend::platform {

/**
 * Linux desktops and phones: the application registered for x-scheme-handler/tel (GNOME Calls
 * on Phosh, Plasma Dialer on Plasma Mobile), found with `xdg-mime` and started with `xdg-open`.
 * A desktop has none, and then nothing is offered: the warning screen shows the number to dial.
 */
class LinuxDialer : public Dialer
{
public:
    /** The two xdg-utils programs, by name (looked up on PATH) or by path. */
    explicit LinuxDialer(QString xdgMime = QStringLiteral("xdg-mime"),
                         QString xdgOpen = QStringLiteral("xdg-open"));

    bool canCall() const override;
    Status call(const QString &number) override;

    /** The desktop entry that handles tel: URLs, or "" when there is none. */
    QString telHandler() const;

private:
    QString m_xdgMime;
    QString m_xdgOpen;
};

} // namespace mend::platform
