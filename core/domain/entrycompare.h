#pragma once

#include "dailyentry.h"

#include <QList>
#include <QString>

namespace mend {

/** A value two versions of one day hold differently: its name and each side's value as text. */
struct DayDifference
{
    QString field;
    QString ours;
    QString theirs;
};

/** What differs between two versions of one day, in what the patient recorded (not ids or
 *  timestamps); empty when they hold the same. */
QList<DayDifference> dayDifferences(const DailyEntry &ours, const DailyEntry &theirs);

inline bool sameDiaryValues(const DailyEntry &a, const DailyEntry &b)
{
    return dayDifferences(a, b).isEmpty();
}

} // namespace mend
