#include "episodesummary.h"

#include "limits.h"

#include <algorithm>

namespace mend {

MetricSummary summarizeMetric(const Episode &episode, const QList<DailyEntry> &entries,
                              const Metric &metric, const QDate &today)
{
    MetricSummary s;
    s.metric = metric.key;
    s.baseline = baselineOf(episode, entries, metric);
    for (const auto &entry : entries)
        if (entry.date <= today && entry.date > s.latestDate && metric.read(entry))
            s.latestDate = entry.date;
    if (s.latestDate.isValid())
        s.latestAverage = rollingAverage(entries, s.latestDate, metric);
    if (s.baseline.value && s.latestAverage && s.latestDate >= episode.injectionDate)
        s.change = changeFrom(*s.baseline.value, *s.latestAverage);
    return s;
}

EpisodeSummary summarize(const Episode &episode, const QList<DailyEntry> &entries,
                         const QDate &today)
{
    EpisodeSummary s;
    s.pain = summarizeMetric(episode, entries, Metric::painAverage(), today);
    s.daysSinceInjection = dayOf(episode, today);
    s.daysElapsed = std::max(0, s.daysSinceInjection + 1);
    const QDate baselineStart = episode.injectionDate.addDays(-kBaselineWindowDays);
    for (const auto &entry : entries) {
        if (entry.date >= episode.injectionDate && entry.date <= today)
            ++s.daysLogged;
        else if (entry.date >= baselineStart && entry.date < episode.injectionDate)
            ++s.baselineEntries;
        if (entry.late)
            ++s.lateEntries;
    }
    // Runs of days without an entry from the injection day on; today may still be logged later.
    QList<QDate> logged;
    for (const auto &entry : entries)
        if (entry.date >= episode.injectionDate && entry.date <= today)
            logged.append(entry.date);
    std::sort(logged.begin(), logged.end());
    QDate previous = episode.injectionDate.addDays(-1);
    for (const auto &d : logged) {
        s.longestGapDays = std::max(s.longestGapDays, int(previous.daysTo(d)) - 1);
        previous = d;
    }
    if (today >= episode.injectionDate)
        s.longestGapDays = std::max(s.longestGapDays, int(previous.daysTo(today)) - 1);
    return s;
}

} // namespace mend
