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
    const quint64 before = demo.diary->database()->statementsRun();
    REQUIRE(entry->save());
    return demo.diary->database()->statementsRun() - before;
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
