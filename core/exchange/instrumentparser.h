#pragma once

#include "domain/instrument.h"
#include "domain/result.h"

#include <QByteArray>

namespace mend {

/**
 * Reads and checks an instrument definition (the format of the files in assets/instruments and of
 * those files a clinic installs). Errors name the key path (e.g. "scales[0].table[12]") or the line
 * and column of a JSON syntax error.
 */
Result<Instrument> parseInstrument(const QByteArray &json);

} // namespace mend
