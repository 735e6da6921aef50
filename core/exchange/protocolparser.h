#pragma once

#include "domain/protocol.h"
#include "domain/result.h"

#include <QByteArray>

namespace mend {

/**
 * Reads and checks a protocol definition (the format of the files in assets/protocols). Errors name
 * the key path (e.g. "milestones[2].windowDays") or the line and column of a JSON syntax error.
 */
Result<Protocol> parseProtocol(const QByteArray &json);

} // namespace mend
