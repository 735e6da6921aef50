#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QString>

namespace mend {

/** The database inside Android's "Health Connect.zip" export. */
inline constexpr char kHealthConnectDatabase[] = "health_connect_export.db";

/**
 * Reads steps (steps_record_table) and exercise sessions (exercise_session_record_table: their
 * minutes are the day's active minutes) from the SQLite database of a Health Connect export,
 * opened read-only. A record's day is the local day of its start (start_time in UTC
 * milliseconds plus start_zone_offset in seconds). Apps that counted the same time are resolved
 * by Health Connect's own priority list for activity (health_data_category_priority_table), apps
 * not on it after, the one added last first; see docs/activity-import.md.
 */
Result<ActivityFile> readHealthConnect(const QString &databasePath,
                                       const ActivityReadOptions &options = {});

} // namespace mend
