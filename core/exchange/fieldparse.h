#pragma once

#include "domain/dailyentry.h"
#include "domain/result.h"
#include "domain/treatment.h"

#include <QDate>
#include <QString>

namespace mend {

/** Text typed by a person (CLI argument, form field) to typed values, with errors naming the field.
 */
namespace parse {

/** A whole number such as "42" or "-5"; surrounding spaces are allowed. */
Result<int> integer(const QString &field, const QString &text);
/** A decimal number such as "38.4" (a comma as decimal separator is accepted too). */
Result<double> decimal(const QString &field, const QString &text, const QString &unit = {});
/** An ISO-8601 calendar date, YYYY-MM-DD. */
Result<QDate> date(const QString &field, const QString &text);
/** "movement=degrees", e.g. "knee-flexion=110". */
Result<RomReading> romReading(const QString &text, RomSide side = RomSide::Treated);
/** "yes"/"no" style flags: yes, no, true, false, 1, 0. */
Result<bool> flag(const QString &field, const QString &text);

/** One of an enumeration's keys, e.g. "knee" for BodySite. */
template <typename E> Result<E> choice(const QString &field, const QString &text)
{
    if (auto v = fromKey<E>(text.trimmed()))
        return *v;
    return Error{field, QStringLiteral("'%1' is not one of: %2").arg(text, keyList<E>())};
}

} // namespace parse
} // namespace mend
