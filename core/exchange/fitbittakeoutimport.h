#pragma once

#include "activityread.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QTimeZone>

namespace mend {

/**
 * Reads Fitbit's account export (Google Takeout's "Fitbit/Global Export Data", or the older
 * MyFitbitData "Physical Activity" folder), a file at a time:
 * - steps-YYYY-MM-DD.json: a step count per minute, [{"dateTime": "MM/DD/YY hh:mm:ss",
 *   "value": "12"}, …]. The times carry no zone; Fitbit writes them in UTC, so each minute is
 *   placed on its day in `zone` (the account's, from Profile.csv, else this machine's).
 * - very_active_minutes-… and moderately_active_minutes-….json: a value per day (its date is
 *   the day); Fitbit's active minutes are the two added, as in its daily CSV.
 * See docs/activity-import.md.
 */
class FitbitTakeoutReader
{
public:
    FitbitTakeoutReader(QTimeZone zone, ActivityReadOptions options);

    /** True for the entry names this reader takes (its folder does not matter). */
    static bool takes(const QString &entryName);
    /** The IANA zone in the export's Profile.csv ("timezone" column), if it names a valid one. */
    static QTimeZone zoneFromProfile(const QByteArray &profileCsv);

    /** Adds one file; the error names the file and the record. */
    Status add(const QString &entryName, const QByteArray &text);
    /** The days read, once every file is added. An export without step files is refused. */
    Result<ActivityFile> finish();

private:
    Status addSteps(const QString &name, const QByteArray &text);
    Status addActiveMinutes(const QString &name, const QByteArray &text);

    QTimeZone m_zone;
    ActivityReadOptions m_options;
    QHash<QDate, qint64> m_steps;
    QHash<QDate, int> m_minutes;
    QHash<QDate, qint64> m_recordsByDay;
    qint64 m_stepRecords = 0;
    qint64 m_minuteRecords = 0;
};

/** True if these first bytes look like one of Fitbit's JSON arrays of {dateTime, value}. */
bool looksLikeFitbitJson(const QByteArray &head);

} // namespace mend
