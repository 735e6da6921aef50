#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QString>

namespace mend {

/**
 * Reads an activity export, its format found from its content, not its name: Apple Health's
 * export.zip or the export.xml in it; Android Health Connect's zip or its database; Google Fit's
 * daily metrics CSV; Samsung Health's daily step summary CSV; Fitbit's daily steps or daily
 * activity CSV (each CSV also inside a zip). Anything else is refused with the list of what Mend
 * reads.
 */
Result<ActivityFile> readActivityFile(const QString &path, const ActivityReadOptions &options = {});

/** True if the first bytes are one of the activity exports Mend reads (or a zip). */
bool looksLikeActivityExport(const QByteArray &head);

} // namespace mend
