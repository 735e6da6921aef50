#include "demo/demopatient.h"
#include "services/activityimporter.h"
#include "services/episodereview.h"
#include "services/outcomeservice.h"
#include "services/promrecorder.h"
#include "testsupport.h"

using namespace mend;

TEST_CASE("The episode review holds what a visit shows, the same whether the entries are given",
          "[review]")
{
    test::TempStore store;
    TimelineRepository timeline(store.db);
    const auto episode =
        seedDemoPatient(*store.episodes, *store.entries, timeline, test::fixedNow());
    REQUIRE(episode.ok());
    PromRecorder recorder(store.db);
    REQUIRE(seedDemoQuestionnaires(recorder, episode.value(), test::fixedNow()).ok());
    const QDate today = test::fixedNow().date();

    const EpisodeReview read = reviewEpisode(store.db, episode.value(), today);
    const EpisodeReview given = reviewEpisode(store.db, episode.value(), today,
                                              store.entries->forEpisode(episode.value().id));
    CHECK(read.entries.size() == given.entries.size());
    CHECK(read.summary.daysLogged == given.summary.daysLogged);

    QStringList labels;
    for (const auto &m : read.measures)
        labels.append(QString::fromLatin1(m.label));
    CHECK(labels == QStringList{QStringLiteral("Average pain (0-10)"),
                                QStringLiteral("Pain at rest"),
                                QStringLiteral("Pain with activity"), QStringLiteral("Worst pain"),
                                QStringLiteral("Steps")});
    CHECK(read.measures.first().decimals == 1);
    CHECK(read.measures.last().decimals == 0);
    // The headline pain figure is the episode summary's, not a second computation of it.
    CHECK(read.measures.first().summary.latestAverage == read.summary.pain.latestAverage);
    CHECK(read.measures.first().summary.baseline.value == read.summary.pain.baseline.value);

    REQUIRE(read.rom.size() == romMovementsFor(BodySite::Knee).size());
    CHECK(read.rom.first().movement.key == QStringLiteral("knee-flexion"));
    CHECK(read.rom.first().treated.latestAverage.has_value());

    REQUIRE(read.protocol.has_value());
    CHECK_FALSE(read.milestones.isEmpty());
    const auto verdicts = OutcomeService(store.db).verdicts(episode.value(), today);
    REQUIRE(read.verdicts.size() == verdicts.size());
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        CHECK(read.verdicts[i].state == verdicts[i].state);
    CHECK(read.events.size() == timeline.events(episode.value().id).size());
    for (qsizetype i = 1; i < read.events.size(); ++i)
        CHECK(read.events[i - 1].date <= read.events[i].date);
}

TEST_CASE("The review's steps count imported days where nothing was typed, pain only logged days",
          "[review][activity]")
{
    test::TempStore store;
    auto episode = store.episodes->add(test::kneeEpisode(QDate(2026, 3, 1)), test::fixedNow());
    REQUIRE(episode.ok());
    DailyEntry typed = test::painEntry(QDate(2026, 3, 2), 5);
    typed.steps = 4000;
    REQUIRE(store.entries->save(typed, episode.value(), test::fixedNow()).ok());
    ActivityImporter importer(store.db);
    const auto file = importer.read(QStringLiteral(MEND_TEST_DATA_DIR "/activity/apple-export.xml"),
                                    episode.value(), QDate(2026, 3, 10), {});
    REQUIRE(file.ok());
    REQUIRE(importer.apply(file.value(), episode.value(), test::fixedNow(), true).ok());

    const EpisodeReview review = reviewEpisode(store.db, episode.value(), QDate(2026, 3, 4));
    // The 2nd as typed (4000, not the export's 3850), the 3rd and the 4th from the export.
    REQUIRE(review.steps.size() == 3);
    CHECK(review.steps.at(0).steps == 4000);
    CHECK(review.steps.at(0).source.isEmpty());
    CHECK(review.steps.at(1).steps == 100); // a walk across midnight shared with the 4th
    CHECK(review.steps.at(2).source == QStringLiteral("Apple Health"));
    CHECK(review.importedSteps.sources == QStringList{QStringLiteral("Apple Health")});
    CHECK(review.importedSteps.days == 2);
    const ReviewMeasure &steps = review.measures.last();
    REQUIRE(steps.summary.latestAverage.has_value());
    CHECK(*steps.summary.latestAverage == Approx((4000.0 + 150 + 70) / 3));
    // Pain: the one logged day; the imported days are not pain days.
    CHECK(review.summary.daysLogged == 1);
    CHECK(*review.measures.first().summary.latestAverage == Approx(5));
}
