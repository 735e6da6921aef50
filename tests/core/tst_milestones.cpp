#include "domain/milestones.h"
#include "services/protocolcatalog.h"
#include "testsupport.h"

using namespace mend;
using Catch::Detail::Approx;

namespace {

const QDate kInjected(2026, 1, 5);

Protocol oaProtocol()
{
    for (const auto &p : ProtocolCatalog::builtIn())
        if (p.id == QStringLiteral("knee-hip-oa"))
            return p;
    FAIL("no knee-hip-oa protocol");
    return {};
}

/** A daily diary: baseline week at 6, then pain(day) for days 0..lastDay. */
QList<DailyEntry> diary(int lastDay, const std::function<int(int)> &pain)
{
    QList<DailyEntry> out;
    for (int day = -7; day <= lastDay; ++day)
        out.append(test::painEntry(kInjected.addDays(day), day < 0 ? 6 : pain(day)));
    return out;
}

MilestoneResult find(const QList<MilestoneResult> &results, const char *id)
{
    for (const auto &r : results)
        if (r.definition.id == QLatin1String(id))
            return r;
    FAIL("milestone not found");
    return {};
}

QDate day(int n)
{
    return kInjected.addDays(n);
}

} // namespace

TEST_CASE("Rules compare inclusively at the threshold", "[milestones]")
{
    MilestoneRule farrar{MilestoneRule::Type::PainReduction, 0, 2, 30};
    CHECK(ruleMet(farrar, 7.0, 5.0));        // exactly 2 points
    CHECK_FALSE(ruleMet(farrar, 7.0, 5.01)); // 1.99 points, 28.4 %
    CHECK(ruleMet(farrar, 5.0, 3.5));        // exactly 30 %
    CHECK_FALSE(ruleMet(farrar, 5.0, 3.51));
    CHECK(ruleMet(farrar, 8.2, 6.2));                // 1.9999999999999991 in binary: still 2
    CHECK(ruleMet(farrar, 6.0 + 1.0 / 3, 13.0 / 3)); // 2 points from thirds
    MilestoneRule settle{MilestoneRule::Type::PainAtMostBaseline, 0, 0, 0};
    CHECK(ruleMet(settle, 6.0, 6.0));
    CHECK_FALSE(ruleMet(settle, 6.0, 6.2));
}

TEST_CASE("On track: flare settles, first improvement at week 6, still met at month 3",
          "[milestones]")
{
    // Flare to 8 for days 0-2, back to 6 by day 3, then 5 from week 4 and 3 from week 6.
    const auto entries = diary(100, [](int d) { return d <= 2 ? 8 : d < 28 ? 6 : d < 42 ? 5 : 3; });
    const auto results =
        evaluateMilestones(oaProtocol(), test::kneeEpisode(kInjected, 6), entries, day(100));
    const auto flare = find(results, "flare-settles");
    CHECK(flare.status == MilestoneStatus::Achieved);
    CHECK(flare.achievedOn == day(9)); // first 7-day window without the flare days: days 3-9
    const auto first = find(results, "first-improvement");
    CHECK(first.status == MilestoneStatus::Achieved);
    // Day 42's week (5,5,5,5,5,5,3) is 21 % down; day 44's (5,5,5,5,3,3,3) = 29/7 is 31 % down:
    // met on the percent criterion before the 2-point one (day 45).
    CHECK(first.achievedOn == day(44));
    CHECK(*first.averageAtCheck == Approx(29 / 7.0));
    CHECK(find(results, "month-3").status == MilestoneStatus::Achieved);
    CHECK(find(results, "month-6").status == MilestoneStatus::Upcoming);
}

TEST_CASE("Late responder: not met in weeks 6-8, met at month 3", "[milestones]")
{
    const auto entries = diary(95, [](int d) { return d < 70 ? 6 : 4; });
    const auto results =
        evaluateMilestones(oaProtocol(), test::kneeEpisode(kInjected, 6), entries, day(95));
    const auto first = find(results, "first-improvement");
    CHECK(first.status == MilestoneStatus::NotMet);
    CHECK(first.detail.contains(QStringLiteral("Not met by day 56")));
    const auto m3 = find(results, "month-3");
    CHECK(m3.status == MilestoneStatus::Achieved);
    CHECK(m3.achievedOn == day(77)); // window opens at 77: days 71-77 all 4
}

TEST_CASE("Flare that does not settle: not met by day 14, in window while it lasts", "[milestones]")
{
    const auto flaring = diary(20, [](int) { return 8; });
    auto results =
        evaluateMilestones(oaProtocol(), test::kneeEpisode(kInjected, 6), flaring, day(10));
    CHECK(find(results, "flare-settles").status == MilestoneStatus::InWindow);
    CHECK(find(results, "first-improvement").status == MilestoneStatus::Upcoming);
    results = evaluateMilestones(oaProtocol(), test::kneeEpisode(kInjected, 6), flaring, day(20));
    CHECK(find(results, "flare-settles").status == MilestoneStatus::NotMet);
}

TEST_CASE("Repeat episode: milestones are measured against its own baseline", "[milestones]")
{
    // First episode improved from 6 to 2; the repeat starts from a new baseline of 4.
    const Episode repeat = test::kneeEpisode(kInjected, 4);
    QList<DailyEntry> entries;
    for (int d = -5; d < 0; ++d)
        entries.append(test::painEntry(day(d), 4));
    for (int d = 0; d <= 50; ++d)
        entries.append(test::painEntry(day(d), d < 30 ? 4 : 3)); // 1 point = 25 % of 4: not met
    auto results = evaluateMilestones(oaProtocol(), repeat, entries, day(50));
    CHECK(find(results, "first-improvement").status == MilestoneStatus::InWindow);
    // Days 44-50 at 2 instead: the 7-day average at day 50 is 2, a 50 % reduction: met.
    for (auto &e : entries)
        if (e.date >= day(44))
            e.painAverage = 2;
    results = evaluateMilestones(oaProtocol(), repeat, entries, day(50));
    CHECK(find(results, "first-improvement").status == MilestoneStatus::Achieved);
    CHECK(find(results, "first-improvement").baseline == 4.0);
}

TEST_CASE("Baseline 0 makes a reduction milestone not applicable", "[milestones]")
{
    QList<DailyEntry> entries{test::painEntry(day(-1), 0), test::painEntry(day(45), 0)};
    const auto results =
        evaluateMilestones(oaProtocol(), test::kneeEpisode(kInjected, 0), entries, day(45));
    CHECK(find(results, "first-improvement").status == MilestoneStatus::NotApplicable);
}

TEST_CASE("Envelope: band by week and position with the day it changed", "[milestones]")
{
    const Envelope env = *oaProtocol().envelope;
    // Points: week 0 [0, 0], week 52 [-3.13, -1.56]; at week 26 half-way.
    const auto band = envelopeBandAt(env, 6.0, 26);
    REQUIRE(band);
    CHECK(band->first == Approx(6.0 - 3.13 / 2));
    CHECK(band->second == Approx(6.0 - 1.56 / 2));
    CHECK_FALSE(envelopeBandAt(env, 6.0, 60));

    // Pain stays at the baseline (6): within at day 0, worse once the band falls below 6.
    const auto flat = diary(30, [](int) { return 6; });
    auto status = envelopeStatus(env, test::kneeEpisode(kInjected, 6), flat, day(30));
    REQUIRE(status.position);
    CHECK(*status.position == EnvelopePosition::Worse);
    CHECK(status.since == day(1));
    // Pain drops to 2: better than the band from the day the 7-day average leaves it.
    const auto better = diary(30, [](int d) { return d < 10 ? 6 : 2; });
    status = envelopeStatus(env, test::kneeEpisode(kInjected, 6), better, day(30));
    CHECK(*status.position == EnvelopePosition::Better);
    CHECK(status.since == day(10));

    Envelope fraction = env;
    fraction.unit = Envelope::Unit::Fraction;
    fraction.points = {{0, 1.0, 1.0}, {12, 0.449, 0.526}};
    const auto f = envelopeBandAt(fraction, 8.0, 12);
    CHECK(f->first == Approx(8.0 * 0.449));
    CHECK(f->second == Approx(8.0 * 0.526));
}
