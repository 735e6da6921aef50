#pragma once

#include "dailyentry.h"
#include "episode.h"
#include "metric.h"

#include <QList>
#include <QMap>
#include <optional>

namespace mend {

enum class BaselineSource
{
    PreInjectionEntries,
    EpisodeSetup,
    None
};

/** The pre-injection reference value of a metric. */
struct Baseline
{
    std::optional<double> value;
    BaselineSource source = BaselineSource::None;
    int entryCount = 0; ///< entries averaged (0 when from set-up or missing)
};

/** Change from baseline: current minus baseline, and that as a percent of baseline. */
struct Change
{
    double absolute = 0;
    std::optional<double> percent; ///< none when the baseline is 0
};

/** A dated value, e.g. one point of a 7-day average. */
struct DatedValue
{
    QDate date;
    double value = 0;
};

inline constexpr int kRollingWindowDays = 7;

/** Day number since the injection: 0 on injection day, negative before it. */
int dayOf(const Episode &episode, const QDate &date);
/** Week number since the injection: days 0-6 are week 0, days -7..-1 are week -1. */
int weekOf(const Episode &episode, const QDate &date);

/** Mean of the metric over entries in the 14 days before injection; else the set-up value (pain).
 */
Baseline baselineOf(const Episode &episode, const QList<DailyEntry> &entries, const Metric &metric);

/** Mean of the metric over entries dated in [end - 6 days, end]; none without a value there. */
std::optional<double> rollingAverage(const QList<DailyEntry> &entries, const QDate &end,
                                     const Metric &metric, int windowDays = kRollingWindowDays);

/** The 7-day average at every date that has a value, oldest first (entries in any order). */
QList<DatedValue> rollingSeries(const QList<DailyEntry> &entries, const Metric &metric,
                                int windowDays = kRollingWindowDays);
/** The same over values already by date (e.g. steps typed or imported). */
QList<DatedValue> rollingSeries(const QMap<QDate, double> &byDate,
                                int windowDays = kRollingWindowDays);

/** current - baseline, and the percent of baseline. */
Change changeFrom(double baseline, double current);

} // namespace mend
