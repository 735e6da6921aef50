#pragma once

#include "storage/settingsrepository.h"

#include <QString>

namespace mend {

/** The language chosen in Settings and kept in the diary ("es", "en"), or "system" for the
 *  phone's: what the app and mend-cli's reminders speak. */
QString storedLanguage(const SettingsRepository &settings);

} // namespace mend
