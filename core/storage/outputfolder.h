#pragma once

#include "domain/result.h"

#include <QString>

namespace mend {

/** Where reports and exports go when nobody picks a place: Documents/Mend (a phone has no file
 *  browser worth the name, and people look for their files in Documents). */
QString defaultOutputFolder();

/**
 * A path for a new file in folder, "stem.suffix" or, when that exists, "stem (2).suffix" and so
 * on, so that nothing already there is replaced. The folder is created (readable by its owner
 * only) when missing; the error says why when it cannot be.
 */
Result<QString> newOutputPath(const QString &folder, const QString &stem, const QString &suffix);

} // namespace mend
