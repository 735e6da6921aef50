#pragma once

#include "domain/activity.h"
#include "domain/result.h"
#include "exchange/activityread.h"

namespace mend::platform {

/**
 * Where the day's steps and active minutes come from (Linux: an export the patient chooses, from
 * Apple Health, Health Connect, Google Fit or Fitbit; Android: Health Connect; iOS: HealthKit;
 * see docs/platforms.md). Whatever the source, core's importer previews, checks and stores the
 * days it returns.
 */
class StepsSource
{
public:
    virtual ~StepsSource() = default;
    /**
     * The days inside options' from/to, reporting progress and stopping when cancelled. file is
     * what the patient chose where the source reads exports. Called on a worker thread: an
     * implementation keeps no state between calls.
     */
    virtual Result<ActivityFile> read(const QString &file,
                                      const ActivityReadOptions &options) const = 0;
};

} // namespace mend::platform
