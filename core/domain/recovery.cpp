#include "recovery.h"

#include "limits.h"

#include <QMap>
#include <cmath>

namespace mend {

int dayOf(const Episode &episode, const QDate &date)
{
    return int(episode.injectionDate.daysTo(date));
}

int weekOf(const Episode &episode, const QDate &date)
{
    return int(std::floor(dayOf(episode, date) / 7.0));
}

Baseline baselineOf(const Episode &episode, const QList<DailyEntry> &entries, const Metric &metric)
{
    const QDate first = episode.injectionDate.addDays(-kBaselineWindowDays);
    double sum = 0;
    int count = 0;
    for (const auto &entry : entries) {
        if (entry.date < first || entry.date >= episode.injectionDate)
            continue;
        if (const auto v = metric.read(entry)) {
            sum += *v;
            ++count;
        }
    }
    if (count > 0)
        return {sum / count, BaselineSource::PreInjectionEntries, count};
    if (metric.key == Metric::painAverage().key)
        return {double(episode.baselinePain), BaselineSource::EpisodeSetup, 0};
    return {};
}

std::optional<double> rollingAverage(const QList<DailyEntry> &entries, const QDate &end,
                                     const Metric &metric, int windowDays)
{
    const QDate start = end.addDays(-(windowDays - 1));
    double sum = 0;
    int count = 0;
    for (const auto &entry : entries) {
        if (entry.date < start || entry.date > end)
            continue;
        if (const auto v = metric.read(entry)) {
            sum += *v;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

QList<DatedValue> rollingSeries(const QList<DailyEntry> &entries, const Metric &metric,
                                int windowDays)
{
    QMap<QDate, double> byDate;
    for (const auto &entry : entries)
        if (const auto v = metric.read(entry))
            byDate.insert(entry.date, *v);
    return rollingSeries(byDate, windowDays);
}

QList<DatedValue> rollingSeries(const QMap<QDate, double> &byDate, int windowDays)
{
    // Sliding window over the sorted dates: each value enters once and leaves once.
    QList<DatedValue> out;
    out.reserve(byDate.size());
    auto tail = byDate.cbegin();
    double sum = 0;
    int count = 0;
    for (auto head = byDate.cbegin(); head != byDate.cend(); ++head) {
        sum += head.value();
        ++count;
        const QDate start = head.key().addDays(-(windowDays - 1));
        while (tail.key() < start) {
            sum -= tail.value();
            --count;
            ++tail;
        }
        out.append({head.key(), sum / count});
    }
    return out;
}

Change changeFrom(double baseline, double current)
{
    Change c;
    c.absolute = current - baseline;
    if (baseline != 0)
        c.percent = c.absolute / baseline * 100.0;
    return c;
}

} // namespace mend
