#include "domain/episodesummary.h"
#include "domain/recovery.h"
#include "testsupport.h"

using namespace mend;
using Catch::Detail::Approx;

namespace {

const QDate kInjected(2026, 9, 1);

DailyEntry on(int day, int pain)
{
    return test::painEntry(kInjected.addDays(day), pain);
}

} // namespace

TEST_CASE("Day and week since injection", "[recovery]")
{
    const Episode ep = test::kneeEpisode(kInjected);
    CHECK(dayOf(ep, kInjected) == 0);
    CHECK(dayOf(ep, QDate(2026, 9, 15)) == 14);
    CHECK(weekOf(ep, kInjected.addDays(6)) == 0);
    CHECK(weekOf(ep, kInjected.addDays(7)) == 1);
    CHECK(weekOf(ep, kInjected.addDays(-1)) == -1);
    CHECK(weekOf(ep, kInjected.addDays(-7)) == -1);
    CHECK(weekOf(ep, kInjected.addDays(-8)) == -2);
}

TEST_CASE("Baseline is the mean of entries in the 14 days before the injection", "[recovery]")
{
    const Episode ep = test::kneeEpisode(kInjected, 9);
    // -15 is outside the window, 0 is injection day: neither counts.
    const QList<DailyEntry> entries{on(-15, 0), on(-14, 6), on(-5, 7),
                                    on(-1, 8),  on(0, 10),  on(3, 1)};
    const Baseline b = baselineOf(ep, entries, Metric::painAverage());
    CHECK(b.source == BaselineSource::PreInjectionEntries);
    CHECK(b.entryCount == 3);
    CHECK(*b.value == Approx(7.0)); // (6 + 7 + 8) / 3
}

TEST_CASE("Without pre-injection entries the set-up pain is the baseline", "[recovery]")
{
    const Episode ep = test::kneeEpisode(kInjected, 6);
    const Baseline b = baselineOf(ep, {on(2, 4)}, Metric::painAverage());
    CHECK(b.source == BaselineSource::EpisodeSetup);
    CHECK(*b.value == 6.0);
    const Baseline steps = baselineOf(ep, {on(2, 4)}, Metric::steps());
    CHECK(steps.source == BaselineSource::None);
    CHECK_FALSE(steps.value);
}

TEST_CASE("7-day rolling average uses the calendar window and skips missed days", "[recovery]")
{
    // Days 1..10 with day 5 and 6 missed.
    const QList<DailyEntry> entries{on(1, 8), on(2, 7), on(3, 6), on(4, 6),
                                    on(7, 5), on(8, 4), on(9, 3), on(10, 2)};
    // Window ending day 7 = days 1..7 -> 8, 7, 6, 6, 5 -> 32 / 5
    CHECK(*rollingAverage(entries, kInjected.addDays(7), Metric::painAverage()) == Approx(6.4));
    // Window ending day 10 = days 4..10 -> 6, 5, 4, 3, 2 -> 4
    CHECK(*rollingAverage(entries, kInjected.addDays(10), Metric::painAverage()) == Approx(4.0));
    CHECK_FALSE(rollingAverage(entries, kInjected.addDays(30), Metric::painAverage()));

    const auto series = rollingSeries(entries, Metric::painAverage());
    REQUIRE(series.size() == 8);
    CHECK(series[0].date == kInjected.addDays(1));
    CHECK(series[0].value == Approx(8.0));
    CHECK(series[4].value == Approx(6.4));
    CHECK(series[7].value == Approx(4.0));
    for (const auto &point : series)
        CHECK(point.value == Approx(*rollingAverage(entries, point.date, Metric::painAverage())));
}

TEST_CASE("Rolling series reads ROM and skips entries without the metric", "[recovery]")
{
    DailyEntry a = on(1, 5);
    a.rom = {{QStringLiteral("knee-flexion"), 100}};
    DailyEntry b = on(2, 5);
    DailyEntry c = on(3, 5);
    c.rom = {{QStringLiteral("knee-flexion"), 110},
             {QStringLiteral("knee-flexion"), 130, RomSide::Other}};
    const auto series = rollingSeries({a, b, c}, Metric::rom(QStringLiteral("knee-flexion")));
    REQUIRE(series.size() == 2);
    CHECK(series[1].value == Approx(105.0));
    const auto other =
        rollingSeries({a, b, c}, Metric::rom(QStringLiteral("knee-flexion"), RomSide::Other));
    REQUIRE(other.size() == 1);
    CHECK(other[0].value == 130.0);
    CHECK(Metric::fromKey(QStringLiteral("rom:knee-flexion:other"))->key ==
          QStringLiteral("rom:knee-flexion:other"));
}

TEST_CASE("Change from baseline, absolute and percent", "[recovery]")
{
    const Change c = changeFrom(7.0, 4.2);
    CHECK(c.absolute == Approx(-2.8));
    CHECK(*c.percent == Approx(-40.0));
    CHECK_FALSE(changeFrom(0.0, 3.0).percent);
}

TEST_CASE("Summary: baseline, latest 7-day average, change and adherence", "[recovery]")
{
    const Episode ep = test::kneeEpisode(kInjected, 9);
    QList<DailyEntry> entries{on(-3, 8), on(-2, 7), on(-1, 6)}; // baseline 7
    for (int day : {0, 1, 2, 5, 6, 8, 9})
        entries.append(on(day, day >= 5 ? 4 : 8));
    entries[4].late = true;
    const auto s = summarize(ep, entries, kInjected.addDays(9));
    CHECK(*s.pain.baseline.value == Approx(7.0));
    CHECK(s.pain.latestDate == kInjected.addDays(9));
    // Days 3..9: 5, 6, 8, 9 -> all 4
    CHECK(*s.pain.latestAverage == Approx(4.0));
    CHECK(s.pain.change->absolute == Approx(-3.0));
    CHECK(*s.pain.change->percent == Approx(-300.0 / 7.0));
    CHECK(s.daysSinceInjection == 9);
    CHECK(s.daysElapsed == 10);
    CHECK(s.daysLogged == 7);
    CHECK(s.baselineEntries == 3);
    CHECK(s.lateEntries == 1);
}

TEST_CASE("Summary before the injection has no change yet", "[recovery]")
{
    const Episode ep = test::kneeEpisode(kInjected, 5);
    const auto s = summarize(ep, {on(-2, 5)}, kInjected.addDays(-1));
    CHECK(s.pain.latestAverage);
    CHECK_FALSE(s.pain.change);
    CHECK(s.daysElapsed == 0);
}

TEST_CASE("Adherence: the longest run of days without an entry since the injection", "[recovery]")
{
    const Episode e = mend::test::kneeEpisode(QDate(2026, 9, 1));
    const QList<DailyEntry> entries{
        mend::test::painEntry(QDate(2026, 8, 20), 6), mend::test::painEntry(QDate(2026, 9, 1), 6),
        mend::test::painEntry(QDate(2026, 9, 2), 6), mend::test::painEntry(QDate(2026, 9, 6), 5),
        mend::test::painEntry(QDate(2026, 9, 7), 5)};
    CHECK(summarize(e, entries, QDate(2026, 9, 10)).longestGapDays == 3); // 3rd-5th
    CHECK(summarize(e, entries, QDate(2026, 9, 12)).longestGapDays == 4); // 8th-11th, today open
    CHECK(summarize(e, {}, QDate(2026, 9, 1)).longestGapDays == 0);
    CHECK(summarize(e, {}, QDate(2026, 9, 3)).longestGapDays == 2);
}
