#include "demo/demopatient.h"
#include "domain/episodesummary.h"
#include "testsupport.h"

using namespace mend;

TEST_CASE("The demo patient is a realistic knee OA course, the same every time", "[demo]")
{
    test::TempStore a;
    test::TempStore b;
    TimelineRepository timelineA(a.db);
    TimelineRepository timelineB(b.db);
    auto epA = seedDemoPatient(*a.episodes, *a.entries, timelineA, test::fixedNow());
    auto epB = seedDemoPatient(*b.episodes, *b.entries, timelineB, test::fixedNow());
    REQUIRE(epA.ok());
    REQUIRE(epB.ok());
    CHECK(epA.value().site == BodySite::Knee);
    CHECK(epA.value().condition == Condition::Osteoarthritis);
    CHECK(epA.value().product == Product::BoneMarrowConcentrate);
    CHECK(epA.value().injectionDate == QDate(2026, 9, 15)); // 10 weeks before 2026-11-24

    const auto entriesA = a.entries->forEpisode(epA.value().id);
    const auto entriesB = b.entries->forEpisode(epB.value().id);
    REQUIRE(entriesA.size() == entriesB.size());
    for (qsizetype i = 0; i < entriesA.size(); ++i) {
        CHECK(entriesA[i].date == entriesB[i].date);
        CHECK(entriesA[i].painAverage == entriesB[i].painAverage);
    }

    const auto s = summarize(epA.value(), entriesA, test::fixedNow().date());
    CHECK(s.baselineEntries == 7);
    CHECK(s.daysElapsed == 71);
    CHECK(s.daysLogged < s.daysElapsed); // a few missed days
    CHECK(s.daysLogged > 55);
    CHECK(s.lateEntries == 2);
    CHECK(s.pain.baseline.source == BaselineSource::PreInjectionEntries);
    CHECK(*s.pain.baseline.value > 5.5);
    CHECK(*s.pain.baseline.value < 7.5);
    CHECK(s.pain.change->absolute < -1.0); // improved by week 10
    CHECK(s.pain.latestDate == test::fixedNow().date());
    REQUIRE(timelineA.events(epA.value().id).size() == 1);
    CHECK(timelineA.events(epA.value().id)[0].kind == QStringLiteral("physio-start"));
    CHECK(timelineA.goals(epA.value().id).size() == 1);
}
