#include "demodiary.h"
#include "entrydraft.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace mend;

namespace {

QStringList fields(const QList<Error> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(p.field);
    return out;
}

} // namespace

TEST_CASE("The draft shows a stored entry and reads back the same entry", "[entrydraft]")
{
    DailyEntry e;
    e.date = QDate(2026, 11, 2);
    e.painAverage = 4;
    e.painWorst = 7;
    e.rom = {{QStringLiteral("knee-flexion"), 110, RomSide::Treated},
             {QStringLiteral("knee-flexion"), 135, RomSide::Other}};
    e.steps = 4500;
    e.activityLevel = ActivityLevel::Light;
    e.symptoms.swelling = 2;
    e.symptoms.fever = true;
    e.safety.temperatureC = 37.8;
    e.safety.hotJoint = true;
    e.painMedication = true;
    e.note = QStringLiteral("<b>stairs</b>");

    EntryDraft draft;
    QSignalSpy loaded(&draft, &EntryDraft::loaded);
    draft.load(e);
    CHECK(loaded.count() == 1);
    CHECK(draft.property("painWorst").toInt() == 7);
    CHECK(draft.property("painRest").toInt() == -1);
    CHECK(draft.rom(QStringLiteral("knee-flexion"), true) == QStringLiteral("135"));
    CHECK(draft.hasSign(QStringLiteral("hotJoint")));
    CHECK(draft.hasDetails());

    const auto reading = draft.read(e.date);
    CHECK(reading.problems.isEmpty());
    DailyEntry back = reading.entry;
    CHECK(back.painAverage == e.painAverage);
    CHECK(back.painWorst == e.painWorst);
    CHECK(back.rom == e.rom);
    CHECK(back.steps == e.steps);
    CHECK(back.activityLevel == e.activityLevel);
    CHECK(back.symptoms == e.symptoms);
    CHECK(back.safety == e.safety);
    CHECK(back.painMedication);
    CHECK(back.note == e.note);

    draft.load(std::nullopt);
    CHECK(draft.property("painAverage").toInt() == -1);
    CHECK_FALSE(draft.hasDetails());
    CHECK(draft.read(e.date).problems.size() == 1);
}

TEST_CASE("Every field the draft cannot read is named, each once", "[entrydraft]")
{
    EntryDraft draft;
    draft.setProperty("steps", QStringLiteral("4 500 steps"));
    draft.setProperty("activeMinutes", QStringLiteral("=1+1"));
    draft.setProperty("temperature", QStringLiteral("warm"));
    draft.setProperty("activityLevel", QStringLiteral("flying"));
    draft.setRom(QStringLiteral("knee-flexion"), false, QStringLiteral("ninety"));
    const auto reading = draft.read(QDate(2026, 11, 2));
    CHECK(fields(reading.problems) ==
          QStringList{QStringLiteral("pain"), QStringLiteral("rom knee-flexion"),
                      QStringLiteral("steps"), QStringLiteral("active-minutes"),
                      QStringLiteral("activity-level"), QStringLiteral("temperature")});
    draft.setErrors(reading.problems);
    CHECK(draft.errors().size() == 6);
    CHECK(draft.errors().value(QStringLiteral("pain")).toString() ==
          QStringLiteral("Tap a number from 0 to 10 for your average pain"));
    draft.setErrors({});
    CHECK(draft.errors().isEmpty());
}

TEST_CASE("A refused save marks every field, stores nothing, and each fix clears its own mark",
          "[entrydraft]")
{
    DemoDiary demo;
    auto *entry = demo.app->entry();
    auto *draft = entry->draft();
    entry->selectDate(QString());
    const int before = int(demo.diary->episodeEntries().size());
    const auto stored =
        demo.services->entries.findByDate(demo.diary->episode()->id, demo.diary->today());
    draft->setProperty("painAverage", 12);
    draft->setProperty("steps", QStringLiteral("-5"));
    draft->setProperty("note", QStringLiteral("a\x01"));
    CHECK_FALSE(entry->save());
    CHECK(draft->errors().keys() ==
          QStringList{QStringLiteral("note"), QStringLiteral("pain"), QStringLiteral("steps")});
    CHECK(demo.diary->episodeEntries().size() == before);
    const auto after =
        demo.services->entries.findByDate(demo.diary->episode()->id, demo.diary->today());
    REQUIRE(after.has_value() == stored.has_value());
    if (stored) {
        CHECK(after->painAverage == stored->painAverage);
        CHECK(after->steps == stored->steps);
        CHECK(after->note == stored->note);
    }

    draft->setProperty("steps", QStringLiteral("5"));
    CHECK(draft->errors().keys() == QStringList{QStringLiteral("note"), QStringLiteral("pain")});
    draft->setProperty("painAverage", 2);
    draft->setProperty("note", QStringLiteral("fine"));
    CHECK(draft->errors().isEmpty());
    CHECK(entry->save());
    const auto saved =
        demo.services->entries.findByDate(demo.diary->episode()->id, demo.diary->today());
    REQUIRE(saved);
    CHECK(saved->painAverage == 2);
    CHECK(saved->steps == 5);
    CHECK(saved->note == QStringLiteral("fine"));
}
