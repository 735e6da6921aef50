#include "fhirtestsupport.h"
#include "services/cohort.h"
#include "services/diaryexchange.h"

#include <QDir>
#include <QFileInfo>

using namespace mend;
using namespace mend::test;

TEST_CASE("FHIR: a foreign R4 Bundle gives pain, steps and KOOS JR, the rest is skipped with why",
          "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const auto report = DiaryExchange(store.db).import(fhirFixture("foreign-bundle.json"),
                                                       episode.value(), fixedNow());
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
    const QStringList before = dump(store.db);
    QByteArray foreign = fhirFixture("foreign-bundle.json");
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
    const auto report = DiaryExchange(store.db).import(fhirFixture("synthea-shape-bundle.json"),
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
    const auto report = DiaryExchange(store.db).import(
        fhirFixture("requests-and-versions-bundle.json"), episode.value(), fixedNow());
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
    QByteArray twice = fhirFixture("requests-and-versions-bundle.json");
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
    const QByteArray foreign = fhirFixture("foreign-bundle.json"); // pain 5 and 5120 steps that day
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
