#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

class QIODevice;

namespace mend {

/**
 * Reads steps (HKQuantityTypeIdentifierStepCount) and active minutes
 * (HKQuantityTypeIdentifierAppleExerciseTime) from the export.xml of an iPhone's Health app,
 * streaming: memory holds the samples of the days kept, never the document. A record's day is
 * the local day written in its startDate (which carries its own UTC offset). The phone's and the
 * watch's counts of the same walk are resolved by source priority (docs/activity-import.md).
 * Entity declarations are refused: an export has none, and a "billion laughs" or an external
 * entity is an attack, not a Health export.
 */
Result<ActivityFile> readAppleHealth(QIODevice *in, const ActivityReadOptions &options = {});

/** True if the bytes start like an Apple Health export.xml. */
bool looksLikeAppleHealth(const QByteArray &head);

} // namespace mend
