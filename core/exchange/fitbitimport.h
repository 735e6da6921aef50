#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QByteArray>

namespace mend {

/**
 * Reads Fitbit's daily CSV forms: dailySteps (Id, ActivityDay, StepTotal) and dailyActivity
 * (Id, ActivityDate, TotalSteps, …, VeryActiveMinutes, FairlyActiveMinutes: Fitbit's active
 * minutes are the two added). Dates are M/D/YYYY. A file with several people's Ids needs
 * options.sourceId and refuses to guess.
 */
Result<ActivityFile> readFitbitDaily(const QByteArray &text,
                                     const ActivityReadOptions &options = {});

/** True if the first line is one of Fitbit's daily headers. */
bool looksLikeFitbitDaily(const QByteArray &head);

} // namespace mend
