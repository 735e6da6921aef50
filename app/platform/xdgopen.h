#pragma once

#include <QString>

namespace mend::platform {

/** A program given by name (looked up on PATH) or by path; "" when it is not there. */
QString findProgram(const QString &nameOrPath);

/** Hands target (a tel: URL, a file) to `xdg-open`, which starts the desktop's application for
 *  it and returns; false when xdg-open is missing or cannot be started. */
bool xdgOpen(const QString &xdgOpenProgram, const QString &target);

} // namespace mend::platform
