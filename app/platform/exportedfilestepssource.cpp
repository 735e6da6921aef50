#include "exportedfilestepssource.h"

#include "exchange/activityimport.h"

namespace mend::platform {

Result<ActivityFile> ExportedFileStepsSource::read(const QString &file,
                                                   const ActivityReadOptions &options) const
{
    return readActivityFile(file, options);
}

} // namespace mend::platform
