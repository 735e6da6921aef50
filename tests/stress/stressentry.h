#pragma once

#include "domain/dailyentry.h"

#include <QDate>

/** The stress writer's entries: day index i's values follow from i alone, so any can be checked. */
namespace stress {

inline QDate injectionDate()
{
    return QDate(2000, 1, 2);
}

/** Day indexes per database file before the driver starts a new one (all before today). */
constexpr int kDaysPerFile = 9000;

/** The app's own days in the kill-stress test start here, after every writer day. */
inline QDate firstAppDay()
{
    return injectionDate().addDays(1 + kDaysPerFile + 30);
}

inline mend::DailyEntry entryFor(int i)
{
    mend::DailyEntry e;
    e.date = injectionDate().addDays(1 + i);
    e.painAverage = i % 11;
    e.painRest = (i * 3) % 11;
    e.steps = (i * 7919) % 30000;
    e.note = QStringLiteral("entry %1 — ü").arg(i);
    e.rom = {{QStringLiteral("knee-flexion"), 40 + i % 100, mend::RomSide::Treated}};
    return e;
}

} // namespace stress
