#include "domain/milestones.h"
#include "storage/timelinerepository.h"
#include "testsupport.h"

using namespace mend;

TEST_CASE("Co-treatment events: known kinds, dates in range, listed by date", "[timeline]")
{
    test::TempStore store;
    TimelineRepository timeline(store.db);
    auto ep = store.episodes->add(test::kneeEpisode(QDate(2026, 9, 1)), test::fixedNow()).value();
    REQUIRE(timeline
                .addEvent({0,
                           0,
                           QDate(2026, 10, 1),
                           QStringLiteral("steroid-injection"),
                           QStringLiteral("40 mg"),
                           {}},
                          ep, test::fixedNow())
                .ok());
    REQUIRE(timeline
                .addEvent({0, 0, QDate(2026, 9, 20), QStringLiteral("physio-start"), {}, {}}, ep,
                          test::fixedNow())
                .ok());
    auto bad = timeline.addEvent({0, 0, QDate(2026, 9, 20), QStringLiteral("prayer"), {}, {}}, ep,
                                 test::fixedNow());
    CHECK(bad.error().field == QStringLiteral("kind"));
    CHECK(bad.error().message.contains(QStringLiteral("steroid-injection, hyaluronic-acid")));
    auto future = timeline.addEvent({0, 0, QDate(2026, 12, 1), QStringLiteral("surgery"), {}, {}},
                                    ep, test::fixedNow());
    CHECK(future.error().text().startsWith(QStringLiteral("date: 2026-12-01 is out of range")));
    const auto events = timeline.events(ep.id);
    REQUIRE(events.size() == 2);
    CHECK(events[0].kind == QStringLiteral("physio-start"));
    CHECK(events[1].note == QStringLiteral("40 mg"));
}

TEST_CASE("Series injections come after day 0 and once per day", "[timeline]")
{
    test::TempStore store;
    TimelineRepository timeline(store.db);
    auto ep = store.episodes->add(test::kneeEpisode(QDate(2026, 9, 1)), test::fixedNow()).value();
    REQUIRE(timeline.addSeriesInjection({0, 0, QDate(2026, 9, 8), {}}, ep, test::fixedNow().date())
                .ok());
    REQUIRE(timeline.addSeriesInjection({0, 0, QDate(2026, 9, 15), {}}, ep, test::fixedNow().date())
                .ok());
    CHECK(timeline.addSeriesInjection({0, 0, QDate(2026, 9, 1), {}}, ep, test::fixedNow().date())
              .error()
              .message.contains(QStringLiteral("must be after the first injection")));
    CHECK_FALSE(
        timeline.addSeriesInjection({0, 0, QDate(2026, 9, 8), {}}, ep, test::fixedNow().date())
            .ok());
    CHECK(timeline.addSeriesInjection({0, 0, QDate(2026, 9, 8), {}}, ep, test::fixedNow().date())
              .error()
              .text() == QStringLiteral("date: an injection is already marked on 2026-09-08"));
    CHECK(timeline.seriesInjections(ep.id).size() == 2);
}

TEST_CASE("Goals: a target window, ticked off by the patient", "[timeline]")
{
    test::TempStore store;
    TimelineRepository timeline(store.db);
    const Episode ep =
        store.episodes->add(test::kneeEpisode(QDate(2026, 9, 1)), test::fixedNow()).value();
    auto goal = timeline.addGoal({0, 0, QStringLiteral("Walk 2 km without pain"), 0, 84, {}, {}},
                                 ep, test::fixedNow());
    REQUIRE(goal.ok());
    CHECK(goalStatus(goal.value(), ep, QDate(2026, 10, 1)) == MilestoneStatus::InWindow);
    CHECK(goalStatus(goal.value(), ep, QDate(2026, 11, 24)) == MilestoneStatus::InWindow); // day 84
    CHECK(goalStatus(goal.value(), ep, QDate(2026, 11, 25)) == MilestoneStatus::NotMet);
    REQUIRE(timeline.setGoalAchieved(goal.value().id, QDate(2026, 11, 20)).ok());
    const auto stored = timeline.goals(ep.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].achievedOn == QDate(2026, 11, 20));
    CHECK(goalStatus(stored[0], ep, QDate(2026, 11, 24)) == MilestoneStatus::Achieved);
    REQUIRE(timeline.setGoalAchieved(goal.value().id, QDate()).ok()); // untick
    CHECK_FALSE(timeline.goals(ep.id)[0].achievedOn.isValid());

    CHECK(timeline.addGoal({0, 0, QStringLiteral("  "), 0, 10, {}, {}}, ep, test::fixedNow())
              .error()
              .field == QStringLiteral("text"));
    CHECK(timeline.addGoal({0, 0, QStringLiteral("x"), 30, 10, {}, {}}, ep, test::fixedNow())
              .error()
              .field == QStringLiteral("window"));
    CHECK_FALSE(timeline.setGoalAchieved(999, QDate(2026, 11, 20)).ok());
}
