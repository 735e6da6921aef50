#pragma once

#include "dailyentry.h"
#include "episode.h"
#include "result.h"

#include <QList>

namespace mend {

/** Checks every field of an episode; the error names the field, the value and what is allowed. */
Status validateEpisode(const Episode &episode, const QDate &today);

/** The identifier a patient gives for their clinic's records: up to 64 printable characters. */
Status validatePatientIdentifier(const QString &identifier);

/** The clinic's phone number for the warning screen: empty, or digits with spaces, - . ( ) and
 *  one leading +, at least 3 digits and at most 30 characters. */
Status validatePhoneNumber(const QString &phone);
/** A valid phone number as a tel: link (RFC 3966): "tel:" and its digits, with the + kept. */
QString telUri(const QString &phone);

/**
 * Checks every field of a daily entry against its episode (site, injection date) and today. A
 * date after today is refused, except for an entry written on or after its own date (createdAt):
 * one saved while the device's clock was ahead, already in a diary or in an export of it, stays
 * editable and importable (and is shown as dated after today).
 */
Status validateEntry(const DailyEntry &entry, const Episode &episode, const QDate &today);
/** Every problem validateEntry would find, in the form's order (the first is the one it returns),
 *  so a form can mark all its wrong fields at once; empty when the entry is valid. */
QList<Error> entryProblems(const DailyEntry &entry, const Episode &episode, const QDate &today);

} // namespace mend
