#pragma once

#include "dailyentry.h"
#include "episode.h"

#include <QList>
#include <QString>

namespace mend {

/**
 * Mend's reading of "increasing" (clinical reference §5.3) [D]: a rise against the previous entry,
 * if that entry is at most this many days older (a longer gap says nothing about the trend).
 */
inline constexpr int kTrendGapDays = 3;
/** How far back the rules look from an entry: two trend steps. */
inline constexpr int kRedFlagLookbackDays = 2 * kTrendGapDays;

enum class AlertSeverity
{
    ContactClinic,
    Emergency
};

/** One red-flag rule tripped by an entry, with the reason in plain words. */
struct RedFlag
{
    QString rule;   ///< stable key, e.g. "fever"
    QString reason; ///< for the patient, e.g. "Temperature 38.4 °C on day 3 after the injection"
    AlertSeverity severity = AlertSeverity::ContactClinic;
};

/**
 * The red-flag rules (clinical reference §5.3) that an entry trips. others are the episode's other
 * entries (any order; the entry itself may be among them); baselinePain is the episode's pain
 * baseline. Entries before the injection day trip nothing.
 */
QList<RedFlag> redFlagsFor(const DailyEntry &entry, const Episode &episode,
                           const QList<DailyEntry> &others, double baselinePain);

QString severityKey(AlertSeverity severity);
std::optional<AlertSeverity> severityFromKey(const QString &key);

} // namespace mend
