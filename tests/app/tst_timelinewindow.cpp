#include "timelinewindow.h"

#include <catch2/catch.hpp>

namespace {

// An episode 20 weeks old whose diary starts with the 14-day baseline window.
const TimelineWindow::Extent kTwentyWeeks{-14, 140};

void checkShown(const TimelineWindow &window, TimelineWindow::Extent extent, double lo, double hi)
{
    const auto [shownLo, shownHi] = window.shown(extent);
    CHECK(shownLo == Approx(lo));
    CHECK(shownHi == Approx(hi));
}

} // namespace

TEST_CASE("Timeline window: each range ends just after today, a young episode's at the weeks "
          "ahead",
          "[timeline][window]")
{
    TimelineWindow window;
    CHECK(window.range() == QStringLiteral("3m"));
    // Thirteen weeks; today 3 % of them inside the right edge.
    checkShown(window, kTwentyWeeks, 20 + 0.39 - 13, 20 + 0.39);
    REQUIRE(window.setRange(QStringLiteral("2w")));
    checkShown(window, kTwentyWeeks, 20 + 0.5 / 7 - 2, 20 + 0.5 / 7); // at least half a day
    REQUIRE(window.setRange(QStringLiteral("all")));
    checkShown(window, kTwentyWeeks, -2, 20 + 22 * 0.03);
    // Injected 20 days ago: three months start at the baseline window and show what is ahead.
    REQUIRE(window.setRange(QStringLiteral("3m")));
    checkShown(window, {-14, 20}, -2, 11);

    CHECK_FALSE(window.setRange(QStringLiteral("10y")));
    CHECK(window.range() == QStringLiteral("3m"));
}

TEST_CASE("Timeline window: a zoom keeps the point under the finger, between three days and the "
          "whole diary",
          "[timeline][window]")
{
    TimelineWindow window;
    const double lo = 20 + 0.39 - 13;
    window.zoomAt(0.5, 0.5, kTwentyWeeks);
    CHECK(window.zoomed());
    checkShown(window, kTwentyWeeks, lo + 3.25, lo + 9.75);

    window.zoomAt(0.001, 0.0, kTwentyWeeks); // the left edge stays put
    checkShown(window, kTwentyWeeks, lo + 3.25, lo + 3.25 + 3.0 / 7);

    REQUIRE(window.resetView());
    CHECK_FALSE(window.resetView());
    window.zoomAt(100, 0.5, kTwentyWeeks);
    const double widest = (20.39 - -2) * 1.5; // the diary up to the chosen range's edge, x1.5
    checkShown(window, kTwentyWeeks, lo + 6.5 - widest / 2, lo + 6.5 + widest / 2);

    window.zoomAt(0.5, 7.0, kTwentyWeeks); // a point past the edge counts as the edge
    checkShown(window, kTwentyWeeks, lo + 6.5, lo + 6.5 + widest / 2);

    REQUIRE(window.setRange(QStringLiteral("2w"))); // choosing a range undoes the zoom
    CHECK_FALSE(window.zoomed());
}

TEST_CASE("Timeline window: a pan stops a quarter of the view past either end of the diary",
          "[timeline][window]")
{
    TimelineWindow window;
    const double lo = 20 + 0.39 - 13;
    window.panBy(-0.1, kTwentyWeeks); // dragged left: later weeks
    checkShown(window, kTwentyWeeks, lo + 1.3, lo + 14.3);
    window.panBy(-10, kTwentyWeeks);
    checkShown(window, kTwentyWeeks, 20.39 + 3.25 - 13, 20.39 + 3.25);
    window.panBy(10, kTwentyWeeks); // dragged far right: the baseline window, and a quarter more
    checkShown(window, kTwentyWeeks, -2 - 3.25, -2 - 3.25 + 13);
}

TEST_CASE("Timeline window: months on the axis, and ticks that label whole units where they can",
          "[timeline][window]")
{
    TimelineWindow window;
    CHECK(window.tickInterval(kTwentyWeeks) == 2.0); // 13 weeks: every other week
    CHECK(window.labelFormat(kTwentyWeeks) == QStringLiteral("%.0f"));

    window.zoomAt(0.5, 0.5, kTwentyWeeks);
    REQUIRE(window.setMonths(true));
    CHECK_FALSE(window.zoomed());
    CHECK_FALSE(window.setMonths(true));
    CHECK(window.dayX(kDaysPerMonth * 3) == Approx(3));
    REQUIRE(window.setRange(QStringLiteral("2w"))); // under half a month: tenths
    CHECK(window.tickInterval(kTwentyWeeks) == 0.1);
    CHECK(window.labelFormat(kTwentyWeeks) == QStringLiteral("%.1f"));

    REQUIRE(window.setMonths(false));
    REQUIRE(window.setRange(QStringLiteral("all")));
    CHECK(window.tickInterval({-14, 3650}) == 104.0); // ten years: every two years
    CHECK(window.tickInterval({-14, 365}) == 12.0);
}
