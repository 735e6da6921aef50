#pragma once

#include "dailyentry.h"
#include "episode.h"
#include "metric.h"
#include "recovery.h"

#include <QList>
#include <QPointF>

namespace mend {

/** One metric over one or more whole weeks since the injection (week 0 = days 0-6). */
struct WeekBucket
{
    WeekBucket() = default;
    explicit WeekBucket(int first, int weekCount = 1) : firstWeek(first), weeks(weekCount) {}

    int firstWeek = 0;
    int weeks = 1;
    double sum = 0;
    int count = 0;
    double min = 0;
    QDate minDate;
    double max = 0;
    QDate maxDate;

    double mean() const { return sum / count; }
    /** Adds one day's value. */
    void add(const QDate &date, double value);
    /** Adds a later bucket (its days come after this one's). */
    void merge(const WeekBucket &later);
};

/**
 * A metric's weekly buckets over an episode's entries: what a chart of years draws instead of
 * every day. A save patches the weeks of the days it wrote, so a chart of ten years costs what
 * one of a year does.
 */
class WeeklySummary
{
public:
    WeeklySummary(Metric metric, const Episode &episode, const QList<DailyEntry> &entries);
    /** Reads again the weeks of these days from entries (sorted by date, already updated). */
    void patch(const QList<DailyEntry> &entries, const QList<QDate> &days);
    /** The weeks that have a value, oldest first. */
    const QList<WeekBucket> &weeks() const { return m_weeks; }
    const QString &metricKey() const { return m_metric.key; }

private:
    WeekBucket readWeek(const QList<DailyEntry> &entries, int week) const;

    Metric m_metric;
    QDate m_injection;
    QList<WeekBucket> m_weeks;
};

/**
 * The buckets of weeks firstWeek..lastWeek joined weeksPerPoint at a time; groups start at
 * multiples of weeksPerPoint, so a pan does not move them.
 */
QList<WeekBucket> joinWeeks(const QList<WeekBucket> &weeks, int firstWeek, int lastWeek,
                            int weeksPerPoint);

/** Buckets of values already by day (e.g. steps), oldest first. */
QList<WeekBucket> weeklyBuckets(const Episode &episode, const QList<DatedValue> &values);

} // namespace mend
