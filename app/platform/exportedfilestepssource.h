#pragma once

#include "stepssource.h"

namespace mend::platform {

/** Linux desktops and phones, which keep no steps store of their own: the export file the
 *  patient chose, read by core (exchange/activityimport). */
class ExportedFileStepsSource : public StepsSource
{
public:
    Result<ActivityFile> read(const QString &file,
                              const ActivityReadOptions &options) const override;
};

} // namespace mend::platform
