#pragma once

#include "recovery.h"

namespace mend {

/** Baseline against now for one metric. */
struct MetricSummary
{
    QString metric;
    Baseline baseline;
    std::optional<double> latestAverage; ///< 7-day average ending at the latest entry
    QDate latestDate;
    std::optional<Change> change;
};

/** The headline figures of an episode as of a day. */
struct EpisodeSummary
{
    MetricSummary pain;
    int daysSinceInjection = 0;
    int daysLogged = 0;      ///< entries on or after the injection day, up to today
    int daysElapsed = 0;     ///< days from the injection day to today, inclusive
    int baselineEntries = 0; ///< entries in the 14 days before the injection
    int lateEntries = 0;
    int longestGapDays = 0; ///< most consecutive days without an entry since the injection
};

/** Summarises a metric: baseline, latest 7-day average up to today, change. */
MetricSummary summarizeMetric(const Episode &episode, const QList<DailyEntry> &entries,
                              const Metric &metric, const QDate &today);

/** Summarises an episode's diary as of today. */
EpisodeSummary summarize(const Episode &episode, const QList<DailyEntry> &entries,
                         const QDate &today);

} // namespace mend
