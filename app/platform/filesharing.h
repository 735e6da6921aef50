#pragma once

#include "domain/result.h"

namespace mend::platform {

/**
 * Where reports and exports are saved, and how a saved one is opened or passed on (Linux: a
 * folder in Documents and the desktop's viewer; Android: the share sheet or "Save to…"; iOS: the
 * share sheet; see docs/platforms.md).
 */
class FileSharing
{
public:
    virtual ~FileSharing() = default;
    /** Where files go when the patient picks no place. */
    virtual QString folder() const = 0;
    /** A path there for a new file that replaces nothing ("stem.suffix", "stem (2).suffix"…);
     *  an Error in words when the folder cannot be used. */
    virtual Result<QString> newFile(const QString &stem, const QString &suffix) = 0;
    /** Shows a saved file in the device's viewer, or offers it to pass on; an Error in words
     *  when nothing can. */
    virtual Status open(const QString &path) = 0;
};

} // namespace mend::platform
