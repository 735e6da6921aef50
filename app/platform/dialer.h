#pragma once

#include "domain/result.h"

namespace mend::platform {

/**
 * Places a call to the clinic from the warning screen (Linux: the desktop's tel: handler, such as
 * GNOME Calls or Plasma Dialer; Android: the dial intent; iOS: a tel: URL; see docs/platforms.md).
 */
class Dialer
{
public:
    virtual ~Dialer() = default;
    /** Whether this device has an app that places calls; asked before a call is offered. */
    virtual bool canCall() const = 0;
    /** Opens the phone app with the number (as the patient wrote it) ready to call; an Error
     *  in words when no app took it. */
    virtual Status call(const QString &number) = 0;
};

} // namespace mend::platform
