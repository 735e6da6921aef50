#pragma once

#include "domain/reminders.h"
#include "storage/settingsrepository.h"

namespace mend {

/** The patient's reminder settings from the settings table (defaults where none are stored). */
ReminderSettings loadReminderSettings(const SettingsRepository &settings);
/** Stores every reminder setting in one transaction. */
Status saveReminderSettings(SettingsRepository &settings, const ReminderSettings &reminders);

} // namespace mend
