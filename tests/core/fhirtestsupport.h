#pragma once

#include "dbdump.h"
#include "demo/demopatient.h"
#include "exchange/fhirimport.h"
#include "storage/promrepository.h"
#include "storage/timelinerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// What the FHIR tests share: the demo patient, a Bundle's entries, a whole diary as text.
namespace mend::test {

inline QJsonArray entriesOf(const QByteArray &bundle)
{
    return QJsonDocument::fromJson(bundle).object().value(QStringLiteral("entry")).toArray();
}

/** Every row of every diary table, for "nothing changed" checks. */
inline QStringList dump(const std::shared_ptr<Database> &db)
{
    QStringList rows;
    for (const char *table :
         {"episode", "daily_entry", "rom_reading", "prom_response", "prom_answer",
          "series_injection", "event", "goal", "alert", "setting"})
        rows += dumpTable(db->connection(), QLatin1String(table));
    return rows;
}

/** The demo patient in the store, with its questionnaires when asked. */
inline Episode seedDemo(TempStore &store, bool withQuestionnaires)
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
inline FhirEpisodeContent onlyEpisode(const FhirBundleContent &content)
{
    REQUIRE(content.patients.size() == 1);
    REQUIRE(content.patients.first().episodes.size() == 1);
    return content.patients.first().episodes.first();
}

/** A file of tests/data/fhir. */
inline QByteArray fhirFixture(const char *name)
{
    QFile f(QStringLiteral(MEND_TEST_DATA_DIR "/fhir/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace mend::test
