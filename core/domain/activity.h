#pragma once

#include "dailyentry.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mend {

/** A day's steps and active minutes as a phone, a watch or an app counted them. */
struct ActivityDay
{
    QDate day;
    std::optional<qint64> steps;
    std::optional<int> activeMinutes;
    QStringList devices; // who counted what was kept, preferred first
};

/** What one source in a file counted, before overlapping sources were resolved. */
struct ActivitySourceTotal
{
    QString source;
    qint64 records = 0;
    double steps = 0;
    double activeMinutes = 0;
};

/** An activity export as read: its days and what each source in it counted. */
struct ActivityFile
{
    QString format; // "Apple Health", "Fitbit", …: also the source its days are stored under
    QList<ActivityDay> days;
    QList<ActivitySourceTotal> sources;
    qint64 records = 0;        // step and active-minute records read
    qint64 skippedOutside = 0; // of them, outside the days asked for
    QStringList notes;         // how the file was read, where a person should know it
};

/** A day of imported activity as stored, with the export it came from. */
struct StoredActivityDay
{
    ActivityDay activity;
    QString source;
    QDateTime importedAt;
};

/** A day's steps as the charts and the report show them. */
struct DaySteps
{
    QDate date;
    qint64 steps = 0;
    QString source; // empty: typed by the patient
};

/**
 * Per day, oldest first: the steps the patient typed, else an export's (of several exports for
 * one day, the one imported last). An export never overrides a typed value.
 */
QList<DaySteps> stepsByDay(const QList<DailyEntry> &entries,
                           const QList<StoredActivityDay> &imported);

/** Which exports fill days the patient did not type (first seen first), and how many days. */
struct ImportedSteps
{
    QStringList sources;
    int days = 0;
    bool any() const { return days > 0; }
};
ImportedSteps importedSteps(const QList<DaySteps> &days);

} // namespace mend
