#include "timelinecontroller.h"

#include "diaryservices.h"

#include "storage/activityrepository.h"
#include "timelineseries.h"

#include "domain/downsample.h"
#include "domain/episodesummary.h"
#include "domain/limits.h"
#include "domain/milestones.h"
#include "domain/recovery.h"
#include "domain/romnorms.h"

#include <QHash>
#include <QLocale>
#include <QtCharts/QXYSeries>
#include <algorithm>
#include <cmath>

using namespace mend;

namespace {

struct RangeDef
{
    const char *key;
    const char *label;
    int days; // 0 = everything
};

const RangeDef kRanges[] = {
    {"2w", QT_TRANSLATE_NOOP("TimelineController", "2 weeks"), 14},
    {"3m", QT_TRANSLATE_NOOP("TimelineController", "3 months"), 91},
    {"1y", QT_TRANSLATE_NOOP("TimelineController", "1 year"), 365},
    {"all", QT_TRANSLATE_NOOP("TimelineController", "All"), 0},
};

QString signedNumber(double v, int decimals)
{
    const QString n = QLocale().toString(std::abs(v), 'f', decimals);
    return v < 0 ? QStringLiteral("−") + n : v > 0 ? QStringLiteral("+") + n : n;
}

} // namespace

TimelineController::TimelineController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    diary->whenChanged(Diary::EpisodeChange | Diary::EntriesChange | Diary::AlertsChange |
                           Diary::TreatmentsChange | Diary::ActivityChange,
                       this, [this](Diary::Changes what) { reload(what); });
    reload(Diary::everything());
}

const TimelineController::Loaded &TimelineController::data() const
{
    if (m_loaded)
        return *m_loaded;
    Loaded d;
    if (const auto &ep = m_diary->episode()) {
        const auto &entries = m_diary->episodeEntries();
        d.steps = stepsByDay(entries, m_services->activity.forEpisode(ep->id));
        d.protocol = m_services->protocols.forEpisode(*ep);
        if (d.protocol)
            d.milestoneResults = evaluateMilestones(*d.protocol, *ep, entries, m_diary->today());
        d.goals = m_services->timeline.goals(ep->id);
        d.events = m_services->timeline.events(ep->id);
        d.alerts = m_services->alerts.forEpisode(ep->id);
        d.seriesInjections = m_services->timeline.seriesInjections(ep->id);
    }
    d.allEpisodes = m_services->episodes.all();
    m_loaded = std::move(d);
    return *m_loaded;
}

void TimelineController::reload(Diary::Changes what)
{
    m_loaded.reset(); // read again when the Timeline page next asks
    patchSummaries(what);
    const auto &ep = m_diary->episode();
    const auto movements = ep ? romMovementsFor(ep->site) : QList<RomMovement>{};
    const bool known = std::any_of(movements.begin(), movements.end(),
                                   [&](const RomMovement &m) { return m.key == m_romMovement; });
    if (!known)
        m_romMovement = movements.isEmpty() ? QString() : movements.first().key;
    emitContentChanged();
    emitViewChanged();
}

void TimelineController::emitContentChanged()
{
    m_milestonesStale = true;
    Q_EMIT contentChanged();
}

void TimelineController::emitViewChanged()
{
    Q_EMIT viewChanged();
    emitRomChanged();
}

void TimelineController::emitRomChanged()
{
    m_tableRowsStale = true;
    Q_EMIT romChanged();
}

void TimelineController::setRange(const QString &range)
{
    for (const auto &r : kRanges)
        if (range == QLatin1String(r.key)) {
            m_range = range;
            m_view.reset();
            emitViewChanged();
        }
}

QVariantList TimelineController::ranges() const
{
    QVariantList out;
    for (const auto &r : kRanges)
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(r.key)},
                               {QStringLiteral("label"), tr(r.label)}});
    return out;
}

double TimelineController::dayX(double day) const
{
    return day / (m_months ? kDaysPerMonth : 7.0);
}

double TimelineController::weekX(const QDate &date) const
{
    const auto &ep = m_diary->episode();
    return ep ? dayX(double(dayOf(*ep, date))) : 0.0;
}

void TimelineController::setMonths(bool months)
{
    if (months == m_months)
        return;
    m_months = months;
    m_view.reset();
    emitContentChanged();
    emitViewChanged();
}

void TimelineController::setPlotWidth(int pixels)
{
    pixels = std::clamp(pixels, 10, 10000);
    if (pixels == m_plotWidth)
        return;
    m_plotWidth = pixels;
    emitViewChanged();
}

QString TimelineController::axisTitle() const
{
    return m_months ? tr("Months since injection") : tr("Weeks since injection");
}

std::pair<double, double> TimelineController::rangeView() const
{
    const double first = dataBounds().first;
    const double today = weekX(m_diary->today());
    for (const auto &r : kRanges)
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

void TimelineController::resetView()
{
    if (!m_view)
        return;
    m_view.reset();
    emitViewChanged();
}

std::pair<double, double> TimelineController::dataBounds() const
{
    double first = dayX(-kBaselineWindowDays);
    if (!entries().isEmpty())
        first = std::min(first, weekX(entries().first().date));
    return {first, weekX(m_diary->today()) + dayX(0.5)};
}

std::pair<double, double> TimelineController::viewBounds() const
{
    const auto [first, last] = dataBounds();
    return {first, std::max(last, rangeView().second)};
}

double TimelineController::xMax() const
{
    return m_view ? m_view->second : rangeView().second;
}

double TimelineController::xMin() const
{
    return m_view ? m_view->first : rangeView().first;
}

void TimelineController::zoomAt(double factor, double pixelX, double plotWidth)
{
    if (!(plotWidth > 0) || !(factor > 0))
        return;
    const double lo = xMin();
    const double hi = xMax();
    const auto [first, last] = viewBounds();
    const double anchor = lo + std::clamp(pixelX / plotWidth, 0.0, 1.0) * (hi - lo);
    // Between three days and the whole diary plus a quarter on each side.
    const double span = std::clamp((hi - lo) * factor, dayX(3), (last - first) * 1.5);
    const double newLo = anchor - (anchor - lo) / (hi - lo) * span;
    m_view = std::make_pair(newLo, newLo + span);
    emitViewChanged();
}

void TimelineController::panBy(double pixelDx, double plotWidth)
{
    if (!(plotWidth > 0))
        return;
    const double lo = xMin();
    const double hi = xMax();
    const auto [first, last] = viewBounds();
    const double margin = (hi - lo) / 4;
    const double shift =
        std::clamp(-pixelDx / plotWidth * (hi - lo), std::min(0.0, first - margin - lo),
                   std::max(0.0, last + margin - hi));
    m_view = std::make_pair(lo + shift, hi + shift);
    emitViewChanged();
}

double TimelineController::weekTickInterval() const
{
    const double span = xMax() - xMin();
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

QString TimelineController::axisLabelFormat() const
{
    const double step = weekTickInterval();
    if (step >= 1.0)
        return QStringLiteral("%.0f");
    return step == 0.25 ? QStringLiteral("%.2f") : QStringLiteral("%.1f");
}

QString TimelineController::painSummary() const
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return {};
    const auto s = summarizeMetric(*ep, entries(), Metric::painAverage(), m_diary->today());
    if (!s.baseline.value)
        return {};
    QString text = tr("Baseline %1").arg(QLocale().toString(*s.baseline.value, 'f', 1));
    if (s.latestAverage && s.change) {
        text += tr(" · last 7 days %1 (%2")
                    .arg(QLocale().toString(*s.latestAverage, 'f', 1),
                         signedNumber(s.change->absolute, 1));
        if (s.change->percent)
            text += tr(", %1 %").arg(signedNumber(*s.change->percent, 0));
        text += QLatin1Char(')');
    }
    return text;
}

void TimelineController::setRomMovement(const QString &key)
{
    if (key == m_romMovement || !mend::romMovement(key))
        return;
    m_romMovement = key;
    emitRomChanged();
}

QString TimelineController::romLabel() const
{
    const auto m = mend::romMovement(m_romMovement);
    return m ? m->label : QString();
}

QVariantList TimelineController::romMovements() const
{
    QVariantList out;
    const auto &ep = m_diary->episode();
    if (ep)
        for (const auto &m : romMovementsFor(ep->site))
            out.append(
                QVariantMap{{QStringLiteral("key"), m.key}, {QStringLiteral("label"), m.label}});
    return out;
}

QString TimelineController::importedStepsNote() const
{
    const ImportedSteps imported = importedSteps(data().steps);
    if (!imported.any())
        return {};
    return tr("Steps from %1 fill the days you did not type your own. Pain, averages and results "
              "use only the days you logged.")
        .arg(imported.sources.join(QStringLiteral(", ")));
}
