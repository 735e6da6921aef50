#pragma once

#include "dialer.h"

#include <QString>
#include <future>

namespace mend::platform {

/**
 * Linux desktops and phones: the application registered for x-scheme-handler/tel (GNOME Calls
 * on Phosh, Plasma Dialer on Plasma Mobile), found with `xdg-mime` and started with `xdg-open`.
 * A desktop has none, and then nothing is offered: the warning screen shows the number to dial.
 * The handler is asked for once, on a worker thread from construction: the red alert, which asks
 * whether it can offer a call, must not wait on a shell script (xdg-mime can take seconds).
 */
class LinuxDialer : public Dialer
{
public:
    /** The two xdg-utils programs, by name (looked up on PATH) or by path. */
    explicit LinuxDialer(QString xdgMime = QStringLiteral("xdg-mime"),
                         QString xdgOpen = QStringLiteral("xdg-open"));

    bool canCall() const override;
    Status call(const QString &number) override;

    /** The desktop entry that handles tel: URLs, or "" when there is none (as found at start). */
    QString telHandler() const;

private:
    QString m_xdgOpen;
    std::shared_future<QString> m_telHandler;
};

} // namespace mend::platform
