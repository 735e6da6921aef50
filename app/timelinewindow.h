#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <utility>

/** Average month length of the Gregorian calendar, for a months axis. */
inline constexpr double kDaysPerMonth = 365.2425 / 12;

/**
 * The timeline's x axis, in weeks (or months) since the injection, and the part of it the charts
 * show: a chosen range that ends just after today, or the view a zoom or a pan made of it. Pure
 * arithmetic on where the diary starts and where today is, which the caller supplies each time.
 */
class TimelineWindow
{
public:
    /** Days since the injection: the first day the diary or its baseline window reaches, and
     *  today. */
    struct Extent
    {
        double firstDay;
        double today;
    };
    using Span = std::pair<double, double>;
    struct Range
    {
        const char *key;   // "2w", "3m", "1y" or "all"
        const char *label; // untranslated; its context is "TimelineController"
        int days;          // 0 = everything
    };
    static const QList<Range> &ranges();

    const QString &range() const { return m_range; }
    /** Chooses a range by its key and drops a zoom or pan; false, changing nothing, for a key
     *  that is no range. */
    bool setRange(const QString &key);
    bool months() const { return m_months; }
    /** Weeks or months on the axis, dropping a zoom or pan; false when it already was so. */
    bool setMonths(bool months);
    double daysPerX() const;
    double dayX(double day) const { return day / daysPerX(); }
    int plotWidth() const { return m_plotWidth; }
    /** The charts' plot width in pixels (clamped to 10-10,000); false when it already was. */
    bool setPlotWidth(int pixels);
    /** 0 when the charts draw every day shown; else how many weeks each point stands for. */
    int weeksPerPoint(Extent extent) const;
    /** Whether a zoom or pan replaced the chosen range. */
    bool zoomed() const { return m_view.has_value(); }
    /** Back to the chosen range; false when it already showed it. */
    bool resetView();
    /** What the charts show: x min and x max. */
    Span shown(Extent extent) const;
    /** Zooms by factor (< 1 = in) around the point a fraction (0-1) across the view. */
    void zoomAt(double factor, double fraction, Extent extent);
    /** Pans by a drag across a fraction of the view (a drag to the right shows earlier days). */
    void panBy(double fraction, Extent extent);
    /** Axis units between ticks: whole weeks (months), about six ticks across the view. */
    double tickInterval(Extent extent) const;
    /** "%.0f", or "%.1f" / "%.2f" when the ticks are less than one unit apart. */
    QString labelFormat(Extent extent) const;

private:
    Span chosenRange(Extent extent) const;
    /** The diary's first and last x, the last half a day after today. */
    Span dataBounds(Extent extent) const;
    /** Where zoom and pan may go: the diary, and the chosen range's weeks ahead. */
    Span viewBounds(Extent extent) const;

    QString m_range = QStringLiteral("3m");
    bool m_months = false;
    int m_plotWidth = 390; // a phone's, until the page says
    std::optional<Span> m_view;
};
