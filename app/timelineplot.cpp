#include "timelinecontroller.h"

#include "domain/downsample.h"
#include "domain/limits.h"
#include "domain/recovery.h"
#include "domain/romnorms.h"
#include "timelineseries.h"

#include <QMap>
#include <algorithm>
#include <cmath>

// The charts' series: every day of a short range, and weekly buckets (the mean as the line, each
// bucket's lowest and highest day as dots) when the range has more days than the plot has pixels.

using namespace mend;

namespace {

/** The line through the buckets' means and the dots of their lowest and highest days. */
struct BucketSeries
{
    QList<QPointF> means;
    QList<QPointF> extremes;
};

} // namespace

QList<QPointF> TimelineController::forPlot(const QList<QPointF> &points) const
{
    return pointsForPlot(points, xMin(), xMax(), plotWidth());
}

QString TimelineController::averageLabel() const
{
    const int weeks = weeksPerPoint();
    if (weeks == 0)
        return tr("7-day average");
    return weeks == 1 ? tr("Weekly average") : tr("Average of every %1 weeks").arg(weeks);
}

QString TimelineController::dailyLabel() const
{
    const int weeks = weeksPerPoint();
    if (weeks == 0)
        return tr("Daily");
    return weeks == 1 ? tr("Lowest and highest day of each week")
                      : tr("Lowest and highest day of every %1 weeks").arg(weeks);
}

const WeeklySummary &TimelineController::summary(std::optional<WeeklySummary> &cache,
                                                 const Metric &metric) const
{
    if (!cache || cache->metricKey() != metric.key)
        cache.emplace(metric, *m_diary->episode(), entries());
    return *cache;
}

void TimelineController::patchSummaries(Diary::Changes what)
{
    if (!(what & (Diary::EpisodeChange | Diary::EntriesChange)))
        return;
    const auto &days = m_diary->patchedDays();
    for (auto *cache : {&m_painWeeks, &m_romWeeks, &m_romOtherWeeks})
        if (days && !(what & Diary::EpisodeChange) && *cache)
            (*cache)->patch(entries(), *days);
        else
            cache->reset();
}

void TimelineController::fillBuckets(const QList<WeekBucket> &weeks, QAbstractSeries *means,
                                     QAbstractSeries *extremes) const
{
    const double daysPerX = m_window.daysPerX();
    // One bucket beyond each edge, so that the line runs on to it.
    const int first = int(std::floor(xMin() * daysPerX / 7.0)) - 1;
    const int last = int(std::ceil(xMax() * daysPerX / 7.0)) + 1;
    QList<QPointF> line;
    QList<QPointF> dots;
    for (const WeekBucket &b : joinWeeks(weeks, first, last, weeksPerPoint())) {
        line.append({dayX(b.firstWeek * 7 + (b.weeks * 7 - 1) / 2.0), b.mean()});
        const QPointF low(weekX(b.minDate), b.min);
        const QPointF high(weekX(b.maxDate), b.max);
        if (b.minDate == b.maxDate)
            dots.append(low);
        else if (b.minDate < b.maxDate)
            dots << low << high;
        else
            dots << high << low;
    }
    if (means)
        replaceSeries(means, line);
    replaceSeries(extremes, dots);
}

QList<DailyEntry> TimelineController::entriesBetween(const QDate &from, const QDate &to) const
{
    const auto &all = entries();
    const auto byDate = [](const DailyEntry &e, const QDate &d) { return e.date < d; };
    const auto first = std::lower_bound(all.cbegin(), all.cend(), from, byDate);
    const auto last = std::lower_bound(first, all.cend(), to.addDays(1), byDate);
    return all.mid(first - all.cbegin(), last - first); // the whole list when all is asked
}

QList<DailyEntry> TimelineController::plottedEntries() const
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return entries();
    // The visible range, the week before it (its first 7-day averages) and a day beyond each
    // edge (the lines run on to the edge): a three-month view of ten years reads three months.
    const double daysPerX = m_window.daysPerX();
    return entriesBetween(ep->injectionDate.addDays(qint64(std::floor(xMin() * daysPerX)) - 8),
                          ep->injectionDate.addDays(qint64(std::ceil(xMax() * daysPerX)) + 1));
}

void TimelineController::fillPain(QAbstractSeries *daily, QAbstractSeries *average,
                                  QAbstractSeries *baseline, QAbstractSeries *dayZero) const
{
    const auto &ep = m_diary->episode();
    if (ep && weeksPerPoint() > 0) {
        fillBuckets(summary(m_painWeeks, Metric::painAverage()).weeks(), average, daily);
    } else {
        const QList<DailyEntry> shown = plottedEntries();
        QList<QPointF> points;
        points.reserve(shown.size());
        for (const auto &e : shown)
            points.append({weekX(e.date), double(e.painAverage)});
        replaceSeries(daily, forPlot(points));
        QList<QPointF> avg;
        for (const auto &p : rollingSeries(shown, Metric::painAverage()))
            avg.append({weekX(p.date), p.value});
        replaceSeries(average, forPlot(avg));
    }

    const auto b = ep ? baselineOf(*ep,
                                   entriesBetween(ep->injectionDate.addDays(-kBaselineWindowDays),
                                                  ep->injectionDate.addDays(-1)),
                                   Metric::painAverage())
                      : Baseline{};
    replaceSeries(baseline, b.value ? QList<QPointF>{{xMin(), *b.value}, {xMax(), *b.value}}
                                    : QList<QPointF>{});
    replaceSeries(dayZero, {{0.0, double(kPainMin)}, {0.0, double(kPainMax)}});
}

void TimelineController::fillRom(QAbstractSeries *treatedDaily, QAbstractSeries *treated,
                                 QAbstractSeries *other, QAbstractSeries *normal) const
{
    if (m_diary->episode() && weeksPerPoint() > 0) {
        fillBuckets(summary(m_romWeeks, Metric::rom(m_romMovement)).weeks(), treated, treatedDaily);
        fillBuckets(summary(m_romOtherWeeks, Metric::rom(m_romMovement, RomSide::Other)).weeks(),
                    nullptr, other);
    } else {
        const QList<DailyEntry> shown = plottedEntries();
        QList<QPointF> daily;
        for (const auto &e : shown)
            if (const auto v = e.romValue(m_romMovement, RomSide::Treated))
                daily.append({weekX(e.date), double(*v)});
        replaceSeries(treatedDaily, forPlot(daily));
        QList<QPointF> t;
        for (const auto &p : rollingSeries(shown, Metric::rom(m_romMovement)))
            t.append({weekX(p.date), p.value});
        replaceSeries(treated, forPlot(t));
        QList<QPointF> o;
        for (const auto &e : shown)
            if (const auto v = e.romValue(m_romMovement, RomSide::Other))
                o.append({weekX(e.date), double(*v)});
        replaceSeries(other, forPlot(o));
    }
    const auto m = mend::romMovement(m_romMovement);
    replaceSeries(normal,
                  m ? QList<QPointF>{{xMin(), double(m->normalMax)}, {xMax(), double(m->normalMax)}}
                    : QList<QPointF>{});
}

void TimelineController::fillActivity(QAbstractSeries *daily, QAbstractSeries *average) const
{
    const QList<DaySteps> &steps = data().steps; // one per day, oldest first
    if (const auto &ep = m_diary->episode(); ep && weeksPerPoint() > 0) {
        // The buckets straight from the days: they are in order already.
        QList<DatedValue> days;
        days.reserve(steps.size());
        for (const DaySteps &d : steps)
            days.append({d.date, double(d.steps)});
        fillBuckets(weeklyBuckets(*ep, days), average, daily);
        return;
    }
    QMap<QDate, double> byDate;
    QList<QPointF> points;
    for (const DaySteps &d : steps) {
        byDate.insert(d.date, double(d.steps));
        points.append({weekX(d.date), double(d.steps)});
    }
    replaceSeries(daily, forPlot(points));
    QList<QPointF> line;
    for (const auto &p : rollingSeries(byDate))
        line.append({weekX(p.date), p.value});
    replaceSeries(average, forPlot(line));
}

std::pair<double, double> TimelineController::romReadingsRange() const
{
    const auto m = mend::romMovement(m_romMovement);
    std::pair<double, double> range{0.0, m ? m->normalMax : 90.0};
    if (!m_diary->episode())
        return range;
    for (const auto *weeks :
         {&summary(m_romWeeks, Metric::rom(m_romMovement)).weeks(),
          &summary(m_romOtherWeeks, Metric::rom(m_romMovement, RomSide::Other)).weeks()})
        for (const WeekBucket &b : *weeks) {
            range.first = std::min(range.first, b.min);
            range.second = std::max(range.second, b.max);
        }
    return range;
}

double TimelineController::romMin() const
{
    return std::floor(romReadingsRange().first / 10.0) * 10.0;
}

double TimelineController::romMax() const
{
    return std::max(10.0, std::ceil((romReadingsRange().second + 5) / 10.0) * 10.0);
}

double TimelineController::stepsMax() const
{
    qint64 hi = 1000;
    for (const DaySteps &d : data().steps)
        hi = std::max(hi, d.steps);
    return std::ceil(double(hi) * 1.1 / 1000.0) * 1000.0;
}
