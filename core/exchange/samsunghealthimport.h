#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QByteArray>

namespace mend {

/**
 * Reads Samsung Health's daily step summary
 * (com.samsung.shealth.tracker.pedometer_day_summary.<time>.csv from "Download personal data"):
 * the first line names the table, the second is the header; day_time is the day (local midnight,
 * written as a date and time or as milliseconds), step_count its steps and active_time its active
 * milliseconds. Samsung writes a row per device for a day (phone, watch, and its own combined
 * count): the same walk counted by several, so the day takes the row with the most steps, never
 * their sum.
 */
Result<ActivityFile> readSamsungHealthDaily(const QByteArray &text,
                                            const ActivityReadOptions &options = {});

/** True if the first line names Samsung Health's pedometer day summary. */
bool looksLikeSamsungHealthDaily(const QByteArray &head);

} // namespace mend
