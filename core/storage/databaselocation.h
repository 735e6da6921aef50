#pragma once

#include <QString>

namespace mend {

/** The user's own database file in the platform's app-data folder (created if missing). */
QString defaultDatabasePath();

} // namespace mend
