#include "demo/demopatient.h"
#include "domain/entrycompare.h"
#include "exchange/fhircodes.h"
#include "exchange/fhirimport.h"
#include "services/cohort.h"
#include "services/diaryexchange.h"
#include "services/instrumentcatalog.h"
#include "storage/alertrepository.h"
#include "storage/promrepository.h"
#include "storage/settingsrepository.h"
#include "storage/timelinerepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace mend;
using namespace mend::test;

namespace {

QJsonArray entriesOf(const QByteArray &bundle)
{
    return QJsonDocument::fromJson(bundle).object().value(QStringLiteral("entry")).toArray();
}

/** Every row of every diary table, for "nothing changed" checks. */
QString dump(const std::shared_ptr<Database> &db)
{
    QString out;
    for (const auto &table :
         {QStringLiteral("episode"), QStringLiteral("daily_entry"), QStringLiteral("rom_reading"),
          QStringLiteral("prom_response"), QStringLiteral("prom_answer"),
          QStringLiteral("series_injection"), QStringLiteral("event"), QStringLiteral("goal"),
          QStringLiteral("alert"), QStringLiteral("setting")}) {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
    }
    return out;
}

/** The demo patient in the store, with its questionnaires when asked. */
Episode seedDemo(TempStore &store, bool withQuestionnaires)
{
    TimelineRepository timeline(store.db);
    auto demo = seedDemoPatient(*store.episodes, *store.entries, timeline, fixedNow());
    REQUIRE(demo.ok());
    if (withQuestionnaires) {
        PromRecorder recorder(store.db);
        REQUIRE(seedDemoQuestionnaires(recorder, demo.value(), fixedNow()).ok());
    }
    return demo.value();
}

/** The one episode a Bundle of one patient and one injection holds. */
FhirEpisodeContent onlyEpisode(const FhirBundleContent &content)
{
    REQUIRE(content.patients.size() == 1);
    REQUIRE(content.patients.first().episodes.size() == 1);
    return content.patients.first().episodes.first();
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(MEND_TEST_DATA_DIR "/fhir/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("FHIR: Mend's own Bundle round-trips (export, import, export: same resources)", "[fhir]")
{
    TempStore source;
    TimelineRepository timeline(source.db);
    auto demo = seedDemoPatient(*source.episodes, *source.entries, timeline, fixedNow());
    REQUIRE(demo.ok());
    PromRecorder recorder(source.db);
    REQUIRE(seedDemoQuestionnaires(recorder, demo.value(), fixedNow()).ok());
    REQUIRE(timeline
                .addSeriesInjection(
                    {0, 0, demo.value().injectionDate.addDays(7), QStringLiteral("second")},
                    demo.value(), fixedNow().date())
                .ok());
    auto day = source.entries->forEpisode(demo.value().id).at(20);
    day.safety.temperatureC = 38.2;
    day.safety.chills = true;
    day.note = QStringLiteral("hot, \"red\" knee");
    REQUIRE(source.entries->save(day, demo.value(), fixedNow()).ok());

    const QByteArray first = DiaryExchange(source.db).exportFhir(demo.value(), fixedNow());
    const auto content = readFhirBundle(first, InstrumentCatalog::builtIn());
    REQUIRE(content.problems.isEmpty());
    CHECK(content.skipped.isEmpty());
    const auto part = onlyEpisode(content);
    REQUIRE(part.episode.has_value());
    CHECK(part.episode->clinic == demo.value().clinic);
    CHECK(part.episode->baselinePain == demo.value().baselinePain);

    TempStore target;
    auto episode = target.episodes->add(*part.episode, fixedNow());
    REQUIRE(episode.ok());
    const auto report = DiaryExchange(target.db).import(first, episode.value(), fixedNow());
    INFO(report.text().toStdString());
    REQUIRE(report.imported);
    CHECK(report.responses == 5);
    episode.value().createdAt = demo.value().createdAt; // set-up time is not part of the diary
    const QByteArray second = DiaryExchange(target.db).exportFhir(episode.value(), fixedNow());
    CHECK(entriesOf(second) == entriesOf(first));
    CHECK(entriesOf(first).size() > 500);
    const auto koos = PromRepository(target.db).findScheduled(
        episode.value().id, QStringLiteral("koos-jr"), QStringLiteral("6w"));
    REQUIRE(koos);
    CHECK(koos->score(QStringLiteral("total")) == Rational::parse(QStringLiteral("59.381")));

    // The same file again: nothing is added, and the report says so.
    const QString before = dump(target.db);
    const auto again = DiaryExchange(target.db).import(first, episode.value(), fixedNow());
    INFO(again.text().toStdString());
    CHECK(again.imported);
    CHECK(again.entries == 0);
    CHECK(again.responses == 0);
    CHECK(again.unchanged == report.entries + report.responses + report.extras);
    CHECK(again.conflicts.isEmpty());
    CHECK(dump(target.db) == before);
}

TEST_CASE("FHIR: a whole diary restores into an empty one (a new phone): every episode and all it "
          "holds, the same export again",
          "[fhir]")
{
    TempStore source;
    const Episode first = seedDemo(source, true);
    TimelineRepository timeline(source.db);
    REQUIRE(timeline
                .addSeriesInjection({0, 0, first.injectionDate.addDays(7), QStringLiteral("2nd")},
                                    first, fixedNow().date())
                .ok());
    AlertRepository alerts(source.db);
    REQUIRE(alerts
                .addIfNew(first.id, first.injectionDate.addDays(3),
                          {QStringLiteral("fever"), QStringLiteral("Temperature 38.4 °C on day 3"),
                           AlertSeverity::ContactClinic},
                          fixedNow().addDays(-40))
                .ok());
    REQUIRE(
        alerts.acknowledge(alerts.forEpisode(first.id).first().id, fixedNow().addDays(-39)).ok());
    REQUIRE(SettingsRepository(source.db)
                .setValue(QStringLiteral("patient.identifier"), QStringLiteral("MRN-77"))
                .ok());
    Episode repeat = kneeEpisode(fixedNow().date().addDays(-10), 5);
    repeat.site = first.site;
    repeat.side = first.side;
    repeat.previousEpisodeId = first.id;
    auto second = source.episodes->add(repeat, fixedNow());
    REQUIRE(second.ok());
    for (int d = -3; d <= 10; ++d)
        REQUIRE(source.entries
                    ->save(painEntry(second.value().injectionDate.addDays(d), 5), second.value(),
                           fixedNow())
                    .ok());
    auto goal = timeline.addGoal({0, 0, QStringLiteral("Climb the stairs"), 0, 30, {}, {}},
                                 second.value(), fixedNow());
    REQUIRE(goal.ok());
    REQUIRE(timeline.setGoalAchieved(goal.value().id, fixedNow().date()).ok());

    const QByteArray exported = DiaryExchange(source.db).exportFhirDiary(fixedNow());
    TempStore phone; // a new phone: no episode, nothing set up
    const auto report =
        DiaryExchange(phone.db).import(exported, std::nullopt, fixedNow().addDays(1));
    INFO(report.text().toStdString());
    REQUIRE(report.imported);
    CHECK(report.restored == 2);
    CHECK(report.text().startsWith(QStringLiteral("imported 2 episode(s) set up from the file")));

    const auto restored = phone.episodes->all();
    REQUIRE(restored.size() == 2);
    CHECK(restored.at(1).previousEpisodeId == restored.at(0).id);
    CHECK(restored.at(0).clinic == first.clinic);
    CHECK(restored.at(0).createdAt == first.createdAt);
    CHECK(SettingsRepository(phone.db).value(QStringLiteral("patient.identifier")) ==
          QStringLiteral("MRN-77"));
    const auto restoredAlerts = AlertRepository(phone.db).forEpisode(restored.at(0).id);
    REQUIRE(restoredAlerts.size() == 1);
    CHECK(restoredAlerts.first().acknowledgedAt == fixedNow().addDays(-39).toUTC());
    CHECK(TimelineRepository(phone.db).goals(restored.at(1).id).first().achievedOn ==
          fixedNow().date());
    CHECK(TimelineRepository(phone.db).events(restored.at(0).id).size() ==
          timeline.events(first.id).size());

    // Resource by resource, the restored diary exports what the first one did.
    const QByteArray again = DiaryExchange(phone.db).exportFhirDiary(fixedNow());
    const QJsonArray before = entriesOf(exported);
    const QJsonArray after = entriesOf(again);
    CHECK(before.size() > 600);
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        INFO(QJsonDocument(before.at(i).toObject()).toJson().toStdString());
        CHECK(after.at(i) == before.at(i));
    }
    const QStringList types{QStringLiteral("Goal"), QStringLiteral("Flag")};
    for (const auto &type : types)
        CHECK(std::any_of(before.cbegin(), before.cend(), [&](const QJsonValue &e) {
            return e[QStringLiteral("resource")][QStringLiteral("resourceType")] == type;
        }));

    // Restoring the same file again adds nothing and changes nothing.
    const QString state = dump(phone.db);
    const auto twice = DiaryExchange(phone.db).import(exported, std::nullopt, fixedNow());
    INFO(twice.text().toStdString());
    CHECK(twice.imported);
    CHECK(twice.restored == 0);
    CHECK(twice.entries == 0);
    CHECK(twice.extras == 0);
    CHECK(dump(phone.db) == state);
}

TEST_CASE("FHIR: a Bundle of several patients is refused by a diary, data that names no injection "
          "needs an episode",
          "[fhir]")
{
    TempStore source;
    const Episode demo = seedDemo(source, false);
    QJsonObject bundle =
        QJsonDocument::fromJson(DiaryExchange(source.db).exportFhir(demo, fixedNow())).object();
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QJsonObject other = entries.at(0).toObject(); // the Patient, under another name
    other.insert(QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:someone-else"));
    entries.append(other);
    const auto observation =
        std::find_if(entries.cbegin(), entries.cend(), [](const QJsonValue &e) {
            return e[QStringLiteral("resource")][QStringLiteral("resourceType")] ==
                   QStringLiteral("Observation");
        });
    REQUIRE(observation != entries.cend());
    QJsonObject pain = observation->toObject(); // a day of the other person's
    QJsonObject resource = pain.value(QStringLiteral("resource")).toObject();
    resource.insert(
        QStringLiteral("subject"),
        QJsonObject{{QStringLiteral("reference"), QStringLiteral("urn:uuid:someone-else")}});
    resource.remove(QStringLiteral("partOf"));
    pain.insert(QStringLiteral("resource"), resource);
    pain.insert(QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:their-pain"));
    entries.append(pain);
    bundle.insert(QStringLiteral("entry"), entries);
    TempStore target;
    const auto refused =
        DiaryExchange(target.db).import(QJsonDocument(bundle).toJson(), std::nullopt, fixedNow());
    CHECK_FALSE(refused.imported);
    CHECK(refused.problems ==
          QStringList{QStringLiteral("the file holds 2 patients; a diary keeps one person's (a "
                                     "clinic imports such files into its cohort)")});
    CHECK(dump(target.db) == dump(TempStore().db));

    // Another system's file into a diary with no injection yet: the patient sets it up first.
    const auto foreign =
        DiaryExchange(target.db).import(fixture("foreign-bundle.json"), std::nullopt, fixedNow());
    CHECK_FALSE(foreign.imported);
    CHECK(foreign.problems ==
          QStringList{QStringLiteral("the diary has no injection set up yet, and the file names "
                                     "none: set up the injection first, then import")});
}

TEST_CASE("FHIR: a foreign R4 Bundle gives pain, steps and KOOS JR, the rest is skipped with why",
          "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const auto report =
        DiaryExchange(store.db).import(fixture("foreign-bundle.json"), episode.value(), fixedNow());
    INFO(report.text().toStdString());
    REQUIRE(report.imported);
    CHECK(report.entries == 1);
    CHECK(report.responses == 1);
    const auto day = store.entries->findByDate(episode.value().id, QDate(2026, 10, 20));
    REQUIRE(day);
    CHECK(day->painAverage == 5);
    CHECK(day->steps == 5120);
    CHECK(report.skipped ==
          QStringList{
              QStringLiteral("Patient: name, birth date and contact details are not kept"),
              QStringLiteral("Observation 8867-4 on 2026-10-20: not a value Mend records"),
              QStringLiteral("MedicationStatement: not a resource Mend keeps"),
              QStringLiteral(
                  "2026-10-21: values without an average pain score (Mend's diary needs it)")});
    const auto responses = PromRepository(store.db).forEpisode(episode.value().id);
    REQUIRE(responses.size() == 1);
    CHECK(responses.first().score(QStringLiteral("total")) ==
          Rational::parse(QStringLiteral("59.381")));
}

TEST_CASE("FHIR: malformed files are refused whole and the diary is unchanged", "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    REQUIRE(store.entries->save(painEntry(QDate(2026, 9, 5), 4), episode.value(), fixedNow()).ok());
    const QString before = dump(store.db);
    QByteArray foreign = fixture("foreign-bundle.json");
    struct Case
    {
        QByteArray file;
        const char *problem;
    };
    const Case cases[] = {
        {"{\"resourceType\": \"Bundle\", \"entry\": [", "JSON: "},
        {"{\"resourceType\": \"Patient\"}", "resourceType: a FHIR Bundle is needed"},
        {"{\"resourceType\": \"Bundle\", \"entry\": {}}", "entry: must be a list of resources"},
        {QByteArray(foreign).replace("\"valueInteger\": 5", "\"valueInteger\": \"5\""),
         "entry[1]: pain (72514-3) on 2026-10-20 must be a number from 0 to 10"},
        {QByteArray(foreign).replace("\"valueInteger\": 5", "\"valueInteger\": 7.77778e69"),
         "entry[1]: pain (72514-3) on 2026-10-20 must be a number from 0 to 10"},
        {QByteArray(foreign).replace("\"valueInteger\": 5", "\"valueInteger\": 12"),
         "entry[1]: pain (72514-3) on 2026-10-20 must be a number from 0 to 10"},
        {QByteArray(foreign).replace("\"valueInteger\": 5", "\"valueInteger\": 10.5"),
         "entry[1]: pain (72514-3) on 2026-10-20 must be a number from 0 to 10"},
        {QByteArray(foreign).replace("\"value\": 59.381", "\"value\": 140"),
         "entry[4]: KOOS JR total on 2026-10-22 is not a score from 0 to 100"},
        {QByteArray(foreign).replace("2026-10-20T08:00:00Z", "2030-01-01"),
         "2030-01-01: date: 2030-01-01 is in the future"},
        {QByteArray(foreign).replace(
             "\"valueInteger\": 5}}",
             "\"valueInteger\": 5, \"note\": [{\"text\": \"a\\u0000b\"}]}}"),
         "2026-10-20: note: contains the control character U+0000, which Mend cannot keep"},
    };
    for (const auto &c : cases) {
        const auto report = DiaryExchange(store.db).import(c.file, episode.value(), fixedNow());
        INFO(report.text().toStdString());
        CHECK_FALSE(report.imported);
        REQUIRE_FALSE(report.problems.isEmpty());
        CHECK(report.problems.first().startsWith(QString::fromLatin1(c.problem)));
        CHECK(dump(store.db) == before);
    }
}

TEST_CASE("FHIR: a Synthea-shaped Bundle: decimal pain rounded half up and listed, history from "
          "the 1980s skipped, a Procedure period read",
          "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const auto report = DiaryExchange(store.db).import(fixture("synthea-shape-bundle.json"),
                                                       episode.value(), fixedNow());
    INFO(report.text().toStdString());
    REQUIRE(report.imported);
    CHECK(report.entries == 2);
    CHECK(store.entries->findByDate(episode.value().id, QDate(2026, 10, 20))->painAverage == 8);
    CHECK(store.entries->findByDate(episode.value().id, QDate(2026, 10, 21))->painAverage == 2);
    CHECK(report.rounded == QStringList{QStringLiteral("1986-11-08: pain 3.1415 taken as 3"),
                                        QStringLiteral("2026-10-20: pain 7.5 taken as 8"),
                                        QStringLiteral("2026-10-21: pain 2.4999 taken as 2")});
    CHECK(report.skipped.contains(
        QStringLiteral("1986-11-08: outside this episode (its diary keeps 2026-08-18 to today)")));
    CHECK(report.skipped.contains(
        QStringLiteral("Procedure 428191000124101 on 2026-10-20: not a Mend injection")));
    CHECK(report.text().contains(QStringLiteral("rounded half up (3), e.g.: 1986-11-08: pain "
                                                "3.1415 taken as 3")));
}

TEST_CASE("FHIR: request-only entries are skipped with their reason, of versioned entries the "
          "latest is read",
          "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const auto report = DiaryExchange(store.db).import(fixture("requests-and-versions-bundle.json"),
                                                       episode.value(), fixedNow());
    INFO(report.text().toStdString());
    REQUIRE(report.imported);
    CHECK(report.entries == 1);
    CHECK(store.entries->findByDate(episode.value().id, QDate(2026, 10, 20))->painAverage == 4);
    CHECK(report.skipped ==
          QStringList{QStringLiteral("Observation: an earlier version (meta.versionId 1) of an "
                                     "entry given again"),
                      QStringLiteral("DELETE Patient: a request without a resource, nothing to "
                                     "keep"),
                      QStringLiteral("GET Patient?name=peter: a request without a resource, "
                                     "nothing to keep"),
                      QStringLiteral("Parameters: not a resource Mend keeps")});

    // The same fullUrl twice without versions is still a malformed file.
    QByteArray twice = fixture("requests-and-versions-bundle.json");
    twice.replace("\"meta\": {\"versionId\": \"1\"}, ", "")
        .replace("\"meta\": {\"versionId\": \"2\"}, ", "");
    TempStore other;
    auto otherEpisode = other.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    const auto refused = DiaryExchange(other.db).import(twice, otherEpisode.value(), fixedNow());
    CHECK_FALSE(refused.imported);
    CHECK(refused.problems.first() ==
          QStringLiteral("entry[1]: fullUrl http://example.org/fhir/Observation/p1 appears twice"));
}

TEST_CASE("FHIR: a day the diary has with other values is a conflict, kept or replaced, a newer "
          "export adds its new days",
          "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    REQUIRE(
        store.entries->save(painEntry(QDate(2026, 10, 20), 3), episode.value(), fixedNow()).ok());
    const QByteArray foreign = fixture("foreign-bundle.json"); // pain 5 and 5120 steps that day
    const auto kept = DiaryExchange(store.db).import(foreign, episode.value(), fixedNow());
    INFO(kept.text().toStdString());
    REQUIRE(kept.imported);
    CHECK(kept.entries == 0);
    REQUIRE(kept.conflicts.size() == 1);
    CHECK(kept.conflicts.first() ==
          QStringLiteral("2026-10-20: average pain 3 in the diary, 5 in the file; steps none in "
                         "the diary, 5120 in the file"));
    CHECK(kept.text().contains(QStringLiteral("the diary's were kept")));
    CHECK(store.entries->findByDate(episode.value().id, QDate(2026, 10, 20))->painAverage == 3);

    const auto replaced =
        DiaryExchange(store.db).import(foreign, episode.value(), fixedNow(), OnConflict::Replace);
    INFO(replaced.text().toStdString());
    REQUIRE(replaced.imported);
    CHECK(replaced.replaced == 1);
    const auto day = store.entries->findByDate(episode.value().id, QDate(2026, 10, 20));
    CHECK(day->painAverage == 5);
    CHECK(day->steps == 5120);

    // A newer export: one more day; the one already there the same.
    QByteArray newer = foreign;
    newer.replace("\"effectiveDateTime\": \"2026-10-21\", \"valueQuantity\": {\"value\": 4300",
                  "\"effectiveDateTime\": \"2026-10-21\", \"valueQuantity\": {\"value\": 4300");
    newer.replace("{\"fullUrl\": \"urn:uuid:0b6f7f64-0000-4000-8000-000000000006\"",
                  "{\"fullUrl\": \"urn:uuid:0b6f7f64-0000-4000-8000-000000000099\", \"resource\": "
                  "{\"resourceType\": \"Observation\", \"status\": \"final\", \"code\": "
                  "{\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"72514-3\"}]}, "
                  "\"effectiveDateTime\": \"2026-10-21\", \"valueInteger\": 4}},\n    "
                  "{\"fullUrl\": \"urn:uuid:0b6f7f64-0000-4000-8000-000000000006\"");
    const auto added = DiaryExchange(store.db).import(newer, episode.value(), fixedNow());
    INFO(added.text().toStdString());
    REQUIRE(added.imported);
    CHECK(added.entries == 1);
    CHECK(added.unchanged >= 1);
    CHECK(store.entries->findByDate(episode.value().id, QDate(2026, 10, 21))->steps == 4300);
}

TEST_CASE("FHIR: the real files in ../shared/interop import or are refused with their reason",
          "[fhir][interop]")
{
    // The repository has ../shared beside it on this machine and in CI.
    const QString folder = QStringLiteral(MEND_TEST_DATA_DIR "/../../../../shared/interop");
    if (!QFileInfo::exists(folder + QStringLiteral("/synthea-chauncey.json"))) {
        WARN("../shared/interop is not here; skipped");
        return;
    }
    const auto read = [&](const char *name) {
        QFile f(folder + u'/' + QLatin1String(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    SECTION("Synthea: an episode covering its last pain score takes it, rounded")
    {
        TempStore store;
        auto episode = store.episodes->add(kneeEpisode(QDate(2020, 2, 1)),
                                           QDateTime(QDate(2020, 3, 1), QTime(12, 0)));
        REQUIRE(episode.ok());
        for (const char *name : {"synthea-chauncey.json", "synthea-ned.json"}) {
            const auto report =
                DiaryExchange(store.db).import(read(name), episode.value(), fixedNow());
            INFO(name << ": " << report.text().toStdString());
            CHECK(report.imported);
            CHECK_FALSE(report.rounded.isEmpty());
            CHECK(report.problems.isEmpty());
        }
        CHECK(store.entries->forEpisode(episode.value().id).size() >= 1);
    }
    SECTION("the HL7 examples: nothing a diary keeps, said plainly, nothing stored")
    {
        TempStore store;
        auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
        for (const char *name :
             {"hl7-r4-bundle-transaction.json", "hl7-r4-bundle-references.json"}) {
            const auto report =
                DiaryExchange(store.db).import(read(name), episode.value(), fixedNow());
            INFO(name << ": " << report.text().toStdString());
            CHECK_FALSE(report.imported);
            CHECK(report.problems ==
                  QStringList{QStringLiteral("nothing to import: the file has no diary days or "
                                             "questionnaires")});
            CHECK_FALSE(report.skipped.isEmpty()); // and says what it held instead
        }
    }
    SECTION("into an empty diary: no injection named, so the patient sets it up first")
    {
        TempStore store;
        const auto report =
            DiaryExchange(store.db).import(read("synthea-ned.json"), std::nullopt, fixedNow());
        CHECK_FALSE(report.imported);
        CHECK(report.problems.value(0).startsWith(
            QStringLiteral("the diary has no injection set up yet")));
        CHECK(store.episodes->all().isEmpty());
    }
    SECTION("into the clinic cohort: each Synthea patient, injection not recorded")
    {
        QTemporaryDir in;
        for (const char *name : {"synthea-chauncey.json", "synthea-ned.json"})
            REQUIRE(QFile::copy(folder + u'/' + QLatin1String(name),
                                QDir(in.path()).filePath(QLatin1String(name))));
        TempStore clinic;
        const auto summary = CohortImporter(clinic.db).importFolder(in.path(), fixedNow());
        CHECK(summary.imported == 2);
        const auto rows = cohortRows(clinic.db, fixedNow().date());
        REQUIRE(rows.size() == 2);
        for (const auto &r : rows) {
            CHECK_FALSE(r.injectionRecorded);
            CHECK(r.painLatest.has_value());
            CHECK(r.daysLogged >= 3); // every pain score from 2000 on
        }
    }
}

TEST_CASE("FHIR: 72514-3 is the day's average pain alone, rest, activity and worst pain carry "
          "Mend's own codes, exports that coded them 72514-3 with a context still read",
          "[fhir]")
{
    TempStore source;
    const Episode demo = seedDemo(source, false);
    auto day = source.entries->forEpisode(demo.id).at(10);
    day.painRest = 2;
    day.painActivity = 6;
    day.painWorst = 8;
    REQUIRE(source.entries->save(day, demo, fixedNow()).ok());
    const QByteArray bundle = DiaryExchange(source.db).exportFhir(demo, fixedNow());

    QMap<QString, int> loincPainPerDay;
    QMap<QString, int> contextCodes;
    QJsonArray entries = entriesOf(bundle);
    for (const auto &entry : entries) {
        const QJsonObject r = entry.toObject().value(QStringLiteral("resource")).toObject();
        for (const auto &c :
             r.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray()) {
            const QString code = c.toObject().value(QStringLiteral("code")).toString();
            if (code == QLatin1String("72514-3"))
                ++loincPainPerDay[r.value(QStringLiteral("effectiveDateTime")).toString()];
            if (code == QLatin1String("pain-rest") || code == QLatin1String("pain-activity") ||
                code == QLatin1String("pain-worst-24h"))
                ++contextCodes[code];
        }
    }
    CHECK(loincPainPerDay.size() == source.entries->forEpisode(demo.id).size());
    CHECK(std::all_of(loincPainPerDay.cbegin(), loincPainPerDay.cend(),
                      [](int n) { return n == 1; }));
    CHECK(contextCodes.value(QStringLiteral("pain-rest")) >= 1);
    CHECK(contextCodes.value(QStringLiteral("pain-activity")) >= 1);
    CHECK(contextCodes.value(QStringLiteral("pain-worst-24h")) >= 1);

    const auto read = [&](const QByteArray &json) {
        const auto content = readFhirBundle(json, InstrumentCatalog::builtIn());
        REQUIRE(content.problems.isEmpty());
        const auto entries = onlyEpisode(content).entries;
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [&](const DailyEntry &e) { return e.date == day.date; });
        REQUIRE(it != entries.cend());
        return *it;
    };
    const DailyEntry now = read(bundle);
    CHECK(now.painRest == 2);
    CHECK(now.painActivity == 6);
    CHECK(now.painWorst == 8);

    // The earlier shape: LOINC 72514-3 and a component naming the context.
    int rewritten = 0;
    for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
        QJsonObject e = entry->toObject();
        QJsonObject r = e.value(QStringLiteral("resource")).toObject();
        const QString code = r.value(QStringLiteral("code"))
                                 .toObject()
                                 .value(QStringLiteral("coding"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        const QString context = fhir::contextualPainCode(code);
        if (context.isEmpty())
            continue;
        r.insert(
            QStringLiteral("code"),
            QJsonObject{{QStringLiteral("coding"),
                         QJsonArray{QJsonObject{{QStringLiteral("system"), fhir::kLoinc},
                                                {QStringLiteral("code"), fhir::kPainLoinc}}}}});
        r.insert(QStringLiteral("component"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("code"),
                      QJsonObject{{QStringLiteral("coding"),
                                   QJsonArray{QJsonObject{{QStringLiteral("system"), fhir::kMend},
                                                          {QStringLiteral("code"),
                                                           QStringLiteral("pain-context")}}}}}},
                     {QStringLiteral("valueCodeableConcept"),
                      QJsonObject{{QStringLiteral("coding"),
                                   QJsonArray{QJsonObject{{QStringLiteral("system"), fhir::kMend},
                                                          {QStringLiteral("code"), context}}}}}}}});
        e.insert(QStringLiteral("resource"), r);
        *entry = e;
        ++rewritten;
    }
    REQUIRE(rewritten >= 3);
    QJsonObject old = QJsonDocument::fromJson(bundle).object();
    old.insert(QStringLiteral("entry"), entries);
    const DailyEntry before = read(QJsonDocument(old).toJson());
    CHECK(before.painRest == 2);
    CHECK(before.painActivity == 6);
    CHECK(before.painWorst == 8);
    CHECK(before.painAverage == now.painAverage);
}

TEST_CASE("FHIR: the transaction form creates each resource only if its stable identifier is new, "
          "and imports like the collection",
          "[fhir]")
{
    TempStore source;
    const Episode demo = seedDemo(source, true);
    const DiaryExchange exchange(source.db);
    const QByteArray collection = exchange.exportFhir(demo, fixedNow());
    const QByteArray transaction =
        exchange.exportFhir(demo, fixedNow(), FhirBundleType::Transaction);
    CHECK(QJsonDocument::fromJson(transaction).object().value(QStringLiteral("type")) ==
          QStringLiteral("transaction"));

    const QJsonArray entries = entriesOf(transaction);
    REQUIRE(entries.size() == entriesOf(collection).size());
    QSet<QString> identifiers;
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        INFO(type.toStdString());
        CHECK(!resource.contains(QStringLiteral("id")));
        CHECK(request.value(QStringLiteral("method")) == QStringLiteral("POST"));
        CHECK(request.value(QStringLiteral("url")) == type);
        const QString uuid = entry.value(QStringLiteral("fullUrl")).toString().mid(9);
        CHECK(request.value(QStringLiteral("ifNoneExist")) ==
              QStringLiteral("identifier=urn:mend:resource|") + uuid);
        const QJsonValue identifier = resource.value(QStringLiteral("identifier"));
        const QJsonArray all =
            identifier.isArray() ? identifier.toArray() : QJsonArray{identifier.toObject()};
        CHECK(std::any_of(all.begin(), all.end(), [&](const QJsonValue &i) {
            return i[QStringLiteral("system")] == QStringLiteral("urn:mend:resource") &&
                   i[QStringLiteral("value")] == uuid;
        }));
        identifiers.insert(uuid);
    }
    CHECK(identifiers.size() == entries.size());

    // Both forms read the same: the days, the answers with their time points.
    const auto collectionRead = readFhirBundle(collection, InstrumentCatalog::builtIn());
    const auto transactionRead = readFhirBundle(transaction, InstrumentCatalog::builtIn());
    REQUIRE(transactionRead.problems.isEmpty());
    CHECK(transactionRead.skipped.isEmpty());
    const auto fromCollection = onlyEpisode(collectionRead);
    const auto fromTransaction = onlyEpisode(transactionRead);
    REQUIRE(fromTransaction.entries.size() == fromCollection.entries.size());
    for (int i = 0; i < fromCollection.entries.size(); ++i)
        CHECK(sameDiaryValues(fromTransaction.entries.at(i), fromCollection.entries.at(i)));
    REQUIRE(fromTransaction.responses.size() == fromCollection.responses.size());
    for (int i = 0; i < fromCollection.responses.size(); ++i) {
        CHECK(!fromCollection.responses.at(i).timePointId.isEmpty());
        CHECK(fromTransaction.responses.at(i).timePointId ==
              fromCollection.responses.at(i).timePointId);
        CHECK(fromTransaction.responses.at(i).answers == fromCollection.responses.at(i).answers);
    }
}

TEST_CASE("FHIR: a Bundle of only treatments and alerts, imported twice, is imported and adds "
          "nothing the second time (found by fuzz_import)",
          "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const QByteArray file =
        readAll(QStringLiteral(MEND_TEST_DATA_DIR "/fhir/extras-only-bundle.json"));
    const auto first = DiaryExchange(store.db).import(file, episode.value(), fixedNow());
    REQUIRE(first.imported);
    CHECK(first.entries == 0);
    CHECK(first.extras == 2);
    const auto again = DiaryExchange(store.db).import(file, episode.value(), fixedNow());
    INFO(again.text(true).toStdString());
    CHECK(again.imported);
    CHECK(again.extras == 0);
    CHECK(again.unchanged == 2);
}

TEST_CASE("A day's range of motion in another order is the same day: a file imported twice "
          "finds no difference (found by fuzz_import)",
          "[fhir][csv]")
{
    RomReading flexion{QStringLiteral("knee-flexion"), 100, RomSide::Treated};
    RomReading extension{QStringLiteral("knee-extension"), 5, RomSide::Treated};
    RomReading otherFlexion{QStringLiteral("knee-flexion"), 120, RomSide::Other};
    RomReading otherExtension{QStringLiteral("knee-extension"), 3, RomSide::Other};
    DailyEntry ours;
    ours.date = QDate(2026, 9, 2);
    ours.painAverage = 5;
    ours.rom = {extension, flexion, otherExtension, otherFlexion};
    DailyEntry theirs = ours;
    theirs.rom = {otherFlexion, flexion, otherExtension, extension};
    CHECK(dayDifferences(ours, theirs).isEmpty());
    theirs.rom[1].degrees = 101;
    const auto differences = dayDifferences(ours, theirs);
    REQUIRE(differences.size() == 1);
    CHECK(differences.first().theirs ==
          QStringLiteral("knee-extension 5°, knee-flexion 101°, knee-extension 3° (other side), "
                         "knee-flexion 120° (other side)"));

    // Through the whole import: Mend's CSV lists them by column (flexion first), a Bundle in
    // whatever order its Observations come.
    TempStore source;
    auto episode = source.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    DailyEntry day = ours;
    day.episodeId = episode.value().id;
    REQUIRE(source.entries->save(day, episode.value(), fixedNow()).ok());
    const QByteArray csv = DiaryExchange(source.db).exportCsv(episode.value());
    auto bundle =
        QJsonDocument::fromJson(DiaryExchange(source.db).exportFhir(episode.value(), fixedNow()))
            .object();
    QJsonArray reversed;
    for (const auto &entry : bundle.value(QStringLiteral("entry")).toArray())
        reversed.prepend(entry);
    bundle.insert(QStringLiteral("entry"), reversed);
    const QByteArray fhir = QJsonDocument(bundle).toJson();
    for (const QByteArray &file : {csv, fhir}) {
        TempStore target;
        auto into = target.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
        REQUIRE(into.ok());
        const auto first = DiaryExchange(target.db).import(file, into.value(), fixedNow());
        INFO(first.text(true).toStdString());
        REQUIRE(first.imported);
        CHECK(first.entries == 1);
        const auto again = DiaryExchange(target.db).import(file, into.value(), fixedNow());
        INFO(again.text(true).toStdString());
        CHECK(again.imported);
        CHECK(again.entries == 0);
        CHECK(again.conflicts.isEmpty());
        CHECK(target.entries->forEpisode(into.value().id).first().rom == ours.rom);
    }
}

namespace {

/** A device that takes `room` bytes and refuses every write after them, as a full disk does. */
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    qint64 taken() const { return m_taken; }
    int refusals() const { return m_refusals; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_taken + size > m_room) {
            ++m_refusals;
            return -1;
        }
        m_taken += size;
        return size;
    }

private:
    qint64 m_room;
    qint64 m_taken = 0;
    int m_refusals = 0;
};

} // namespace

TEST_CASE("FHIR: the Bundle is written as it is made, byte for byte what Qt's JSON writer gives, "
          "and a refused write stops it",
          "[fhir]")
{
    TempStore store;
    TimelineRepository timeline(store.db);
    auto demo = seedDemoPatient(*store.episodes, *store.entries, timeline, fixedNow());
    REQUIRE(demo.ok());
    PromRecorder recorder(store.db);
    REQUIRE(seedDemoQuestionnaires(recorder, demo.value(), fixedNow()).ok());
    REQUIRE(SettingsRepository(store.db)
                .setValue(QStringLiteral("patient.identifier"), QStringLiteral("MRN \"7\" <b>"))
                .ok());
    auto day = store.entries->forEpisode(demo.value().id).at(3);
    day.note = QStringLiteral("line one\nline two, \"quoted\", tab\there, é ✓");
    REQUIRE(store.entries->save(day, demo.value(), fixedNow()).ok());
    const DiaryExchange exchange(store.db);

    for (const auto type : {FhirBundleType::Collection, FhirBundleType::Transaction}) {
        const QByteArray streamed = exchange.exportFhirDiary(fixedNow(), type);
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(streamed, &error);
        INFO(error.errorString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        // What Qt writes for the same object: the streamed file is indistinguishable from it.
        CHECK(parsed.toJson(QJsonDocument::Indented) == streamed);
        CHECK(entriesOf(streamed).size() > 500);
        CHECK(parsed.object().value(QStringLiteral("type")).toString() ==
              (type == FhirBundleType::Transaction ? QStringLiteral("transaction")
                                                   : QStringLiteral("collection")));
        CHECK(exchange.exportFhir(demo.value(), fixedNow(), type) == streamed); // one episode
    }

    // A disk that fills after 10 kB: false, and nothing more is written after the refusal.
    FullDevice full(10000);
    CHECK_FALSE(exchange.writeFhir(full, std::nullopt, fixedNow()));
    CHECK(full.taken() <= 10000);
    CHECK(full.taken() > 1000);
    CHECK(full.refusals() == 1);
}
