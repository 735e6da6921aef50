#include "demodiary.h"
#include "diarygenerator.h"
#include "domain/downsample.h"
#include "domain/recovery.h"
#include "domain/romnorms.h"
#include "timelinecontroller.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <array>
#include <catch2/catch.hpp>

namespace {

QList<QPointF> pointsOf(const QLineSeries &s)
{
    return s.points();
}

} // namespace

TEST_CASE("A short range's charts read only its days and draw what the whole diary gives there",
          "[timeline]")
{
    DemoDiary demo;
    TimelineController &timeline = *demo.app->timeline();
    timeline.setPlotWidth(390);
    const auto &entries = demo.diary->episodeEntries();
    REQUIRE(entries.size() > 40);

    for (const QString &range :
         {QStringLiteral("2w"), QStringLiteral("3m"), QStringLiteral("all")}) {
        INFO(range.toStdString());
        timeline.setRange(range);
        QScatterSeries daily;
        QLineSeries average, baseline, dayZero;
        timeline.fillPain(&daily, &average, &baseline, &dayZero);

        // The same figures from every entry of the diary, cut to the view.
        QList<QPointF> all;
        for (const auto &p : mend::rollingSeries(entries, mend::Metric::painAverage()))
            all.append({mend::dayOf(*demo.diary->episode(), p.date) / 7.0, p.value}); // weeks
        const QList<QPointF> expected =
            mend::pointsForPlot(all, timeline.xMin(), timeline.xMax(), 390);
        const QList<QPointF> drawn = pointsOf(average);
        REQUIRE(drawn.size() == expected.size());
        for (qsizetype i = 0; i < drawn.size(); ++i) {
            CHECK(drawn.at(i).x() == Approx(expected.at(i).x()));
            CHECK(drawn.at(i).y() == Approx(expected.at(i).y()));
        }
        if (range == QLatin1String("2w"))
            CHECK(drawn.size() < all.size()); // two weeks of the demo's months
    }
}

TEST_CASE("Years on the plot: the charts draw weekly buckets, the dots are real days, and a save "
          "patches them to what a fresh read draws",
          "[timeline]")
{
    QTemporaryDir dir;
    const QDate today(2026, 12, 6);
    auto db = mend::Database::open(dir.filePath(QStringLiteral("years.sqlite"))).value();
    const mend::Episode ep = mend::bench::generateDiary(db, 10, today);
    const auto clock = [today] { return QDateTime(today, QTime(21, 0)); };
    DiaryServices services(db);
    Diary diary(services, clock);
    TimelineController timeline(&diary, &services);
    timeline.setPlotWidth(390);
    timeline.setRange(QStringLiteral("1y"));
    CHECK(timeline.averageLabel() == QStringLiteral("7-day average")); // 1 year: every day
    timeline.setRange(QStringLiteral("all"));
    // About 539 weeks on the plot, a point every 4 px of 390 (97 points): 6 weeks a point.
    CHECK(timeline.averageLabel() == QStringLiteral("Average of every 6 weeks"));
    CHECK(timeline.dailyLabel() == QStringLiteral("Lowest and highest day of every 6 weeks"));

    const auto draw = [](const TimelineController &t) {
        QScatterSeries daily;
        QLineSeries average, baseline, dayZero;
        t.fillPain(&daily, &average, &baseline, &dayZero);
        return std::make_pair(daily.points(), average.points());
    };
    auto [dots, line] = draw(timeline);
    CHECK(line.size() > 85);
    CHECK(line.size() <= 390 / 4 + 2); // and one beyond each edge
    CHECK(dots.size() <= 2 * line.size());
    // Each dot is a day of the diary, its pain where it was logged.
    QHash<int, int> painByDay;
    for (const auto &e : diary.episodeEntries())
        painByDay.insert(int(mend::dayOf(ep, e.date)), e.painAverage);
    for (const QPointF &p : dots) {
        const int d = int(std::lround(p.x() * 7));
        REQUIRE(painByDay.contains(d));
        CHECK(painByDay.value(d) == p.y());
    }
    // Weeks 6-11's mean, from the entries themselves, in the middle of those weeks.
    double sum = 0;
    int n = 0;
    for (int d = 42; d < 84; ++d)
        if (painByDay.contains(d)) {
            sum += painByDay.value(d);
            ++n;
        }
    const auto group = std::find_if(line.cbegin(), line.cend(),
                                    [](const QPointF &p) { return p.x() > 6 && p.x() < 12; });
    REQUIRE(group != line.cend());
    CHECK(group->x() == Approx(62.5 / 7));
    CHECK(group->y() == Approx(sum / n));

    // The steps chart's buckets, from the days' steps.
    QScatterSeries stepDots;
    QLineSeries stepLine;
    timeline.fillActivity(&stepDots, &stepLine);
    double stepSum = 0;
    int stepDays = 0;
    for (const auto &e : diary.episodeEntries())
        if (const int d = int(mend::dayOf(ep, e.date)); d >= 42 && d < 84 && e.steps) {
            stepSum += *e.steps;
            ++stepDays;
        }
    REQUIRE(stepLine.count() == line.size());
    const QPointF stepGroup = stepLine.at(int(group - line.cbegin()));
    CHECK(stepGroup.x() == Approx(62.5 / 7));
    CHECK(stepGroup.y() == Approx(stepSum / stepDays));

    // A save of yesterday's pain, and of a day long ago, patched into the buckets.
    for (const QDate &date : {today.addDays(-1), ep.injectionDate.addDays(20)}) {
        const auto stored = services.entries.findByDate(ep.id, date);
        REQUIRE(stored);
        mend::DailyEntry entry = *stored;
        entry.painAverage = entry.painAverage == 10 ? 0 : 10;
        REQUIRE(services.recorder.record(entry, *diary.episode(), clock()));
        diary.reloadDays(Diary::EntriesChange, {date});
    }
    Diary fresh(services, clock);
    TimelineController reread(&fresh, &services);
    reread.setPlotWidth(390);
    reread.setRange(QStringLiteral("all"));
    const auto [dotsAfter, lineAfter] = draw(timeline);
    CHECK(lineAfter != line);
    CHECK(draw(reread) == std::make_pair(dotsAfter, lineAfter));
    CHECK(timeline.romMax() == reread.romMax());
    // The scale from every reading of the movement, either side, and its typical maximum.
    double highest = mend::romMovement(timeline.romMovement())->normalMax;
    double lowest = 0;
    for (const auto &e : fresh.episodeEntries())
        for (const auto &r : e.rom)
            if (r.movement == timeline.romMovement()) {
                highest = std::max(highest, double(r.degrees));
                lowest = std::min(lowest, double(r.degrees));
            }
    CHECK(timeline.romMax() == std::ceil((highest + 5) / 10) * 10);
    CHECK(timeline.romMin() == std::floor(lowest / 10) * 10);

    timeline.setPlotWidth(1280); // a desktop: 320 points, 2 weeks each
    CHECK(timeline.averageLabel() == QStringLiteral("Average of every 2 weeks"));
    timeline.setRange(QStringLiteral("1y")); // 1 year: every day
    CHECK(timeline.averageLabel() == QStringLiteral("7-day average"));
}

TEST_CASE("A pan or a zoom redraws the charts on the range, a movement its own chart, and only a "
          "change of content redraws the comparison and the milestones",
          "[timeline][signals]")
{
    DemoDiary demo;
    TimelineController &timeline = *demo.app->timeline();
    QSignalSpy content(&timeline, &TimelineController::contentChanged);
    QSignalSpy view(&timeline, &TimelineController::viewChanged);
    QSignalSpy rom(&timeline, &TimelineController::romChanged);
    const auto counts = [&] {
        const std::array<qsizetype, 3> out{content.size(), view.size(), rom.size()};
        content.clear();
        view.clear();
        rom.clear();
        return out;
    };
    using Counts = std::array<qsizetype, 3>; // content, view, movement

    timeline.zoomAt(0.5, 100, 390);
    CHECK(counts() == Counts{0, 1, 1});
    timeline.panBy(-60, 390);
    CHECK(counts() == Counts{0, 1, 1});
    timeline.resetView();
    CHECK(counts() == Counts{0, 1, 1});
    timeline.setRange(QStringLiteral("2w"));
    CHECK(counts() == Counts{0, 1, 1});
    timeline.setPlotWidth(300);
    CHECK(counts() == Counts{0, 1, 1});
    timeline.setPlotWidth(300);               // the same width: nothing
    timeline.setRange(QStringLiteral("10y")); // not a range: nothing
    CHECK(counts() == Counts{0, 0, 0});

    const QString other =
        timeline.romMovements().constLast().toMap().value(QStringLiteral("key")).toString();
    REQUIRE(other != timeline.romMovement());
    timeline.setRomMovement(other);
    CHECK(counts() == Counts{0, 0, 1});
    CHECK(timeline.romMovement() == other);

    timeline.setMonths(true);
    CHECK(counts() == Counts{1, 1, 1});
    CHECK(timeline.axisTitle() == QStringLiteral("Months since injection"));

    auto *entry = demo.app->entry();
    entry->selectDate(QString());
    entry->draft()->setProperty("painAverage", 2);
    REQUIRE(entry->save());
    CHECK(counts() == Counts{1, 1, 1});
}
