#include "activitymerge.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace mend {

namespace {

struct Span
{
    qint64 start;
    qint64 end;
};

/** Seconds of [start, end) that the sorted, disjoint spans cover. */
qint64 coveredSeconds(const QList<Span> &covered, qint64 start, qint64 end)
{
    qint64 seconds = 0;
    auto it = std::lower_bound(covered.begin(), covered.end(), start,
                               [](const Span &s, qint64 t) { return s.end <= t; });
    for (; it != covered.end() && it->start < end; ++it)
        seconds += std::min(end, it->end) - std::max(start, it->start);
    return seconds;
}

bool containsInstant(const QList<Span> &covered, qint64 t)
{
    auto it = std::lower_bound(covered.begin(), covered.end(), t,
                               [](const Span &s, qint64 u) { return s.end <= u; });
    return it != covered.end() && it->start <= t;
}

/** Adds spans and keeps the list sorted and disjoint. */
void addSpans(QList<Span> *covered, QList<Span> added)
{
    added.append(*covered);
    std::sort(added.begin(), added.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &s : added) {
        if (!merged.isEmpty() && s.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged.append(s);
    }
    *covered = merged;
}

MergedActivityDay mergeDay(QList<ActivitySample> samples, const QStringList &names)
{
    std::stable_sort(samples.begin(), samples.end(),
                     [&names](const ActivitySample &a, const ActivitySample &b) {
                         if (a.rank != b.rank)
                             return a.rank < b.rank;
                         return names.value(a.source) < names.value(b.source);
                     });
    MergedActivityDay day{samples.first().day, 0, {}};
    QList<Span> covered; // by the sources already taken
    for (qsizetype i = 0; i < samples.size();) {
        const quint16 source = samples.at(i).source;
        QList<Span> spans;
        double counted = 0;
        for (; i < samples.size() && samples.at(i).source == source; ++i) {
            const ActivitySample &s = samples.at(i);
            if (s.seconds > 0) {
                const qint64 end = s.start + s.seconds;
                const qint64 free = s.seconds - coveredSeconds(covered, s.start, end);
                counted += double(s.value) * double(free) / double(s.seconds);
                spans.append({s.start, end});
            } else if (!containsInstant(covered, s.start)) {
                counted += s.value;
            }
        }
        if (counted > 0) {
            day.value += counted;
            day.sources.append(names.value(source));
        }
        addSpans(&covered, spans);
    }
    return day;
}

} // namespace

SampleParts splitAtLocalMidnight(const ActivitySample &sample, int utcOffset)
{
    constexpr qint64 kDay = 86400;
    SampleParts whole;
    whole.parts[0] = sample;
    if (sample.seconds <= 0 || sample.seconds >= kDay)
        return whole;
    const qint64 localStart = sample.start + utcOffset;
    const qint64 sinceMidnight = ((localStart % kDay) + kDay) % kDay;
    const qint64 untilMidnight = kDay - sinceMidnight;
    if (sample.seconds <= untilMidnight)
        return whole;
    ActivitySample before = sample;
    before.seconds = qint32(untilMidnight);
    before.value = float(double(sample.value) * double(untilMidnight) / double(sample.seconds));
    ActivitySample after = sample;
    after.day = sample.day.addDays(1);
    after.start = sample.start + untilMidnight;
    after.seconds = sample.seconds - before.seconds;
    after.value = sample.value - before.value;
    return SampleParts{{before, after}, 2};
}

QList<MergedActivityDay> mergeByPriority(QList<ActivitySample> samples,
                                         const QStringList &sourceNames)
{
    QMap<QDate, QList<ActivitySample>> byDay;
    for (ActivitySample &s : samples)
        byDay[s.day].append(std::move(s));
    QList<MergedActivityDay> out;
    out.reserve(byDay.size());
    for (auto it = byDay.begin(); it != byDay.end(); ++it)
        out.append(mergeDay(std::move(it.value()), sourceNames));
    return out;
}

QList<ActivityDay> mergeDays(QList<ActivitySample> steps, QList<ActivitySample> minutes,
                             const QStringList &sourceNames)
{
    QMap<QDate, ActivityDay> days;
    for (const MergedActivityDay &d : mergeByPriority(std::move(steps), sourceNames)) {
        ActivityDay &day = days[d.day];
        day.day = d.day;
        day.steps = qRound64(d.value);
        day.devices = d.sources;
    }
    for (const MergedActivityDay &d : mergeByPriority(std::move(minutes), sourceNames)) {
        ActivityDay &day = days[d.day];
        day.day = d.day;
        day.activeMinutes = std::min(1440, int(std::lround(d.value)));
        for (const QString &s : d.sources)
            if (!day.devices.contains(s))
                day.devices.append(s);
    }
    return days.values();
}

} // namespace mend
