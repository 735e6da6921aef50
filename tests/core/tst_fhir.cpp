#include "demo/demopatient.h"
#include "exchange/fhirimport.h"
#include "services/diaryexchange.h"
#include "services/instrumentcatalog.h"
#include "storage/promrepository.h"
#include "testsupport.h"

#include <QFile>
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
    for (const auto &table : {QStringLiteral("daily_entry"), QStringLiteral("rom_reading"),
                              QStringLiteral("prom_response"), QStringLiteral("prom_answer"),
                              QStringLiteral("series_injection")}) {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
    }
    return out;
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
    REQUIRE(content.episode.has_value());
    CHECK(content.episode->clinic == demo.value().clinic);
    CHECK(content.episode->baselinePain == demo.value().baselinePain);

    TempStore target;
    auto episode = target.episodes->add(*content.episode, fixedNow());
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

    // The same file again: refused whole, nothing changes.
    const QString before = dump(target.db);
    const auto again = DiaryExchange(target.db).import(first, episode.value(), fixedNow());
    CHECK_FALSE(again.imported);
    CHECK(dump(target.db) == before);
}

TEST_CASE("FHIR: a foreign R4 Bundle gives pain, steps and KOOS JR; the rest is skipped with why",
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
         "entry[1]: pain (72514-3) on 2026-10-20 must be a whole number"},
        {QByteArray(foreign).replace("\"valueInteger\": 5", "\"valueInteger\": 7.77778e69"),
         "entry[1]: pain (72514-3) on 2026-10-20 must be a whole number"},
        {QByteArray(foreign).replace("\"valueInteger\": 5", "\"valueInteger\": 12"),
         "2026-10-20: pain: 12 is out of range; allowed 0 to 10"},
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
