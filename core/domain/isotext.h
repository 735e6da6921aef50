#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <string_view>

namespace mend {

/** Exactly "yyyy-MM-dd" in ASCII, else an invalid date; without Qt's general parser. */
QDate isoDate(std::string_view text);

/**
 * A timestamp: the shape Mend writes ("yyyy-MM-ddThh:mm:ss.zzzZ", a UTC time) is read directly,
 * anything else (an offset, no milliseconds) by QDateTime's ISO parser.
 */
QDateTime isoTimestamp(std::string_view text);

/** "yyyy-MM-dd" as Qt::ISODate writes it (empty for an invalid date). */
QByteArray isoDateText(const QDate &date);

/** As Qt::ISODateWithMs writes it; a UTC time (what Mend stores) without Qt's formatter. */
QByteArray isoTimestampText(const QDateTime &time);

} // namespace mend
