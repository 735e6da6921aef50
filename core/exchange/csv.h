#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mend::csv {

/** One RFC 4180 record: quotes fields that need it, CRLF at the end. */
QByteArray record(const QStringList &fields);

/**
 * Free text for a cell that a spreadsheet will open (OWASP "CSV Injection"): text that starts
 * with = + - @, a tab or a carriage return — also after any number of apostrophes — gets one
 * more apostrophe in front, so a spreadsheet shows it as text instead of running it as a
 * formula (=HYPERLINK(...)). fromSpreadsheetText removes exactly that apostrophe: the round
 * trip gives the text back unchanged.
 */
QString toSpreadsheetText(const QString &text);
QString fromSpreadsheetText(const QString &cell);

/**
 * Splits RFC 4180 text (UTF-8, optional BOM, CRLF or LF) into records. Fails on invalid UTF-8,
 * an unterminated quote or text after a closing quote, naming the line.
 */
Result<QList<QStringList>> parse(const QByteArray &text);

/** The first line of a file's first bytes, without a BOM or surrounding spaces: a header. */
QString firstLine(const QByteArray &head);

} // namespace mend::csv
