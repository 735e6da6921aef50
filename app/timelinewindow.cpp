#include "timelinewindow.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

const QList<TimelineWindow::Range> &TimelineWindow::ranges()
{
    static const QList<Range> all{
        {"2w", QT_TRANSLATE_NOOP("TimelineController", "2 weeks"), 14},
        {"3m", QT_TRANSLATE_NOOP("TimelineController", "3 months"), 91},
        {"1y", QT_TRANSLATE_NOOP("TimelineController", "1 year"), 365},
        {"all", QT_TRANSLATE_NOOP("TimelineController", "All"), 0},
    };
    return all;
}

bool TimelineWindow::setRange(const QString &key)
{
    for (const auto &r : ranges())
        if (key == QLatin1String(r.key)) {
            m_range = key;
            m_view.reset();
            return true;
        }
    return false;
}

bool TimelineWindow::setMonths(bool months)
{
    if (months == m_months)
        return false;
    m_months = months;
    m_view.reset();
    return true;
}

double TimelineWindow::daysPerX() const
{
    return m_months ? kDaysPerMonth : 7.0;
}

bool TimelineWindow::setPlotWidth(int pixels)
{
    pixels = std::clamp(pixels, 10, 10000);
    if (pixels == m_plotWidth)
        return false;
    m_plotWidth = pixels;
    return true;
}

int TimelineWindow::weeksPerPoint(Extent extent) const
{
    const auto [lo, hi] = shown(extent);
    const double days = (hi - lo) * daysPerX();
    if (days <= m_plotWidth)
        return 0;
    // A point every four pixels or more, as the three-month view draws on a phone: denser, the
    // dots only overlap, and Qt Charts' time grows with the points.
    return std::max(1, int(std::ceil(days / 7.0 / std::max(1, m_plotWidth / 4))));
}

bool TimelineWindow::resetView()
{
    if (!m_view)
        return false;
    m_view.reset();
    return true;
}

TimelineWindow::Span TimelineWindow::dataBounds(Extent extent) const
{
    return {dayX(extent.firstDay), dayX(extent.today) + dayX(0.5)};
}

TimelineWindow::Span TimelineWindow::chosenRange(Extent extent) const
{
    const double first = dataBounds(extent).first;
    const double today = dayX(extent.today);
    for (const auto &r : ranges())
        if (m_range == QLatin1String(r.key) && r.days > 0) {
            // Today's point a little inside the right edge, never cut by it.
            const double span = dayX(r.days);
            const double hi = today + std::max(dayX(0.5), span * 0.03);
            // A young episode: the range starts where the diary does and shows the weeks ahead
            // (the milestones to come) instead of empty weeks before the injection.
            if (hi - span < first)
                return {first, first + span};
            return {hi - span, hi};
        }
    const double lo = std::min(first, today - dayX(7));
    return {lo, today + std::max(dayX(0.5), (today - lo) * 0.03)};
}

TimelineWindow::Span TimelineWindow::viewBounds(Extent extent) const
{
    const auto [first, last] = dataBounds(extent);
    return {first, std::max(last, chosenRange(extent).second)};
}

TimelineWindow::Span TimelineWindow::shown(Extent extent) const
{
    return m_view ? *m_view : chosenRange(extent);
}

void TimelineWindow::zoomAt(double factor, double fraction, Extent extent)
{
    const auto [lo, hi] = shown(extent);
    const auto [first, last] = viewBounds(extent);
    const double anchor = lo + std::clamp(fraction, 0.0, 1.0) * (hi - lo);
    // Between three days and the whole diary plus a quarter on each side.
    const double span = std::clamp((hi - lo) * factor, dayX(3), (last - first) * 1.5);
    const double newLo = anchor - (anchor - lo) / (hi - lo) * span;
    m_view = std::make_pair(newLo, newLo + span);
}

void TimelineWindow::panBy(double fraction, Extent extent)
{
    const auto [lo, hi] = shown(extent);
    const auto [first, last] = viewBounds(extent);
    const double margin = (hi - lo) / 4;
    const double shift = std::clamp(-fraction * (hi - lo), std::min(0.0, first - margin - lo),
                                    std::max(0.0, last + margin - hi));
    m_view = std::make_pair(lo + shift, hi + shift);
}

double TimelineWindow::tickInterval(Extent extent) const
{
    const auto [lo, hi] = shown(extent);
    const double span = hi - lo;
    // Whole weeks (months) where they give two ticks or more; a two-week view in months gets
    // tenths of a month rather than an axis with no label.
    for (const double step : {0.1, 0.25, 0.5})
        if (span < 2.0 && span / step <= 7.0)
            return step;
    for (const double step : {1.0, 2.0, 3.0, 6.0, 12.0, 26.0, 52.0})
        if (span / step <= 7.0)
            return step;
    return 104.0;
}

QString TimelineWindow::labelFormat(Extent extent) const
{
    const double step = tickInterval(extent);
    if (step >= 1.0)
        return QStringLiteral("%.0f");
    return step == 0.25 ? QStringLiteral("%.2f") : QStringLiteral("%.1f");
}
