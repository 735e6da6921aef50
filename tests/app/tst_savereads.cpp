#include "demodiary.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

namespace {

/** The statements a save from the Today form runs, with every controller of the window
 *  listening (the review opened once, as at a visit), and what they are for. */
quint64 statementsForOneSave(DemoDiary &demo, int pain)
{
    auto *entry = demo.app->entry();
    entry->selectDate(QString());
    entry->draft()->setProperty("painAverage", pain);
    const quint64 before = demo.services->database->statementsRun();
    REQUIRE(entry->save());
    return demo.services->database->statementsRun() - before;
}

} // namespace

TEST_CASE("What a save re-reads is counted, and only the screens shown read", "[savereads]")
{
    // Measured on 2026-12-05 (tests/app, the demo diary): before the diary said what changed,
    // every controller re-read on every save: one update ran 59 statements (79 with the review and
    // the cohort open); now 17 (51). The reminders keep the questionnaire schedule until the
    // questionnaires, the episode or the date change. The budgets catch a screen that starts
    // re-reading on every save again.
    DemoDiary demo;
    statementsForOneSave(demo, 4); // the first save creates today's entry
    const quint64 patient = statementsForOneSave(demo, 5);
    demo.app->review()->showEpisode(0);
    demo.app->cohort()->open();
    const quint64 clinician = statementsForOneSave(demo, 6);
    WARN("one update of today's entry ran " << patient << " SQL statements; with the review and "
                                            << "the cohort open " << clinician);
    CHECK(patient <= 25);
    CHECK(clinician <= 60);
}

TEST_CASE("A save or a delete patches the diary's entries day by day: the same as reading them "
          "all again",
          "[savereads]")
{
    DemoDiary demo;
    Diary &diary = *demo.diary;
    const auto fullRead = [&] { return demo.services->entries.forEpisode(diary.episode()->id); };
    const auto sameAsFullRead = [&] {
        const auto cached = diary.episodeEntries();
        const auto stored = fullRead();
        REQUIRE(cached.size() == stored.size());
        for (qsizetype i = 0; i < cached.size(); ++i) {
            CHECK(cached.at(i).date == stored.at(i).date);
            CHECK(cached.at(i).painAverage == stored.at(i).painAverage);
            CHECK(cached.at(i).note == stored.at(i).note);
            CHECK(cached.at(i).updatedAt == stored.at(i).updatedAt);
            CHECK(cached.at(i).rom.size() == stored.at(i).rom.size());
        }
    };
    const qsizetype before = diary.episodeEntries().size();
    REQUIRE(before > 10);

    // A day in the middle deleted from the history, then written again, then updated.
    auto *entry = demo.app->entry();
    const auto middle = diary.episodeEntries().at(before / 2);
    CHECK(demo.app->history()->remove(middle.id).isEmpty());
    CHECK(diary.episodeEntries().size() == before - 1);
    CHECK(std::none_of(diary.episodeEntries().cbegin(), diary.episodeEntries().cend(),
                       [&](const mend::DailyEntry &e) { return e.date == middle.date; }));
    sameAsFullRead();
    entry->selectDate(middle.date.toString(Qt::ISODate));
    entry->draft()->setProperty("painAverage", 3);
    REQUIRE(entry->save());
    CHECK(diary.episodeEntries().size() == before);
    CHECK(diary.episodeEntries().at(before / 2).painAverage == 3);
    sameAsFullRead();
    entry->draft()->setProperty("painAverage", 7);
    entry->draft()->setProperty("note", QStringLiteral("<b>stairs</b>"));
    REQUIRE(entry->save());
    CHECK(diary.episodeEntries().size() == before);
    CHECK(diary.episodeEntries().at(before / 2).painAverage == 7);
    sameAsFullRead();

    // Today's entry updated: one day read, not the episode.
    entry->selectDate(QString());
    entry->draft()->setProperty("painAverage", 1);
    const quint64 statements = demo.services->database->statementsRun();
    REQUIRE(entry->save());
    CHECK(diary.episodeEntries().constLast().painAverage == 1);
    sameAsFullRead();
    WARN("an update of today's entry ran " << demo.services->database->statementsRun() - statements
                                           << " statements");
}
