#include "domain/redflags.h"
#include "services/entryrecorder.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace mend;

namespace {

const QDate kInjected(2026, 9, 1);

DailyEntry onDay(int day, int pain)
{
    return test::painEntry(kInjected.addDays(day), pain);
}

QStringList rules(const QList<RedFlag> &flags)
{
    QStringList out;
    for (const auto &f : flags)
        out.append(f.rule);
    return out;
}

QStringList flagsOf(const DailyEntry &e, const QList<DailyEntry> &others = {}, double baseline = 5,
                    Product product = Product::BoneMarrowConcentrate)
{
    Episode ep = test::kneeEpisode(kInjected);
    ep.product = product;
    return rules(redFlagsFor(e, ep, others, baseline));
}

} // namespace

TEST_CASE("Fever: 38.0 °C or more, or chills, in the first 14 days", "[redflags]")
{
    DailyEntry e = onDay(3, 4);
    e.safety.temperatureC = 38.4;
    auto flags = redFlagsFor(e, test::kneeEpisode(kInjected), {}, 5);
    REQUIRE(rules(flags) == QStringList{QStringLiteral("fever")});
    CHECK(flags[0].reason.contains(QStringLiteral("38.4 °C on day 3")));
    CHECK(flags[0].severity == AlertSeverity::ContactClinic);

    e.safety.temperatureC = 38.0; // inclusive
    CHECK(flagsOf(e) == QStringList{QStringLiteral("fever")});
    e.safety.temperatureC = 37.9;
    CHECK(flagsOf(e).isEmpty());
    e.safety.chills = true;
    CHECK(flagsOf(e) == QStringList{QStringLiteral("fever")});

    DailyEntry late = onDay(15, 4);
    late.safety.temperatureC = 39.0;
    CHECK(flagsOf(late).isEmpty());
    DailyEntry day14 = onDay(14, 4);
    day14.symptoms.fever = true;
    CHECK(flagsOf(day14) == QStringList{QStringLiteral("fever")});
}

TEST_CASE("Pain 3 or more above baseline trips only from 72 h", "[redflags]")
{
    CHECK(flagsOf(onDay(2, 9), {}, 6.0).isEmpty()); // flare allowed until 72 h
    CHECK(flagsOf(onDay(3, 9), {}, 6.0) == QStringList{QStringLiteral("pain-above-baseline")});
    CHECK(flagsOf(onDay(3, 8), {}, 6.0).isEmpty());
    CHECK(flagsOf(onDay(3, 9), {}, 6.5).isEmpty()); // 9 < 9.5
}

TEST_CASE("Swelling or pain still increasing after 72 h", "[redflags]")
{
    DailyEntry d2 = onDay(2, 5);
    d2.symptoms.swelling = 1;
    DailyEntry d3 = onDay(3, 5);
    d3.symptoms.swelling = 2;
    CHECK(flagsOf(d3, {d2}) == QStringList{QStringLiteral("swelling-increasing")});
    d3.symptoms.swelling = 1;
    CHECK(flagsOf(d3, {d2}).isEmpty());

    // Pain rising day after day, above baseline: 5 -> 6 -> 7 with baseline 5.
    const QList<DailyEntry> rising{onDay(3, 5), onDay(4, 6)};
    CHECK(flagsOf(onDay(5, 7), rising) == QStringList{QStringLiteral("pain-increasing")});
    CHECK(flagsOf(onDay(5, 6), rising).isEmpty());
    // A gap of more than 3 days says nothing about the trend.
    CHECK(flagsOf(onDay(9, 7), rising).isEmpty());
    // Rising but still below the baseline: settling from a low point is not a red flag.
    CHECK(flagsOf(onDay(5, 4), {onDay(3, 2), onDay(4, 3)}).isEmpty());
}

TEST_CASE("Every other warning sign trips its rule, baseline days trip nothing", "[redflags]")
{
    const std::pair<bool SafetySigns::*, const char *> signs[] = {
        {&SafetySigns::spreadingRedness, "redness-hot-joint"},
        {&SafetySigns::hotJoint, "redness-hot-joint"},
        {&SafetySigns::discharge, "discharge"},
        {&SafetySigns::cannotBearWeight, "cannot-bear-weight"},
        {&SafetySigns::calfPainSwelling, "calf-pain-swelling"},
        {&SafetySigns::shortOfBreath, "short-of-breath"},
        {&SafetySigns::numbnessWeakness, "numbness-weakness"},
        {&SafetySigns::harvestSiteProblem, "harvest-site"},
    };
    for (const auto &[member, rule] : signs) {
        DailyEntry e = onDay(30, 3);
        e.safety.*member = true;
        CHECK(flagsOf(e) == QStringList{QLatin1String(rule)});
        DailyEntry before = onDay(-2, 3);
        before.safety.*member = true;
        CHECK(flagsOf(before).isEmpty());
    }
    DailyEntry sob = onDay(30, 3);
    sob.safety.shortOfBreath = true;
    CHECK(redFlagsFor(sob, test::kneeEpisode(kInjected), {}, 5)[0].severity ==
          AlertSeverity::Emergency);
    DailyEntry harvest = onDay(1, 3);
    harvest.safety.harvestSiteProblem = true;
    CHECK(flagsOf(harvest, {}, 5, Product::Prp).isEmpty()); // no harvest site with PRP
}

TEST_CASE("Recording an entry stores its alerts once, in the same transaction", "[redflags]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(kInjected, 5), test::fixedNow()).value();
    EntryRecorder recorder(store.db);
    AlertRepository alerts(store.db);

    DailyEntry feverish = onDay(3, 4);
    feverish.safety.temperatureC = 38.6;
    auto first = recorder.record(feverish, ep, test::fixedNow());
    REQUIRE(first.ok());
    CHECK(rules(first.value().redFlags) == QStringList{QStringLiteral("fever")});
    auto again = recorder.record(feverish, ep, test::fixedNow());
    REQUIRE(again.ok());
    CHECK(again.value().redFlags.size() == 1); // shown again
    auto stored = alerts.forEpisode(ep.id);
    REQUIRE(stored.size() == 1); // stored once
    CHECK(stored[0].entryDate == kInjected.addDays(3));
    CHECK(stored[0].flag.reason.contains(QStringLiteral("38.6")));
    CHECK_FALSE(stored[0].acknowledgedAt);

    REQUIRE(alerts.acknowledge(stored[0].id, test::fixedNow()).ok());
    CHECK(alerts.forEpisode(ep.id)[0].acknowledgedAt == test::fixedNow().toUTC());
    CHECK_FALSE(alerts.acknowledge(999, test::fixedNow()).ok());

    DailyEntry rejected = onDay(4, 11);
    rejected.safety.discharge = true;
    CHECK_FALSE(recorder.record(rejected, ep, test::fixedNow()).ok());
    CHECK(alerts.forEpisode(ep.id).size() == 1);
    CHECK_FALSE(store.entries->findByDate(ep.id, kInjected.addDays(4)));
}

TEST_CASE("Temperature is validated as a plausible reading", "[redflags][validation]")
{
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(kInjected), test::fixedNow()).value();
    DailyEntry e = onDay(3, 4);
    e.safety.temperatureC = 384;
    auto r = store.entries->save(e, ep, test::fixedNow());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() ==
          QStringLiteral("temperature: 384 °C is out of range; allowed 30.0 to 45.0 °C"));
}

TEST_CASE("A version 1 database migrates to the current schema with its data intact", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const auto &sql : migrations().first().statements)
            REQUIRE(q.exec(sql));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO episode (id, site, side, condition, injection_date, product, "
            "baseline_pain, created_at) VALUES (1, 'knee', 'left', 'osteoarthritis', "
            "'2026-09-01', 'prp', 6, '2026-09-01T08:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO daily_entry (id, episode_id, entry_date, pain_average, swelling, fever, "
            "note, created_at, updated_at) VALUES (1, 1, '2026-09-03', 7, 2, 1, 'sore', "
            "'2026-09-03T20:00:00.000Z', '2026-09-03T20:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Database::currentSchemaVersion());
    EntryRepository entries(db.value());
    auto e = entries.findByDate(1, QDate(2026, 9, 3));
    REQUIRE(e);
    CHECK(e->painAverage == 7);
    CHECK(e->symptoms.swelling == 2);
    CHECK(e->symptoms.fever);
    CHECK(e->note == QStringLiteral("sore"));
    CHECK(e->safety == SafetySigns{});
}

TEST_CASE("An entry whose alert cannot be stored is not stored either", "[redflags]")
{
    // The alert is written in the entry's transaction: a failure there takes the entry back.
    test::TempStore store;
    auto ep = store.episodes->add(test::kneeEpisode(kInjected), test::fixedNow()).value();
    EntryRecorder recorder(store.db);
    AlertRepository alerts(store.db);
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER refuse_alert BEFORE INSERT ON alert BEGIN "
                                  "SELECT RAISE(ABORT, 'refused for the test'); END")));
    DailyEntry feverish = onDay(3, 6);
    feverish.safety.temperatureC = 38.6;
    CHECK_FALSE(recorder.record(feverish, ep, test::fixedNow()).ok());
    CHECK_FALSE(store.entries->findByDate(ep.id, kInjected.addDays(3)));
    CHECK(alerts.forEpisode(ep.id).isEmpty());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_alert")));
    CHECK(recorder.record(feverish, ep, test::fixedNow()).ok());
    CHECK(store.entries->findByDate(ep.id, kInjected.addDays(3)));
}
