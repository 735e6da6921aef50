#pragma once

#include "diary.h"
#include "domain/weeklysummary.h"
#include "recordlistmodel.h"
#include "timelinedata.h"
#include "timelinerows.h"
#include "timelinewindow.h"

#include <QObject>
#include <QVariantList>
#include <QtCharts/QAbstractSeries>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/**
 * Feeds the timeline charts: x = weeks since the injection, one replace() per series.
 *
 * Three signals say what a chart must draw again. contentChanged: the diary or the axis's unit
 * changed (the comparison, the milestones, the markers). viewChanged: the visible range changed
 * (a range chosen, a zoom, a pan, a new plot width), also after any content change.
 * romChanged: whenever viewChanged is, and when another movement is chosen. A pan or zoom thus
 * refills the pain, movement and steps charts and nothing else; a movement refills its chart.
 */
class TimelineController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY viewChanged)
    Q_PROPERTY(QVariantList ranges READ ranges CONSTANT)
    Q_PROPERTY(double xMin READ xMin NOTIFY viewChanged)
    Q_PROPERTY(double xMax READ xMax NOTIFY viewChanged)
    Q_PROPERTY(double weekTickInterval READ weekTickInterval NOTIFY viewChanged)
    Q_PROPERTY(QString axisLabelFormat READ axisLabelFormat NOTIFY viewChanged)
    Q_PROPERTY(QString painSummary READ painSummary NOTIFY contentChanged)
    Q_PROPERTY(QString romMovement READ romMovement WRITE setRomMovement NOTIFY romChanged)
    Q_PROPERTY(QString romLabel READ romLabel NOTIFY romChanged)
    Q_PROPERTY(QVariantList romMovements READ romMovements NOTIFY romChanged)
    Q_PROPERTY(double romMin READ romMin NOTIFY romChanged)
    Q_PROPERTY(double romMax READ romMax NOTIFY romChanged)
    Q_PROPERTY(double stepsMax READ stepsMax NOTIFY contentChanged)
    Q_PROPERTY(QString importedStepsNote READ importedStepsNote NOTIFY contentChanged)
    Q_PROPERTY(bool hasEntries READ hasEntries NOTIFY contentChanged)
    Q_PROPERTY(bool months READ months WRITE setMonths NOTIFY contentChanged)
    Q_PROPERTY(QString axisTitle READ axisTitle NOTIFY contentChanged)
    Q_PROPERTY(QString envelopeText READ envelopeText NOTIFY contentChanged)
    Q_PROPERTY(bool hasEnvelope READ hasEnvelope NOTIFY contentChanged)
    Q_PROPERTY(RecordListModel *milestones READ milestones NOTIFY contentChanged)
    Q_PROPERTY(RecordListModel *tableRows READ tableRows NOTIFY romChanged)
    Q_PROPERTY(QStringList episodeLabels READ episodeLabels NOTIFY contentChanged)
    Q_PROPERTY(double compareXMax READ compareXMax NOTIFY contentChanged)
    Q_PROPERTY(int plotWidth READ plotWidth WRITE setPlotWidth NOTIFY viewChanged)
    Q_PROPERTY(bool zoomed READ zoomed NOTIFY viewChanged)
    Q_PROPERTY(QList<double> alertXs READ alertXs NOTIFY contentChanged)
    Q_PROPERTY(QList<double> eventXs READ eventXs NOTIFY contentChanged)
    Q_PROPERTY(QString averageLabel READ averageLabel NOTIFY viewChanged)
    Q_PROPERTY(QString dailyLabel READ dailyLabel NOTIFY viewChanged)
public:
    TimelineController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    QString range() const { return m_window.range(); }
    /** "2w", "3m", "1y" or "all". */
    void setRange(const QString &range);
    QVariantList ranges() const;
    double xMin() const;
    double xMax() const;
    /** Weeks between x-axis ticks: whole weeks, about six ticks across the range. */
    double weekTickInterval() const;
    /** "%.0f", or "%.1f" when the ticks are less than one week (or month) apart. */
    QString axisLabelFormat() const;
    QString painSummary() const;
    QString romMovement() const { return m_romMovement; }
    void setRomMovement(const QString &key);
    QString romLabel() const;
    QVariantList romMovements() const;
    double romMin() const;
    double romMax() const;
    double stepsMax() const;
    /** When the steps chart shows days from a phone's or a watch's export: which, and that pain
     *  and results use only the days the patient logged; empty otherwise. */
    QString importedStepsNote() const;
    bool hasEntries() const { return !entries().isEmpty(); }
    bool months() const { return m_window.months(); }
    /** Shows the x axis in months since the injection instead of weeks. */
    void setMonths(bool months);
    int plotWidth() const { return m_window.plotWidth(); }
    /** The charts' plot width in pixels: the series get at most two points per pixel. */
    void setPlotWidth(int pixels);
    QString axisTitle() const;
    /** What the shaded band is, its source, and where the 7-day average is against it. */
    QString envelopeText() const;
    bool hasEnvelope() const;
    /** Milestones and goals (TimelineMilestoneRow), brought up to date when asked for: the
     *  timeline reads the diary only when it is shown. */
    RecordListModel *milestones() const;
    /** The charts as rows for a table (screen readers), newest first, within the visible range
     *  (TimelineTableRow), brought up to date when asked for. */
    RecordListModel *tableRows() const;
    /** One label per episode, oldest first, e.g. "Left knee, PRP, 3 Mar 2025". */
    QStringList episodeLabels() const;
    /** The longest follow-up of any episode, on the current axis. */
    double compareXMax() const;
    /** The 7-day average pain of episode number index (oldest first), aligned at its day 0. */
    Q_INVOKABLE void fillComparison(int index, QAbstractSeries *series) const;

    /** Daily pain points, the 7-day average, the baseline line and the day-0 marker. */
    Q_INVOKABLE void fillPain(QAbstractSeries *daily, QAbstractSeries *average,
                              QAbstractSeries *baseline, QAbstractSeries *dayZero) const;
    /** The selected movement: treated side (each reading and the 7-day average), other side,
     *  and the normal maximum. */
    Q_INVOKABLE void fillRom(QAbstractSeries *treatedDaily, QAbstractSeries *treated,
                             QAbstractSeries *other, QAbstractSeries *normal) const;
    /** What the line is: the 7-day average, or on a range of more days than the plot has
     *  pixels the average of each week (or of every few weeks). */
    QString averageLabel() const;
    /** What the dots are: every day, or each week's lowest and highest day. */
    QString dailyLabel() const;
    /** Whether a zoom or pan replaced the chosen range. */
    bool zoomed() const { return m_window.zoomed(); }
    /** Back to the chosen range after a zoom or pan. */
    Q_INVOKABLE void resetView();
    /** Red-flag alerts and other treatments on the x axis, for the marker lane above the plot
     *  (on the pain scale an alert dot read as a pain score). */
    QList<double> alertXs() const;
    QList<double> eventXs() const;
    /** Zooms all charts by factor (< 1 = in) around a point pixelX into a plot plotWidth wide. */
    Q_INVOKABLE void zoomAt(double factor, double pixelX, double plotWidth);
    /** Pans all charts by a drag of pixelDx across a plot plotWidth wide. */
    Q_INVOKABLE void panBy(double pixelDx, double plotWidth);

    /** The expected band (population data) as its upper and lower lines, in pain points. */
    Q_INVOKABLE void fillEnvelope(QAbstractSeries *upper, QAbstractSeries *lower) const;
    /** The today line (top to bottom of the pain scale) and series injections at the bottom. */
    Q_INVOKABLE void fillMarkers(QAbstractSeries *today, QAbstractSeries *series) const;
    /** Daily steps and their 7-day average. */
    Q_INVOKABLE void fillActivity(QAbstractSeries *daily, QAbstractSeries *average) const;

signals:
    void contentChanged();
    void viewChanged();
    void romChanged();

private:
    void reload(Diary::Changes what);
    /** The content changed: the milestones are filled again when next asked for. */
    void emitContentChanged();
    /** The visible range changed: every chart on the range draws again. */
    void emitViewChanged();
    /** The movement chart and the table draw again. */
    void emitRomChanged();
    double weekX(const QDate &date) const;
    double dayX(double day) const { return m_window.dayX(day); }
    TimelineWindow::Extent extent() const;
    int weeksPerPoint() const { return m_window.weeksPerPoint(extent()); }

    Diary *m_diary;
    DiaryServices *m_services;
    TimelineWindow m_window;
    QString m_romMovement;
    /** The part of a series the charts draw (the visible range, thinned to the plot width). */
    QList<QPointF> forPlot(const QList<QPointF> &points) const;
    /** What the charts show, read from the diary on the first use after a change. */
    const TimelineData &data() const;
    /** The diary's own list, not a copy: a save patches it in place (Diary::reloadDays). */
    const QList<mend::DailyEntry> &entries() const { return m_diary->episodeEntries(); }
    /** The entries dated from..to (both included), by binary search. */
    QList<mend::DailyEntry> entriesBetween(const QDate &from, const QDate &to) const;
    /** The entries the charts' visible range needs (with the week before it for averages). */
    QList<mend::DailyEntry> plottedEntries() const;
    /** A metric's weekly buckets, built on first use and patched after a save. */
    const mend::WeeklySummary &summary(std::optional<mend::WeeklySummary> &cache,
                                       const mend::Metric &metric) const;
    void patchSummaries(Diary::Changes what);
    /** Draws the visible buckets: their means as a line (when given one) and their lowest and
     *  highest days as dots. */
    void fillBuckets(const QList<mend::WeekBucket> &weeks, QAbstractSeries *means,
                     QAbstractSeries *extremes) const;
    /** The movement's lowest and highest reading, either side, with 0 and its typical maximum. */
    std::pair<double, double> romReadingsRange() const;
    mutable std::optional<mend::WeeklySummary> m_painWeeks;
    mutable std::optional<mend::WeeklySummary> m_romWeeks;
    mutable std::optional<mend::WeeklySummary> m_romOtherWeeks;
    mutable std::optional<TimelineData> m_loaded;
    RecordList<TimelineMilestoneRow> *m_milestones = new RecordList<TimelineMilestoneRow>(this);
    RecordList<TimelineTableRow> *m_tableRows = new RecordList<TimelineTableRow>(this);
    /** Whether the lists are behind a change: filled once when next asked for (the chart and
     *  the list below it both read the milestones). */
    mutable bool m_milestonesStale = true;
    mutable bool m_tableRowsStale = true;
};
