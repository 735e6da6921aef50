#include "demodiary.h"
#include "domain/downsample.h"
#include "domain/recovery.h"
#include "timelinecontroller.h"

#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
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
