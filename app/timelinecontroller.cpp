#include "timelinecontroller.h"

#include "domain/episodesummary.h"
#include "domain/limits.h"
#include "domain/romnorms.h"

#include <QLocale>
#include <QtCharts/QXYSeries>
#include <algorithm>

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

void replace(QAbstractSeries *series, const QList<QPointF> &points)
{
    if (auto *xy = qobject_cast<QXYSeries *>(series))
        xy->replace(points);
}

QString signedNumber(double v, int decimals)
{
    const QString n = QLocale().toString(std::abs(v), 'f', decimals);
    return v < 0 ? QStringLiteral("−") + n : v > 0 ? QStringLiteral("+") + n : n;
}

} // namespace

TimelineController::TimelineController(Diary *diary, QObject *parent)
    : QObject(parent), m_diary(diary)
{
    connect(diary, &Diary::changed, this, &TimelineController::reload);
    reload();
}

void TimelineController::reload()
{
    const auto &ep = m_diary->episode();
    m_entries = ep ? m_diary->entries().forEpisode(ep->id) : QList<DailyEntry>{};
    const auto movements = ep ? romMovementsFor(ep->site) : QList<RomMovement>{};
    const bool known = std::any_of(movements.begin(), movements.end(),
                                   [&](const RomMovement &m) { return m.key == m_romMovement; });
    if (!known)
        m_romMovement = movements.isEmpty() ? QString() : movements.first().key;
    emit changed();
}

void TimelineController::setRange(const QString &range)
{
    for (const auto &r : kRanges)
        if (range == QLatin1String(r.key) && range != m_range) {
            m_range = range;
            emit changed();
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

double TimelineController::weekX(const QDate &date) const
{
    const auto &ep = m_diary->episode();
    return ep ? ep->injectionDate.daysTo(date) / 7.0 : 0.0;
}

double TimelineController::xMax() const
{
    return weekX(m_diary->today()) + 0.5 / 7.0;
}

double TimelineController::xMin() const
{
    for (const auto &r : kRanges)
        if (m_range == QLatin1String(r.key) && r.days > 0)
            return xMax() - r.days / 7.0;
    double first = -kBaselineWindowDays / 7.0;
    if (!m_entries.isEmpty())
        first = std::min(first, weekX(m_entries.first().date));
    return std::min(first, xMax() - 1.0);
}

double TimelineController::weekTickInterval() const
{
    const double span = xMax() - xMin();
    for (const double step : {1.0, 2.0, 4.0, 8.0, 13.0, 26.0, 52.0})
        if (span / step <= 7.0)
            return step;
    return 104.0;
}

QString TimelineController::painSummary() const
{
    const auto &ep = m_diary->episode();
    if (!ep)
        return {};
    const auto s = summarizeMetric(*ep, m_entries, Metric::painAverage(), m_diary->today());
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
    emit changed();
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

double TimelineController::romMin() const
{
    double lo = 0;
    for (const auto &e : m_entries)
        for (const auto &r : e.rom)
            if (r.movement == m_romMovement)
                lo = std::min(lo, double(r.degrees));
    return std::floor(lo / 10.0) * 10.0;
}

double TimelineController::romMax() const
{
    const auto m = mend::romMovement(m_romMovement);
    double hi = m ? m->normalMax : 90;
    for (const auto &e : m_entries)
        for (const auto &r : e.rom)
            if (r.movement == m_romMovement)
                hi = std::max(hi, double(r.degrees));
    return std::max(10.0, std::ceil((hi + 5) / 10.0) * 10.0);
}

double TimelineController::stepsMax() const
{
    int hi = 1000;
    for (const auto &e : m_entries)
        hi = std::max(hi, e.steps.value_or(0));
    return std::ceil(hi * 1.1 / 1000.0) * 1000.0;
}

void TimelineController::fillPain(QAbstractSeries *daily, QAbstractSeries *average,
                                  QAbstractSeries *baseline, QAbstractSeries *dayZero) const
{
    QList<QPointF> points;
    points.reserve(m_entries.size());
    for (const auto &e : m_entries)
        points.append({weekX(e.date), double(e.painAverage)});
    replace(daily, points);

    QList<QPointF> avg;
    for (const auto &p : rollingSeries(m_entries, Metric::painAverage()))
        avg.append({weekX(p.date), p.value});
    replace(average, avg);

    const auto &ep = m_diary->episode();
    const auto b = ep ? baselineOf(*ep, m_entries, Metric::painAverage()) : Baseline{};
    replace(baseline,
            b.value ? QList<QPointF>{{xMin(), *b.value}, {xMax(), *b.value}} : QList<QPointF>{});
    replace(dayZero, {{0.0, double(kPainMin)}, {0.0, double(kPainMax)}});
}

void TimelineController::fillRom(QAbstractSeries *treated, QAbstractSeries *other,
                                 QAbstractSeries *normal) const
{
    QList<QPointF> t;
    for (const auto &p : rollingSeries(m_entries, Metric::rom(m_romMovement)))
        t.append({weekX(p.date), p.value});
    replace(treated, t);
    QList<QPointF> o;
    for (const auto &e : m_entries)
        if (const auto v = e.romValue(m_romMovement, RomSide::Other))
            o.append({weekX(e.date), double(*v)});
    replace(other, o);
    const auto m = mend::romMovement(m_romMovement);
    replace(normal,
            m ? QList<QPointF>{{xMin(), double(m->normalMax)}, {xMax(), double(m->normalMax)}}
              : QList<QPointF>{});
}

void TimelineController::fillActivity(QAbstractSeries *daily, QAbstractSeries *average) const
{
    QList<QPointF> points;
    for (const auto &e : m_entries)
        if (e.steps)
            points.append({weekX(e.date), double(*e.steps)});
    replace(daily, points);
    QList<QPointF> avg;
    for (const auto &p : rollingSeries(m_entries, Metric::steps()))
        avg.append({weekX(p.date), p.value});
    replace(average, avg);
}
