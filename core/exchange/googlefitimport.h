#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QByteArray>

namespace mend {

/**
 * Reads Google Fit's "Daily activity metrics.csv" from Google Takeout: one row a day (Date as
 * YYYY-MM-DD), its "Step count" and "Move Minutes count" (Google's minutes of movement, taken as
 * the day's active minutes). Empty cells are days Fit has no count for.
 */
Result<ActivityFile> readGoogleFitDaily(const QByteArray &text,
                                        const ActivityReadOptions &options = {});

/** True if the first line is the daily metrics header (a Date and a Step count column). */
bool looksLikeGoogleFitDaily(const QByteArray &head);

} // namespace mend
