#include "domain/downsample.h"

#include <catch2/catch.hpp>

using namespace mend;

TEST_CASE("LTTB keeps ends and peaks, returns the target count, leaves short series alone",
          "[downsample]")
{
    QList<QPointF> flat;
    for (int i = 0; i < 1000; ++i)
        flat.append(QPointF(i, i == 500 ? 10.0 : 1.0)); // one spike
    const auto out = downsampleLttb(flat, 50);
    REQUIRE(out.size() == 50);
    CHECK(out.first() == flat.first());
    CHECK(out.last() == flat.last());
    CHECK(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == 10.0; }));
    for (int i = 1; i < out.size(); ++i)
        CHECK(out.at(i).x() > out.at(i - 1).x()); // order kept, no point twice

    CHECK(downsampleLttb(flat.mid(0, 40), 50) == flat.mid(0, 40));
    CHECK(downsampleLttb(flat, 2) == QList<QPointF>{flat.first(), flat.last()});
    // A straight line stays on the line.
    QList<QPointF> line;
    for (int i = 0; i < 300; ++i)
        line.append(QPointF(i, 2.0 * i));
    for (const auto &p : downsampleLttb(line, 20))
        CHECK(p.y() == 2.0 * p.x());
}

TEST_CASE("A plot gets the visible points and one beyond each edge, at most two per pixel",
          "[downsample]")
{
    QList<QPointF> daily; // ten years of days
    for (int day = 0; day < 3650; ++day)
        daily.append(QPointF(day, day % 11));

    // A 90-day window on a 390 px plot: every visible day, plus day 99 and day 190 at the edges.
    const auto window = pointsForPlot(daily, 100, 189.5, 390);
    REQUIRE(window.size() == 92);
    CHECK(window.first().x() == 99);
    CHECK(window.last().x() == 190);

    // All ten years on the same plot: 780 points, still from the first day to the last.
    const auto all = pointsForPlot(daily, -14, 3650, 390);
    CHECK(all.size() == 780);
    CHECK(all.first() == daily.first());
    CHECK(all.last() == daily.last());

    // Nothing visible but points on both sides: the two that draw the line across the plot.
    CHECK(pointsForPlot({{0, 1}, {10, 2}}, 4, 6, 390) == QList<QPointF>{{0, 1}, {10, 2}});
    CHECK(pointsForPlot({}, 0, 1, 390).isEmpty());
    // The window's edges inclusive; no point past the data.
    CHECK(pointsForPlot(daily, 3649, 4000, 390) == daily.mid(3648));
}
