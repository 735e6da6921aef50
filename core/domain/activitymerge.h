#pragma once

#include "activity.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace mend {

/** One count from a phone, a watch or an app: steps or active minutes over a span of time. */
struct ActivitySample
{
    QDate day;          // the local day the span starts on
    qint64 start = 0;   // seconds since the epoch
    qint32 seconds = 0; // the span's length; 0 for a count at one instant
    float value = 0;
    quint16 source = 0; // index into the source names (a 1 GB export holds millions of samples)
    quint16 rank = 0;   // the source's place in the priority order: 0 is preferred
};

/** What one day comes to once overlapping sources are resolved. */
struct MergedActivityDay
{
    QDate day;
    double value = 0;
    QStringList sources; // the sources that contributed, in priority order
};

/**
 * Sums a day's samples the way the Health app shows them instead of adding the phone's and the
 * watch's counts of the same walk: sources are taken in priority order (rank, then name), and a
 * source counts only the part of each span that no preferred source covers (pro rata by time).
 * A count at one instant counts unless a preferred source's span contains it. See
 * docs/activity-import.md.
 */
QList<MergedActivityDay> mergeByPriority(QList<ActivitySample> samples,
                                         const QStringList &sourceNames);

/**
 * A span that crosses local midnight as its parts on each day, its value shared pro rata by time
 * (as the Health app's daily totals share it). A span of a day or more (an app's daily summary)
 * and a count at one instant stay whole on the day they start. `utcOffset` is the record's own
 * offset from UTC in seconds; `sample.day` is the local day of its start.
 */
struct SampleParts
{
    std::array<ActivitySample, 2> parts; // no allocation: called once per record of a 1 GB file
    qsizetype count = 1;
    const ActivitySample *begin() const { return parts.data(); }
    const ActivitySample *end() const { return parts.data() + count; }
    qsizetype size() const { return count; }
    const ActivitySample &at(qsizetype i) const { return parts.at(std::size_t(i)); }
};
SampleParts splitAtLocalMidnight(const ActivitySample &sample, int utcOffset);

/**
 * A file's days from its step and active-minute samples, each resolved by priority; a day's
 * devices are those that contributed, steps' first.
 */
QList<ActivityDay> mergeDays(QList<ActivitySample> steps, QList<ActivitySample> minutes,
                             const QStringList &sourceNames);

} // namespace mend
