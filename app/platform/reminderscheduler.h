#pragma once

#include "domain/result.h"

namespace mend::platform {

/**
 * Runs `mend-cli remind` now and then while Mend is closed, so the daily log and questionnaires
 * are reminded of (Linux: a systemd user timer or an autostart helper; Android: WorkManager or
 * AlarmManager; iOS: scheduled local notifications; see docs/platforms.md).
 */
class ReminderScheduler
{
public:
    virtual ~ReminderScheduler() = default;
    virtual bool installed() const = 0;
    /** How the reminders are run, in words for the Settings screen and mend-cli. */
    virtual QString describe() const = 0;
    virtual Status install() = 0;
    /** Removes everything install() put in place; nothing is left behind. */
    virtual Status remove() = 0;
};

} // namespace mend::platform
