#include "demo/demopatient.h"
#include "services/cohort.h"
#include "services/diaryexchange.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace mend;
using namespace mend::test;

namespace {

/** Writes n demo patients' Bundles (each under its own identifier) into a folder. */
void writeBundles(const QString &dir, int n)
{
    for (int i = 1; i <= n; ++i) {
        TempStore diary;
        TimelineRepository timeline(diary.db);
        auto demo = seedDemoPatient(*diary.episodes, *diary.entries, timeline, fixedNow());
        REQUIRE(demo.ok());
        REQUIRE(SettingsRepository(diary.db)
                    .setValue(QStringLiteral("patient.identifier"), QStringLiteral("MRN-%1").arg(i))
                    .ok());
        QFile f(QDir(dir).filePath(QStringLiteral("p%1.json").arg(i)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(DiaryExchange(diary.db).exportFhir(demo.value(), fixedNow()));
    }
}

} // namespace

TEST_CASE("Cohort: a folder of Bundles becomes one patient each; bad files are refused alone",
          "[cohort]")
{
    QTemporaryDir in;
    writeBundles(in.path(), 3);
    // Valid episode, then an out-of-range pain value: the whole file must leave no trace.
    QFile good(QDir(in.path()).filePath(QStringLiteral("p1.json")));
    REQUIRE(good.open(QIODevice::ReadOnly));
    QByteArray broken = good.readAll();
    broken.replace("\"MRN-1\"", "\"MRN-9\"").replace("\"valueInteger\": 6", "\"valueInteger\": 60");
    QFile bad(QDir(in.path()).filePath(QStringLiteral("p9.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(broken);
    bad.close();

    TempStore clinic;
    QStringList progress;
    const auto summary = CohortImporter(clinic.db).importFolder(
        in.path(), fixedNow(), [&](int done, int total, const QString &file) {
            progress << QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(file);
        });
    CHECK(summary.imported == 3);
    CHECK(summary.refused == 1);
    CHECK(progress == QStringList{QStringLiteral("1/4 p1.json"), QStringLiteral("2/4 p2.json"),
                                  QStringLiteral("3/4 p3.json"), QStringLiteral("4/4 p9.json")});
    INFO(summary.files.last().message.toStdString());
    CHECK(summary.files.last().message.contains(QStringLiteral("must be a number from 0 to 10")));
    CHECK(PatientRepository(clinic.db).all().size() == 3); // no half-imported MRN-9

    const auto rows = cohortRows(clinic.db, fixedNow().date());
    REQUIRE(rows.size() == 3);
    CHECK(rows.first().identifier == QStringLiteral("MRN-1"));
    CHECK(rows.first().daysSinceInjection == kDemoDaysSinceInjection);
    CHECK(rows.first().painChange.has_value());
    CHECK(rows.first().daysLogged <= rows.first().daysElapsed);

    // Importing the folder again adds nothing.
    const auto again = CohortImporter(clinic.db).importFolder(in.path(), fixedNow());
    CHECK(again.imported == 0);
    CHECK(again.files.first().message.startsWith(QStringLiteral("already imported")));
    CHECK(cohortRows(clinic.db, fixedNow().date()).size() == 3);
}

TEST_CASE("Cohort: cancelling stops between files, never inside one", "[cohort]")
{
    QTemporaryDir in;
    writeBundles(in.path(), 3);
    TempStore clinic;
    std::atomic<bool> cancel{false};
    const auto summary = CohortImporter(clinic.db).importFolder(
        in.path(), fixedNow(), [&](int done, int, const QString &) { cancel = done >= 1; },
        &cancel);
    CHECK(summary.cancelled);
    CHECK(summary.imported == 1);
    CHECK(PatientRepository(clinic.db).all().size() == 1);
    CHECK(cohortRows(clinic.db, fixedNow().date()).size() == 1);
}
