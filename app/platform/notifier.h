#pragma once

#include "domain/reminders.h"
#include "domain/result.h"

namespace mend::platform {

/** Shows a notification outside Mend's window (Linux: the desktop's notification service;
 *  Android: NotificationManager; iOS: UNUserNotificationCenter; see docs/platforms.md). */
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual Status notify(const NotificationText &text) = 0;
};

} // namespace mend::platform
