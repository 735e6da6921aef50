#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QString>

namespace mend {

/**
 * Reads an activity export, its format found from its content, not its name: an Apple Health
 * export.xml, or Fitbit's daily steps or daily activity CSV. Anything else is refused with the
 * list of what Mend reads.
 */
Result<ActivityFile> readActivityFile(const QString &path, const ActivityReadOptions &options = {});

} // namespace mend
