#include "domain/weeklysummary.h"

#include <catch2/catch.hpp>
#include <random>

using namespace mend;

namespace {

const QDate kInjection(2026, 3, 2);

DailyEntry day(int offset, int pain)
{
    DailyEntry e;
    e.date = kInjection.addDays(offset);
    e.painAverage = pain;
    return e;
}

Episode episode()
{
    Episode ep;
    ep.injectionDate = kInjection;
    return ep;
}

void requireSame(const QList<WeekBucket> &a, const QList<WeekBucket> &b)
{
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        INFO("bucket " << i);
        CHECK(a.at(i).firstWeek == b.at(i).firstWeek);
        CHECK(a.at(i).count == b.at(i).count);
        CHECK(a.at(i).sum == b.at(i).sum);
        CHECK(a.at(i).min == b.at(i).min);
        CHECK(a.at(i).minDate == b.at(i).minDate);
        CHECK(a.at(i).max == b.at(i).max);
        CHECK(a.at(i).maxDate == b.at(i).maxDate);
    }
}

} // namespace

TEST_CASE("Weekly buckets: days 0-6 are week 0, the days before the injection count back, each "
          "week keeps its mean and its lowest and highest day",
          "[weeklysummary]")
{
    // Baseline days -8 and -1, week 0 with three days, nothing in week 1, one day in week 2.
    const QList<DailyEntry> entries{day(-8, 7), day(-1, 8), day(0, 6),
                                    day(3, 2),  day(6, 4),  day(14, 5)};
    const WeeklySummary summary(Metric::painAverage(), episode(), entries);
    const auto &weeks = summary.weeks();
    REQUIRE(weeks.size() == 4);
    CHECK(weeks.at(0).firstWeek == -2);
    CHECK(weeks.at(1).firstWeek == -1);
    CHECK(weeks.at(2).firstWeek == 0);
    CHECK(weeks.at(3).firstWeek == 2);
    CHECK(weeks.at(2).count == 3);
    CHECK(weeks.at(2).mean() == 4.0);
    CHECK(weeks.at(2).min == 2.0);
    CHECK(weeks.at(2).minDate == kInjection.addDays(3));
    CHECK(weeks.at(2).max == 6.0);
    CHECK(weeks.at(2).maxDate == kInjection);

    SECTION("joined two weeks at a time from even weeks, the range's weeks only")
    {
        const auto joined = joinWeeks(weeks, -2, 3, 2);
        REQUIRE(joined.size() == 3); // weeks -2..-1, 0..1, 2..3
        CHECK(joined.at(0).firstWeek == -2);
        CHECK(joined.at(0).count == 2);
        CHECK(joined.at(0).mean() == 7.5);
        CHECK(joined.at(1).firstWeek == 0);
        CHECK(joined.at(1).weeks == 2);
        CHECK(joined.at(2).firstWeek == 2);
        CHECK(joinWeeks(weeks, 0, 1, 2).size() == 1);
        CHECK(joinWeeks(weeks, 3, 10, 1).isEmpty());
        // Week -1 with 3 per point belongs to the group of weeks -3..-1.
        CHECK(joinWeeks(weeks, -2, 5, 3).constFirst().firstWeek == -3);
    }
    SECTION("values already by day give the same buckets")
    {
        QList<DatedValue> values;
        for (const auto &e : entries)
            values.append({e.date, double(e.painAverage)});
        requireSame(weeklyBuckets(episode(), values), weeks);
    }
}

TEST_CASE("Weekly buckets patched after saves, changes and deletes equal buckets read again",
          "[weeklysummary]")
{
    std::mt19937 rng(19);
    QList<DailyEntry> entries;
    for (int d = -14; d < 400; ++d)
        if (rng() % 4 != 0)
            entries.append(day(d, int(rng() % 11)));
    WeeklySummary patched(Metric::painAverage(), episode(), entries);
    const auto byDate = [](const DailyEntry &e, const QDate &d) { return e.date < d; };

    for (int round = 0; round < 200; ++round) {
        const QDate date = kInjection.addDays(int(rng() % 430) - 20);
        auto at = std::lower_bound(entries.begin(), entries.end(), date, byDate);
        const bool stored = at != entries.end() && at->date == date;
        if (stored && rng() % 3 == 0)
            entries.erase(at); // a delete, perhaps the week's last day
        else if (stored)
            at->painAverage = int(rng() % 11);
        else
            entries.insert(at, day(int(kInjection.daysTo(date)), int(rng() % 11)));
        patched.patch(entries, {date});
    }
    requireSame(patched.weeks(), WeeklySummary(Metric::painAverage(), episode(), entries).weeks());
}
