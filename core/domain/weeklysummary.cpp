#include "weeklysummary.h"

#include <algorithm>

namespace mend {

namespace {

int weekIndex(const QDate &injection, const QDate &date)
{
    const qint64 day = injection.daysTo(date);
    return int(day >= 0 ? day / 7 : -((-day + 6) / 7));
}

bool beforeWeek(const WeekBucket &b, int week)
{
    return b.firstWeek < week;
}

/** Adds a day later than every day in weeks. */
void appendDay(QList<WeekBucket> &weeks, const QDate &injection, const QDate &date, double value)
{
    const int week = weekIndex(injection, date);
    if (weeks.isEmpty() || weeks.constLast().firstWeek != week)
        weeks.append(WeekBucket(week));
    weeks.last().add(date, value);
}

} // namespace

void WeekBucket::add(const QDate &date, double value)
{
    if (count == 0 || value < min) {
        min = value;
        minDate = date;
    }
    if (count == 0 || value > max) {
        max = value;
        maxDate = date;
    }
    sum += value;
    ++count;
}

void WeekBucket::merge(const WeekBucket &later)
{
    if (later.count == 0)
        return;
    if (count == 0 || later.min < min) {
        min = later.min;
        minDate = later.minDate;
    }
    if (count == 0 || later.max > max) {
        max = later.max;
        maxDate = later.maxDate;
    }
    sum += later.sum;
    count += later.count;
}

WeeklySummary::WeeklySummary(Metric metric, const Episode &episode,
                             const QList<DailyEntry> &entries)
    : m_metric(std::move(metric)), m_injection(episode.injectionDate)
{
    for (const DailyEntry &e : entries)
        if (const auto v = m_metric.read(e))
            appendDay(m_weeks, m_injection, e.date, *v);
}

WeekBucket WeeklySummary::readWeek(const QList<DailyEntry> &entries, int week) const
{
    WeekBucket bucket(week);
    const QDate first = m_injection.addDays(qint64(week) * 7);
    auto it = std::lower_bound(entries.cbegin(), entries.cend(), first,
                               [](const DailyEntry &e, const QDate &d) { return e.date < d; });
    for (; it != entries.cend() && it->date < first.addDays(7); ++it)
        if (const auto v = m_metric.read(*it))
            bucket.add(it->date, *v);
    return bucket;
}

void WeeklySummary::patch(const QList<DailyEntry> &entries, const QList<QDate> &days)
{
    for (const QDate &day : days) {
        const int week = weekIndex(m_injection, day);
        const WeekBucket fresh = readWeek(entries, week);
        const auto at = std::lower_bound(m_weeks.begin(), m_weeks.end(), week, beforeWeek);
        const bool stored = at != m_weeks.end() && at->firstWeek == week;
        if (fresh.count > 0 && stored)
            *at = fresh;
        else if (fresh.count > 0)
            m_weeks.insert(at, fresh);
        else if (stored)
            m_weeks.erase(at);
    }
}

QList<WeekBucket> joinWeeks(const QList<WeekBucket> &weeks, int firstWeek, int lastWeek,
                            int weeksPerPoint)
{
    weeksPerPoint = std::max(1, weeksPerPoint);
    const auto groupOf = [weeksPerPoint](int week) {
        return week >= 0 ? week / weeksPerPoint : -((-week + weeksPerPoint - 1) / weeksPerPoint);
    };
    QList<WeekBucket> out;
    auto it = std::lower_bound(weeks.cbegin(), weeks.cend(), firstWeek, beforeWeek);
    for (; it != weeks.cend() && it->firstWeek <= lastWeek; ++it) {
        const int start = groupOf(it->firstWeek) * weeksPerPoint;
        if (out.isEmpty() || out.constLast().firstWeek != start)
            out.append(WeekBucket(start, weeksPerPoint));
        out.last().merge(*it);
    }
    return out;
}

QList<WeekBucket> weeklyBuckets(const Episode &episode, const QList<DatedValue> &values)
{
    QList<WeekBucket> out;
    for (const DatedValue &v : values)
        appendDay(out, episode.injectionDate, v.date, v.value);
    return out;
}

} // namespace mend
