#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mend::csv {

/** One RFC 4180 record: quotes fields that need it, CRLF at the end. */
QByteArray record(const QStringList &fields);

/**
 * Splits RFC 4180 text (UTF-8, optional BOM, CRLF or LF) into records. Fails on invalid UTF-8,
 * an unterminated quote or text after a closing quote, naming the line.
 */
Result<QList<QStringList>> parse(const QByteArray &text);

} // namespace mend::csv
