#include "timelinecontroller.h"

#include "domain/episodesummary.h"
#include "domain/limits.h"
#include "domain/recovery.h"
#include "domain/romnorms.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace mend;

namespace {

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

const TimelineData &TimelineController::data() const
{
    if (!m_loaded)
        m_loaded = TimelineData::read(*m_diary, *m_services);
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
    if (m_window.setRange(range))
        emitViewChanged();
}

QVariantList TimelineController::ranges() const
{
    QVariantList out;
    for (const auto &r : TimelineWindow::ranges())
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(r.key)},
                               {QStringLiteral("label"), tr(r.label)}});
    return out;
}

double TimelineController::weekX(const QDate &date) const
{
    const auto &ep = m_diary->episode();
    return ep ? dayX(double(dayOf(*ep, date))) : 0.0;
}

TimelineWindow::Extent TimelineController::extent() const
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return {double(-kBaselineWindowDays), 0.0};
    double first = -kBaselineWindowDays;
    if (!entries().isEmpty())
        first = std::min(first, double(dayOf(*ep, entries().first().date)));
    return {first, double(dayOf(*ep, m_diary->today()))};
}

void TimelineController::setMonths(bool months)
{
    if (!m_window.setMonths(months))
        return;
    emitContentChanged();
    emitViewChanged();
}

void TimelineController::setPlotWidth(int pixels)
{
    if (m_window.setPlotWidth(pixels))
        emitViewChanged();
}

QString TimelineController::axisTitle() const
{
    return months() ? tr("Months since injection") : tr("Weeks since injection");
}

void TimelineController::resetView()
{
    if (m_window.resetView())
        emitViewChanged();
}

double TimelineController::xMin() const
{
    return m_window.shown(extent()).first;
}

double TimelineController::xMax() const
{
    return m_window.shown(extent()).second;
}

void TimelineController::zoomAt(double factor, double pixelX, double plotWidth)
{
    if (!(plotWidth > 0) || !(factor > 0))
        return;
    m_window.zoomAt(factor, pixelX / plotWidth, extent());
    emitViewChanged();
}

void TimelineController::panBy(double pixelDx, double plotWidth)
{
    if (!(plotWidth > 0))
        return;
    m_window.panBy(pixelDx / plotWidth, extent());
    emitViewChanged();
}

double TimelineController::weekTickInterval() const
{
    return m_window.tickInterval(extent());
}

QString TimelineController::axisLabelFormat() const
{
    return m_window.labelFormat(extent());
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
