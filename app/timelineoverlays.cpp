#include "timelinecontroller.h"

#include "diaryservices.h"
#include "domain/milestones.h"
#include "domain/recovery.h"
#include "timelineseries.h"

#include <QHash>
#include <QLocale>

// The timeline's overlays and alternative views: expected band, milestones and goals, events,
// alerts and series injections, the table view and the episode comparison.

using namespace mend;

bool TimelineController::hasEnvelope() const
{
    const auto &p = data().protocol;
    return p && p->envelope;
}

QString TimelineController::envelopeText() const
{
    const auto &p = data().protocol;
    const auto &ep = m_diary->episode();
    if (!p || !p->envelope || !ep)
        return {};
    // The studies behind it are listed with the protocol's sources (Protocol and evidence).
    QString text = tr("Shaded band: %1 — %2").arg(p->envelope->label, p->envelope->description);
    const auto status = envelopeStatus(*p->envelope, *ep, entries(), m_diary->today());
    if (status.position) {
        const QString since = QLocale().toString(status.since, QStringLiteral("d MMM"));
        const QString where =
            *status.position == EnvelopePosition::Better  ? tr("below the band (less pain)")
            : *status.position == EnvelopePosition::Worse ? tr("above the band (more pain)")
                                                          : tr("within the band");
        text = tr("Your 7-day average has been %1 since %2. ").arg(where, since) + text;
    }
    return text;
}

RecordListModel *TimelineController::milestones() const
{
    if (!m_milestonesStale)
        return m_milestones;
    m_milestonesStale = false;
    QList<TimelineMilestoneRow> out;
    const auto &p = data().protocol;
    const auto &ep = m_diary->episode();
    if (!ep) {
        m_milestones->set({});
        return m_milestones;
    }
    auto windowText = [this](int a, int b) {
        if (months())
            return tr("months %1–%2")
                .arg(QLocale().toString(a / kDaysPerMonth, 'f', 1),
                     QLocale().toString(b / kDaysPerMonth, 'f', 1));
        return b < 21 ? tr("days %1–%2").arg(a).arg(b) : tr("weeks %1–%2").arg(a / 7).arg(b / 7);
    };
    auto statusText = [](MilestoneStatus s, const QDate &on) {
        switch (s) {
        case MilestoneStatus::Achieved:
            return on.isValid()
                       ? tr("Met on %1").arg(QLocale().toString(on, QStringLiteral("d MMM")))
                       : tr("Met");
        case MilestoneStatus::InWindow:
            return tr("Not yet met");
        case MilestoneStatus::Upcoming:
            return tr("Upcoming");
        case MilestoneStatus::NotMet:
            return tr("Not met in its window");
        case MilestoneStatus::NotApplicable:
            break;
        }
        return tr("Not applicable");
    };
    if (p)
        for (const auto &r : data().milestoneResults)
            out.append({r.definition.patientText, statusKey(r.status),
                        statusText(r.status, r.achievedOn),
                        windowText(r.definition.windowStartDay, r.definition.windowEndDay),
                        r.detail, r.definition.citation, dayX(r.definition.windowStartDay),
                        dayX(r.definition.windowEndDay), false, 0});
    for (const auto &g : data().goals) {
        const auto status = goalStatus(g, *ep, m_diary->today());
        out.append({g.text, statusKey(status), statusText(status, g.achievedOn),
                    windowText(g.windowStartDay, g.windowEndDay), tr("Your goal"), QString(),
                    dayX(g.windowStartDay), dayX(g.windowEndDay), true, g.id});
    }
    m_milestones->set(std::move(out));
    return m_milestones;
}

RecordListModel *TimelineController::tableRows() const
{
    if (!m_tableRowsStale)
        return m_tableRows;
    m_tableRowsStale = false;
    QList<TimelineTableRow> rows;
    const auto &ep = m_diary->episode();
    if (!ep) {
        m_tableRows->set({});
        return m_tableRows;
    }
    QHash<QDate, double> averages;
    for (const auto &p : rollingSeries(entries(), Metric::painAverage()))
        averages.insert(p.date, p.value);
    const double lo = xMin();
    const double hi = xMax();
    for (auto it = entries().crbegin(); it != entries().crend(); ++it) {
        const double x = weekX(it->date);
        if (x < lo || x > hi)
            continue;
        const auto rom = it->romValue(m_romMovement);
        const auto other = it->romValue(m_romMovement, RomSide::Other);
        rows.append({QLocale().toString(it->date, QStringLiteral("d MMM yyyy")),
                     tr("day %1").arg(dayOf(*ep, it->date)), QString::number(it->painAverage),
                     QLocale().toString(averages.value(it->date), 'f', 1),
                     rom ? tr("%1°").arg(*rom) : QStringLiteral("–"),
                     other ? tr("%1°").arg(*other) : QStringLiteral("–"),
                     it->steps ? QLocale().toString(*it->steps) : QStringLiteral("–")});
    }
    m_tableRows->set(std::move(rows));
    return m_tableRows;
}

QStringList TimelineController::episodeLabels() const
{
    QStringList out;
    for (const auto &e : data().allEpisodes)
        out.append(tr("%1 %2, %3, %4")
                       .arg(toLabel(e.side), toLabel(e.site).toLower(), toLabel(e.product),
                            QLocale().toString(e.injectionDate, QStringLiteral("d MMM yyyy"))));
    return out;
}

double TimelineController::compareXMax() const
{
    double longest = 7;
    for (const auto &e : data().allEpisodes)
        longest = std::max(longest, double(dayOf(e, m_diary->today())));
    return dayX(longest);
}

void TimelineController::fillComparison(int index, QAbstractSeries *series) const
{
    const auto &all = data().allEpisodes;
    QList<QPointF> points;
    if (index >= 0 && index < all.size()) {
        const Episode &e = all.at(index);
        for (const auto &p :
             rollingSeries(m_services->entries.forEpisode(e.id), Metric::painAverage()))
            if (p.date >= e.injectionDate)
                points.append({dayX(double(dayOf(e, p.date))), p.value});
    }
    replaceSeries(series, points);
}

void TimelineController::fillEnvelope(QAbstractSeries *upper, QAbstractSeries *lower) const
{
    const auto &p = data().protocol;
    const auto &ep = m_diary->episode();
    QList<QPointF> up;
    QList<QPointF> low;
    if (p && p->envelope && ep) {
        const auto b = baselineOf(*ep, entries(), Metric::painAverage());
        const double lastWeek = p->envelope->points.last().week;
        for (double week = 0; b.value && week <= lastWeek + 1e-9; week += 0.5) {
            if (const auto band = envelopeBandAt(*p->envelope, *b.value, week)) {
                up.append({dayX(week * 7), band->second});
                low.append({dayX(week * 7), band->first});
            }
        }
    }
    replaceSeries(upper, up);
    replaceSeries(lower, low);
}

void TimelineController::fillMarkers(QAbstractSeries *today, QAbstractSeries *series) const
{
    QList<QPointF> s;
    for (const auto &inj : data().seriesInjections)
        s.append({weekX(inj.date), 0.4});
    replaceSeries(series, s);
    const double x = weekX(m_diary->today());
    replaceSeries(today, {{x, 0.0}, {x, 10.0}});
}

QList<double> TimelineController::alertXs() const
{
    QList<double> out;
    for (const auto &al : data().alerts)
        out.append(weekX(al.entryDate));
    return out;
}

QList<double> TimelineController::eventXs() const
{
    QList<double> out;
    for (const auto &ev : data().events)
        out.append(weekX(ev.date));
    return out;
}
