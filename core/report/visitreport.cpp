#include "visitreport.h"

#include "verdictlines.h"

#include "domain/recovery.h"
#include "domain/verdictwording.h"
#include "services/episodereview.h"
#include "storage/atomicfile.h"
#include "storage/episoderepository.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace mend {
namespace {

/** Lays text out top to bottom on pages, starting a new page when one is full. */
class Pages
{
public:
    Pages(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_p(painter)
    {
        m_width = painter.viewport().width();
        m_height = painter.viewport().height();
    }
    int width() const { return m_width; }
    int y() const { return m_y; }
    void need(int height)
    {
        if (m_y + height > m_height) {
            m_writer.newPage();
            ++m_pages;
            m_y = 0;
        }
    }
    void heading(const QString &text)
    {
        need(m_line * 3);
        m_y += m_line / 2;
        QFont f = m_p.font();
        f.setBold(true);
        f.setPointSizeF(11);
        m_p.setFont(f);
        m_p.drawText(QRect(0, m_y, m_width, m_line * 2), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += m_line * 2;
        f.setBold(false);
        f.setPointSizeF(8.5);
        m_p.setFont(f);
    }
    void line(const QString &text, const QString &right = {})
    {
        // The word on the right ("aún no se puede valorar") takes the room it needs, at least a
        // fifth, and the text wraps short of it.
        const int rightWidth =
            right.isEmpty()
                ? 0
                : std::max(m_width / 5, m_p.fontMetrics().horizontalAdvance(right) + m_line);
        const int width = m_width - rightWidth;
        const QRect used = m_p.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
        need(used.height());
        m_p.drawText(QRect(0, m_y, width, used.height()), Qt::TextWordWrap, text);
        if (!right.isEmpty())
            m_p.drawText(QRect(width, m_y, rightWidth, m_line * 2), Qt::AlignRight, right);
        m_y += std::max(used.height(), m_line) + m_line / 4;
    }
    /** A line in a smaller type: the sources the lines above refer to by number. */
    void note(const QString &text)
    {
        QFont f = m_p.font();
        const QFont normal = f;
        f.setPointSizeF(7);
        m_p.setFont(f);
        const QRect used = m_p.boundingRect(QRect(0, 0, m_width, 100000), Qt::TextWordWrap, text);
        need(used.height());
        m_p.drawText(QRect(0, m_y, m_width, used.height()), Qt::TextWordWrap, text);
        m_y += used.height() + m_line / 8;
        m_p.setFont(normal);
    }
    void skip(int h) { m_y += h; }
    int lineHeight() const { return m_line; }
    void setLineHeight(int h) { m_line = h; }
    int pages() const { return m_pages; }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
    int m_line = 0;
    int m_pages = 1;
};

/** Daily pain, its 7-day average, the baseline and the milestone windows, by day. */
void drawPainChart(QPainter &p, const QRect &area, const Episode &episode,
                   const QList<DailyEntry> &entries, double baseline,
                   const QList<MilestoneResult> &milestones, const QDate &today)
{
    const int firstDay = -14;
    const int lastDay = std::max(42, dayOf(episode, today));
    const auto x = [&](double day) {
        return area.left() + (day - firstDay) * area.width() / double(lastDay - firstDay);
    };
    const auto y = [&](double pain) { return area.bottom() - pain * area.height() / 10.0; };
    p.save();
    p.setPen(QPen(QColor(0xbdbdbd), 0));
    p.drawRect(area);
    // Room for the axis labels: 10 above the top, the last week's past the right edge.
    p.setClipRect(area.adjusted(-400, -150, 300, 400));
    for (const auto &m : milestones) {
        const QColor fill = m.status == MilestoneStatus::Achieved ? QColor(200, 230, 201)
                            : m.status == MilestoneStatus::NotMet ? QColor(224, 224, 224)
                                                                  : QColor(255, 236, 179);
        p.fillRect(QRectF(QPointF(x(m.definition.windowStartDay), area.top()),
                          QPointF(x(std::min(m.definition.windowEndDay, lastDay)), area.bottom())),
                   fill);
    }
    for (int pain = 0; pain <= 10; pain += 2) {
        p.setPen(QPen(QColor(0xeeeeee), 0));
        p.drawLine(QPointF(area.left(), y(pain)), QPointF(area.right(), y(pain)));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left() - 300, y(pain) - 100, 260, 200),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(pain));
    }
    p.setPen(QPen(QColor(0x616161), 20, Qt::DashLine));
    p.drawLine(QPointF(x(0), area.top()), QPointF(x(0), area.bottom()));
    p.drawLine(QPointF(area.left(), y(baseline)), QPointF(area.right(), y(baseline)));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x80cbc4));
    for (const auto &e : entries) {
        const int day = dayOf(episode, e.date);
        if (day >= firstDay && day <= lastDay)
            p.drawEllipse(QPointF(x(day), y(e.painAverage)), 30, 30);
    }
    QPainterPath average;
    bool started = false;
    for (const auto &point : rollingSeries(entries, Metric::painAverage())) {
        const int day = dayOf(episode, point.date);
        if (day < firstDay || day > lastDay)
            continue;
        const QPointF at(x(day), y(point.value));
        started ? average.lineTo(at) : average.moveTo(at);
        started = true;
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x00695c), 35));
    p.drawPath(average);
    p.setPen(Qt::black);
    for (int week = 0; week * 7 <= lastDay; week += std::max(1, lastDay / 70)) {
        p.drawText(QRectF(x(week * 7) - 200, area.bottom() + 40, 400, 200), Qt::AlignHCenter,
                   //: The week under the report's pain chart: w0, w6, ...
                   VisitReport::tr("w%1").arg(week));
    }
    p.restore();
}

} // namespace

Status writeVisitReport(const std::shared_ptr<Database> &db, qint64 episodeId, const QString &path,
                        QPageSize::PageSizeId pageSize, const QDateTime &generatedAt)
{
    const auto episode = EpisodeRepository(db).find(episodeId);
    if (!episode)
        return Error{QStringLiteral("episode"),
                     QStringLiteral("episode %1 does not exist").arg(episodeId),
                     VisitReport::tr("There is no such episode to report on.")};
    const QDate today = generatedAt.date();
    const EpisodeReview review = reviewEpisode(db, *episode, today);
    const auto &entries = review.entries;
    const auto &summary = review.summary;
    const auto &protocol = review.protocol;
    const auto &milestones = review.milestones;
    const auto &verdicts = review.verdicts;

    return writeFileAtomically(path, [&](QIODevice &file) {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(1200);
        writer.setTitle(VisitReport::tr("Mend visit report"));
        writer.setCreator(QStringLiteral("Mend " MEND_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        painter.setFont(font);
        Pages pages(writer, painter);
        pages.setLineHeight(painter.fontMetrics().height());

        QFont title = font;
        title.setPointSizeF(15);
        title.setBold(true);
        painter.setFont(title);
        painter.drawText(QRect(0, 0, pages.width(), pages.lineHeight() * 3), Qt::AlignLeft,
                         VisitReport::tr("Mend visit report"));
        painter.setFont(font);
        pages.skip(pages.lineHeight() * 3);
        const QDate first = entries.isEmpty() ? episode->injectionDate : entries.first().date;
        const QDate last = entries.isEmpty() ? today : entries.last().date;
        pages.line(VisitReport::tr("%1 · %2 · %3 injected %4 (day 0) · day %5")
                       .arg(whereTreated(*episode), toLabel(episode->condition),
                            toLabel(episode->product), episode->injectionDate.toString(Qt::ISODate))
                       .arg(summary.daysSinceInjection));
        pages.line(VisitReport::tr("Diary %1 to %2 · generated %3 · Mend %4")
                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate),
                            generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QStringLiteral(MEND_VERSION)));

        pages.heading(VisitReport::tr("Baseline against now (7-day averages)"));
        for (const auto &[label, metric, decimals, m] : review.measures) {
            pages.line(
                VisitReport::tr("%1: baseline %2, now %3")
                    .arg(QCoreApplication::translate("EpisodeReview", label),
                         figureOrDash(m.baseline.value, decimals),
                         figureOrDash(m.latestAverage, decimals)),
                m.change
                    ? VisitReport::tr("change %1").arg(figureOrDash(m.change->absolute, decimals))
                    : QString());
        }
        if (review.importedSteps.any())
            pages.line(VisitReport::tr("Steps: typed by the patient, else imported from %1 (%2 "
                                       "days); pain figures use logged days only")
                           .arg(review.importedSteps.sources.join(QStringLiteral(", ")))
                           .arg(review.importedSteps.days));
        for (const auto &[movement, treated, other] : review.rom) {
            if (!treated.latestAverage)
                continue;
            pages.line(
                VisitReport::tr("%1: now %2°, baseline %3°, other side %4° (typical %5-%6°, %7)")
                    .arg(movement.label, figureOrDash(treated.latestAverage, 0),
                         figureOrDash(treated.baseline.value, 0),
                         figureOrDash(other.latestAverage, 0))
                    .arg(movement.normalMin)
                    .arg(movement.normalMax)
                    .arg(movement.normSource));
        }
        pages.line(VisitReport::tr("Adherence: %1 of %2 days logged since the injection, %3 late "
                                   "entries, longest gap %4 days")
                       .arg(summary.daysLogged)
                       .arg(summary.daysElapsed)
                       .arg(summary.lateEntries)
                       .arg(summary.longestGapDays));

        pages.heading(VisitReport::tr("Average pain since the injection"));
        pages.line(VisitReport::tr(
            "Daily (dots), 7-day average (line), baseline and day 0 (dashed); milestone "
            "windows: green met, amber open, grey not met."));
        const int chartHeight = pages.lineHeight() * 14;
        pages.need(chartHeight + pages.lineHeight() * 3);
        pages.skip(pages.lineHeight() / 2); // the top label stands above the chart
        drawPainChart(painter, QRect(400, pages.y(), pages.width() - 400, chartHeight), *episode,
                      entries, summary.pain.baseline.value.value_or(0), milestones, today);
        pages.skip(chartHeight + pages.lineHeight() * 2);

        pages.heading(
            VisitReport::tr("Outcome measures (met / not yet met; thresholds with their source)"));
        if (verdicts.isEmpty())
            pages.line(VisitReport::tr("No time point after the injection reached yet."));
        const VerdictLines outcome = verdictLines(verdicts);
        for (const auto &[text, state] : outcome.lines)
            pages.line(text, state);
        for (const auto &source : outcome.sources)
            pages.note(source);
        pages.heading(
            VisitReport::tr("Milestones (what clinics expect and trials reported; not a promise)"));
        for (const auto &m : milestones)
            pages.line(VisitReport::tr("Days %1-%2: %3 — %4")
                           .arg(m.definition.windowStartDay)
                           .arg(m.definition.windowEndDay)
                           .arg(m.definition.clinicianText, m.detail),
                       statusText(m.status));
        pages.heading(VisitReport::tr("Alerts and other treatments"));
        const auto &alerts = review.alerts;
        const auto &events = review.events;
        if (alerts.isEmpty() && events.isEmpty())
            pages.line(VisitReport::tr("None recorded."));
        for (const auto &a : alerts)
            pages.line(VisitReport::tr("%1 alert: %2")
                           .arg(a.entryDate.toString(Qt::ISODate), a.flag.reason),
                       a.acknowledgedAt ? VisitReport::tr("acknowledged")
                                        : VisitReport::tr("open"));
        for (const auto &e : events)
            pages.line(VisitReport::tr("%1 %2: %3")
                           .arg(e.date.toString(Qt::ISODate), eventKindLabel(e.kind), e.note));
        if (protocol) {
            pages.heading(VisitReport::tr("Evidence"));
            pages.line(protocol->evidenceClinician);
        }
        return painter.end();
    });
}

} // namespace mend
