#pragma once

#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/result.h"

#include <QVariantMap>

/**
 * The daily-entry form as QML sees it: a map of field name to value. Pain and symptom grades
 * are ints (-1 = not given), text fields are strings, ROM is a map movement -> text.
 */
namespace entryform {

/** The form's values for an entry (or an empty form when there is none). */
QVariantMap toForm(const std::optional<mend::DailyEntry> &entry);

/** The entry the form describes, or the first field that cannot be read. Ranges are checked later
 *  by the core validation. */
mend::Result<mend::DailyEntry> fromForm(const QVariantMap &form, const QDate &date);

} // namespace entryform
