#pragma once

#include "domain/result.h"

#include <QIODevice>
#include <QString>
#include <functional>

namespace mend {

/**
 * Writes the file at path through a temporary file beside it: write() fills it, then it is
 * fsynced and renamed over path. When anything fails (write() returns false, the disk is full)
 * the temporary is removed, a file that was at path is left as it was, and the error says why.
 */
Status writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write);

/** The same for bytes already in memory. */
Status writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace mend
