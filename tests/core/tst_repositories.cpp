#include "storage/entrycolumns.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

using namespace mend;

namespace {

/** Every row of every table, as text: compares whole database states. */
QString dump(const std::shared_ptr<Database> &db)
{
    QString out;
    for (const char *table : {"episode", "daily_entry", "rom_reading"}) {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

QList<RomReading> sorted(QList<RomReading> rom)
{
    std::sort(rom.begin(), rom.end(), [](const RomReading &a, const RomReading &b) {
        return std::tie(a.movement, a.side) < std::tie(b.movement, b.side);
    });
    return rom;
}

DailyEntry fullEntry()
{
    DailyEntry e = test::painEntry(QDate(2026, 9, 15), 5);
    e.painRest = 2;
    e.painActivity = 6;
    e.painWorst = 8;
    e.rom = {{QStringLiteral("knee-flexion"), 110},
             {QStringLiteral("knee-extension"), 4},
             {QStringLiteral("knee-flexion"), 134, RomSide::Other}};
    e.steps = 5230;
    e.activeMinutes = 41;
    e.activityLevel = ActivityLevel::Moderate;
    e.walkingAid = WalkingAid::Cane;
    e.symptoms = {1, 2, 0, 0, 1, false};
    e.safety.temperatureC = 37.6;
    e.safety.hotJoint = true;
    e.safety.cannotBearWeight = true;
    e.painMedication = true;
    e.note = QStringLiteral("Stairs were hard — «ça va» 日本語");
    return e;
}

} // namespace

TEST_CASE("An episode round-trips with every field", "[repository]")
{
    test::TempStore store;
    Episode ep = test::kneeEpisode();
    ep.side = Side::Right;
    ep.product = Product::Prp;
    ep.adjunctPhysio = true;
    ep.clinic = QStringLiteral("Clinic A");
    ep.notes = QStringLiteral("3 ml");
    auto added = store.episodes->add(ep, test::fixedNow());
    REQUIRE(added.ok());
    auto found = store.episodes->find(added.value().id);
    REQUIRE(found);
    CHECK(found->side == Side::Right);
    CHECK(found->product == Product::Prp);
    CHECK(found->adjunctPhysio);
    CHECK_FALSE(found->adjunctPrp);
    CHECK(found->clinic == QStringLiteral("Clinic A"));
    CHECK(found->injectionDate == QDate(2026, 9, 1));
    CHECK(found->baselinePain == 7);
    CHECK(found->createdAt == test::fixedNow().toUTC());
    CHECK_FALSE(found->previousEpisodeId);
}

TEST_CASE("A repeat episode links to an earlier one, latest() is the newest", "[repository]")
{
    test::TempStore store;
    auto first = store.episodes->add(test::kneeEpisode(QDate(2025, 3, 1)), test::fixedNow());
    REQUIRE(first.ok());
    Episode repeat = test::kneeEpisode(QDate(2026, 9, 1));
    repeat.previousEpisodeId = first.value().id;
    auto second = store.episodes->add(repeat, test::fixedNow());
    REQUIRE(second.ok());
    CHECK(store.episodes->latest()->id == second.value().id);
    CHECK(store.episodes->latest()->previousEpisodeId == first.value().id);

    Episode dangling = test::kneeEpisode();
    dangling.previousEpisodeId = 99;
    CHECK(store.episodes->add(dangling, test::fixedNow()).error().field ==
          QStringLiteral("previous"));
    Episode backwards = test::kneeEpisode(QDate(2025, 1, 1));
    backwards.previousEpisodeId = second.value().id;
    CHECK(store.episodes->add(backwards, test::fixedNow())
              .error()
              .message.contains(QStringLiteral("not before")));
    Episode otherSite = test::kneeEpisode(QDate(2026, 10, 1));
    otherSite.site = BodySite::Hip;
    otherSite.previousEpisodeId = second.value().id;
    CHECK(store.episodes->add(otherSite, test::fixedNow()).error().text() ==
          QStringLiteral("previous: episode 2 is the left knee; a repeat injection is on the same "
                         "site and side"));
    Episode otherSide = test::kneeEpisode(QDate(2026, 10, 1));
    otherSide.side = Side::Right;
    otherSide.previousEpisodeId = second.value().id;
    CHECK_FALSE(store.episodes->add(otherSide, test::fixedNow()).ok());
    CHECK(store.episodes->all().size() == 2);
}

TEST_CASE("A repeat is a later injection on the same site and side", "[repository]")
{
    const Episode first = test::kneeEpisode(QDate(2025, 3, 1));
    CHECK(isRepeatOf(test::kneeEpisode(QDate(2026, 9, 1)), first));
    CHECK_FALSE(isRepeatOf(test::kneeEpisode(QDate(2025, 3, 1)), first));
    Episode otherSide = test::kneeEpisode(QDate(2026, 9, 1));
    otherSide.side = Side::Right;
    CHECK_FALSE(isRepeatOf(otherSide, first));
    Episode hip = test::kneeEpisode(QDate(2026, 9, 1));
    hip.site = BodySite::Hip;
    CHECK_FALSE(isRepeatOf(hip, first));
}

TEST_CASE("A daily entry round-trips with every field", "[repository]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(), test::fixedNow()).value();
    const DailyEntry in = fullEntry();
    auto saved = store.entries->save(in, ep, test::fixedNow());
    REQUIRE(saved.ok());
    auto out = store.entries->findByDate(ep.id, in.date);
    REQUIRE(out);
    CHECK(out->id == saved.value().id);
    CHECK(out->painAverage == 5);
    CHECK(out->painRest == 2);
    CHECK(out->painActivity == 6);
    CHECK(out->painWorst == 8);
    CHECK(sorted(out->rom) == sorted(in.rom));
    CHECK(out->steps == 5230);
    CHECK(out->activeMinutes == 41);
    CHECK(out->activityLevel == ActivityLevel::Moderate);
    CHECK(out->walkingAid == WalkingAid::Cane);
    CHECK(out->symptoms == in.symptoms);
    CHECK(out->safety == in.safety);
    CHECK(out->painMedication);
    CHECK(out->note == in.note);
    CHECK(out->late); // saved on 2026-11-24 for 2026-09-15

    auto minimal =
        store.entries->save(test::painEntry(QDate(2026, 9, 16), 0), ep, test::fixedNow());
    REQUIRE(minimal.ok());
    auto back = store.entries->findByDate(ep.id, QDate(2026, 9, 16));
    CHECK_FALSE(back->painRest);
    CHECK_FALSE(back->steps);
    CHECK_FALSE(back->activityLevel);
    CHECK_FALSE(back->symptoms.soreness);
    CHECK(back->rom.isEmpty());
}

TEST_CASE("Saving the same day again edits it, keeping created time and late mark", "[repository]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(QDate(2026, 11, 1)), test::fixedNow()).value();
    const QDate day(2026, 11, 20);
    const QDateTime onTheDay(day, QTime(21, 0));
    DailyEntry original = fullEntry();
    original.date = day;
    auto first = store.entries->save(original, ep, onTheDay);
    REQUIRE(first.ok());
    CHECK_FALSE(first.value().late);

    DailyEntry edit = test::painEntry(day, 3);
    edit.rom = {{QStringLiteral("knee-flexion"), 118}};
    const QDateTime later(day.addDays(2), QTime(9, 0));
    auto second = store.entries->save(edit, ep, later);
    REQUIRE(second.ok());
    CHECK(second.value().id == first.value().id);

    auto stored = store.entries->forEpisode(ep.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].painAverage == 3);
    CHECK(stored[0].rom == QList<RomReading>{{QStringLiteral("knee-flexion"), 118}});
    CHECK_FALSE(stored[0].steps);
    CHECK(stored[0].createdAt == onTheDay.toUTC());
    CHECK(stored[0].updatedAt == later.toUTC());
    CHECK_FALSE(stored[0].late);
}

TEST_CASE("A rejected entry leaves the database exactly as it was", "[repository]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(), test::fixedNow()).value();
    REQUIRE(store.entries->save(fullEntry(), ep, test::fixedNow()).ok());
    const QString before = dump(store.db);

    DailyEntry bad = fullEntry(); // same day: would overwrite if it got through
    bad.painAverage = 2;
    bad.rom.append({QStringLiteral("knee-flexion"), -400, RomSide::Other});
    auto result = store.entries->save(bad, ep, test::fixedNow());
    REQUIRE_FALSE(result.ok());
    CHECK(dump(store.db) == before);

    Episode badEpisode = test::kneeEpisode();
    badEpisode.baselinePain = 11;
    REQUIRE_FALSE(store.episodes->add(badEpisode, test::fixedNow()).ok());
    CHECK(dump(store.db) == before);
}

TEST_CASE("Entries are listed by date range and removed with their readings", "[repository]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(), test::fixedNow()).value();
    for (int d = 0; d < 10; ++d) {
        DailyEntry e = test::painEntry(QDate(2026, 9, 10).addDays(9 - d), d % 11);
        e.rom = {{QStringLiteral("knee-flexion"), 100 + d}};
        REQUIRE(store.entries->save(e, ep, test::fixedNow()).ok());
    }
    auto all = store.entries->forEpisode(ep.id);
    REQUIRE(all.size() == 10);
    CHECK(std::is_sorted(all.begin(), all.end(),
                         [](const DailyEntry &a, const DailyEntry &b) { return a.date < b.date; }));
    auto range = store.entries->forEpisode(ep.id, QDate(2026, 9, 12), QDate(2026, 9, 14));
    REQUIRE(range.size() == 3);
    CHECK(range[0].rom.size() == 1);

    REQUIRE(store.entries->remove(range[1].id).ok());
    CHECK(store.entries->forEpisode(ep.id).size() == 9);
    CHECK_FALSE(store.entries->find(range[1].id));
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM rom_reading")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 9);
    CHECK(store.entries->remove(range[1].id)
              .error()
              .message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("A save that fails after its first write leaves nothing behind", "[repository]")
{
    // The entry row is written first; a trigger then refuses its ROM readings, so the failure
    // comes in the middle of the save's transaction (validation has already passed).
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(), test::fixedNow()).value();
    DailyEntry first = fullEntry();
    first.date = QDate(2026, 9, 10);
    REQUIRE(store.entries->save(first, ep, test::fixedNow()).ok());
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER refuse_rom BEFORE INSERT ON rom_reading BEGIN "
                                  "SELECT RAISE(ABORT, 'refused for the test'); END")));
    const QString before = dump(store.db);

    auto added = store.entries->save(fullEntry(), ep, test::fixedNow()); // a new day
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QStringLiteral("refused for the test")));
    DailyEntry edit = first; // an edit of a stored day: its old values must stay
    edit.painAverage = 1;
    REQUIRE_FALSE(store.entries->save(edit, ep, test::fixedNow()).ok());
    CHECK(dump(store.db) == before);
    CHECK(store.entries->findByDate(ep.id, first.date)->painAverage == first.painAverage);
    CHECK_FALSE(store.entries->findByDate(ep.id, fullEntry().date));
}

TEST_CASE("The entry's columns are declared once, and they are the daily_entry table's",
          "[repository]")
{
    test::TempStore store;
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(daily_entry)")));
    QStringList schema;
    while (q.next())
        schema << q.value(1).toString();
    QStringList declared;
    for (const auto &c : entryColumns()) {
        declared << QLatin1String(c.name);
        CHECK(QLatin1String(c.parameter) == QLatin1Char(':') + QLatin1String(c.name));
    }
    schema.sort();
    declared.sort();
    CHECK(declared == schema);
    CHECK(entryUpdateSql().contains(QStringLiteral("pain_average = :pain_average")));
    CHECK_FALSE(entryUpdateSql().contains(QStringLiteral("created_at"))); // kept from the insert
}

TEST_CASE("Each warning sign is stored in its own column", "[repository]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(), test::fixedNow()).value();
    const auto &flags = safetyFlags();
    for (size_t i = 0; i < flags.size(); ++i) {
        DailyEntry e = test::painEntry(QDate(2026, 9, 15).addDays(qint64(i)), 4);
        e.safety.*flags[i].member = true;
        REQUIRE(store.entries->save(e, ep, test::fixedNow()).ok());
        const auto back = store.entries->findByDate(ep.id, e.date);
        REQUIRE(back);
        INFO(flags[i].key);
        CHECK(back->safety == e.safety);
    }
}

TEST_CASE("An imported entry is validated as a save is, and a refused file stores nothing",
          "[repository]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(), test::fixedNow()).value();
    DailyEntry good = test::painEntry(QDate(2026, 9, 15), 4);
    DailyEntry bad = test::painEntry(QDate(2026, 9, 16), 11);
    const QString before = dump(store.db);
    QList<DailyEntry> goodAndBad{good, bad};
    auto refused = store.entries->insertImported(goodAndBad, ep, test::fixedNow().date());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("2026-09-16: ")));
    CHECK(refused.error().field == QStringLiteral("pain"));
    CHECK(refused.error().text().endsWith(QStringLiteral("; nothing was imported")));
    CHECK(dump(store.db) == before);

    DailyEntry future = test::painEntry(test::fixedNow().date().addDays(1), 3);
    QList<DailyEntry> futureOnly{future};
    CHECK_FALSE(store.entries->insertImported(futureOnly, ep, test::fixedNow().date()).ok());
    CHECK(dump(store.db) == before);

    QList<DailyEntry> goodOnly{good};
    REQUIRE(store.entries->insertImported(goodOnly, ep, test::fixedNow().date()).ok());
    DailyEntry stored = *store.entries->findByDate(ep.id, good.date);
    const QString withGood = dump(store.db);
    stored.painAverage = -1;
    CHECK_FALSE(store.entries->replaceImported(stored, ep, test::fixedNow().date()).ok());
    CHECK(dump(store.db) == withGood);
    stored.painAverage = 2;
    REQUIRE(store.entries->replaceImported(stored, ep, test::fixedNow().date()).ok());
    CHECK(store.entries->findByDate(ep.id, good.date)->painAverage == 2);
}
