#include "demo/democohort.h"
#include "demo/demopatient.h"
#include "services/cohort.h"
#include "services/readahead.h"
#include "storage/episoderepository.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <functional>
#include <thread>

using namespace mend;
using namespace mend::test;

namespace {

/** Writes n demo patients' Bundles (each under its own identifier) into a folder. */
void writeBundles(const QString &dir, int n)
{
    for (int i = 1; i <= n; ++i) {
        const auto bundle =
            demoPatientBundle(QStringLiteral("MRN-%1").arg(i), fixedNow(), fixedNow());
        REQUIRE(bundle.ok());
        QFile f(QDir(dir).filePath(QStringLiteral("p%1.json").arg(i)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bundle.value().json) == bundle.value().json.size());
    }
}

int count(const std::shared_ptr<Database> &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/** Copies one Bundle of the folder under another name, changed by edit. */
void writeVariant(const QString &dir, const QString &from, const QString &to,
                  const std::function<void(QByteArray &)> &edit)
{
    QFile source(QDir(dir).filePath(from));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    edit(text);
    QFile target(QDir(dir).filePath(to));
    REQUIRE(target.open(QIODevice::WriteOnly));
    REQUIRE(target.write(text) == text.size());
}

} // namespace

TEST_CASE("Cohort: a folder of Bundles becomes one patient each, bad files are refused alone",
          "[cohort]")
{
    QTemporaryDir in;
    writeBundles(in.path(), 3);
    // Valid episode, then an out-of-range pain value: the whole file must leave no trace.
    writeVariant(in.path(), QStringLiteral("p1.json"), QStringLiteral("p9.json"),
                 [](QByteArray &text) {
                     text.replace("\"MRN-1\"", "\"MRN-9\"")
                         .replace("\"valueInteger\": 6", "\"valueInteger\": 60");
                 });

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

TEST_CASE("Cohort: a file refused while it is stored leaves no trace among the files committed "
          "with it",
          "[cohort]")
{
    QTemporaryDir in;
    writeBundles(in.path(), 3);
    // Reads well, fails in the store: a hip movement on a knee, on the diary's last day, after
    // the patient, the episode and most days were written.
    writeVariant(
        in.path(), QStringLiteral("p2.json"), QStringLiteral("p2b.json"), [](QByteArray &text) {
            const qsizetype lastRom = text.lastIndexOf("rom-knee-flexion");
            REQUIRE(lastRom > 0);
            text.replace(lastRom, qsizetype(qstrlen("rom-knee-flexion")), "rom-hip-flexion");
            text.replace("\"MRN-2\"", "\"MRN-9\"");
        });

    TempStore clinic;
    const auto summary = CohortImporter(clinic.db).importFolder(in.path(), fixedNow());
    REQUIRE(summary.files.size() == 4);
    CHECK(summary.imported == 3);
    CHECK(summary.refused == 1);
    CHECK(summary.files.at(2).file == QStringLiteral("p2b.json"));
    CHECK_FALSE(summary.files.at(2).imported);
    INFO(summary.files.at(2).message.toStdString());
    CHECK(summary.files.at(2).message.contains(QStringLiteral("hip-flexion")));
    QStringList identifiers;
    for (const auto &p : PatientRepository(clinic.db).all())
        identifiers << p.identifier;
    identifiers.sort();
    CHECK(identifiers ==
          QStringList{QStringLiteral("MRN-1"), QStringLiteral("MRN-2"), QStringLiteral("MRN-3")});
    CHECK(count(clinic.db, QStringLiteral("SELECT count(*) FROM episode")) == 3);
    CHECK(count(clinic.db, QStringLiteral("SELECT count(DISTINCT episode_id) FROM daily_entry")) ==
          3);
}

TEST_CASE("Cohort: a disk that fills during an import refuses every file of the batch with "
          "the reason, stores none of them, and a second try after freeing space imports them all",
          "[cohort]")
{
    QTemporaryDir in;
    writeBundles(in.path(), 3);
    TempStore clinic;
    const int emptyPages = count(clinic.db, QStringLiteral("PRAGMA page_count"));
    // SQLite answers a database at its page limit as it answers a full disk ("database or disk
    // is full") and, like then, rolls the whole transaction back: the first file cannot fit.
    QSqlQuery limit(clinic.db->connection());
    REQUIRE(limit.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(emptyPages + 8)));

    const auto full = CohortImporter(clinic.db).importFolder(in.path(), fixedNow());
    REQUIRE(full.files.size() == 3);
    CHECK(full.imported == 0);
    CHECK(full.refused == 3);
    for (const auto &file : full.files) {
        INFO(file.file.toStdString() << ": " << file.message.toStdString());
        CHECK_FALSE(file.imported);
        CHECK(file.message.contains(QStringLiteral("disk is full")));
    }
    CHECK(count(clinic.db, QStringLiteral("SELECT count(*) FROM patient")) == 0);
    CHECK(count(clinic.db, QStringLiteral("SELECT count(*) FROM daily_entry")) == 0);
    QSqlQuery check(clinic.db->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));

    REQUIRE(limit.exec(QStringLiteral("PRAGMA max_page_count=1073741823")));
    const auto again = CohortImporter(clinic.db).importFolder(in.path(), fixedNow());
    CHECK(again.imported == 3);
    CHECK(PatientRepository(clinic.db).all().size() == 3);
}

TEST_CASE("Cohort: another process writing the clinic database during an import waits for the "
          "batch to commit and is not refused",
          "[cohort]")
{
    QTemporaryDir in;
    writeBundles(in.path(), 3);
    TempStore clinic;
    std::thread writer;
    Status written = Error{{}, QStringLiteral("the writer did not run")};
    const auto summary = CohortImporter(clinic.db).importFolder(
        in.path(), fixedNow(), [&](int done, int, const QString &) {
            if (done != 1)
                return;
            // Starts inside the import's open transaction: its write must wait, not fail.
            writer = std::thread([&, path = clinic.path()] {
                auto other = Database::open(path);
                written = other ? SettingsRepository(other.value())
                                      .setValue(QStringLiteral("clinic.note"),
                                                QStringLiteral("written during the import"))
                                : Status(other.error());
            });
        });
    REQUIRE(writer.joinable());
    writer.join();
    INFO((written.ok() ? std::string() : written.error().text().toStdString()));
    CHECK(written.ok());
    CHECK(summary.imported == 3);
    CHECK(SettingsRepository(clinic.db).value(QStringLiteral("clinic.note")) ==
          QStringLiteral("written during the import"));
    CHECK(PatientRepository(clinic.db).all().size() == 3);
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

TEST_CASE("Cohort: the read-ahead hands back every file in order, never more than its look-ahead "
          "past the one being stored, and stops reading when dropped",
          "[cohort]")
{
    std::atomic<int> taken{0};
    std::atomic<int> furthest{0}; // how far past the last one taken a read started
    std::atomic<int> reads{0};
    {
        ReadAhead<int> reading(
            60,
            [&](int i) {
                ++reads;
                const int ahead = i - taken.load();
                for (int seen = furthest.load();
                     ahead > seen && !furthest.compare_exchange_weak(seen, ahead);) {
                }
                // Uneven reads, so that later files are often ready before earlier ones.
                std::this_thread::sleep_for(std::chrono::microseconds((i % 3) * 300));
                return i * 2;
            },
            3, 4);
        for (int i = 0; i < 60; ++i) {
            CHECK(reading.take(i) == i * 2);
            taken = i + 1;
        }
    }
    CHECK(reads == 60);
    CHECK(furthest.load() >= 1);
    CHECK(furthest.load() <= 4);

    reads = 0;
    {
        ReadAhead<int> reading(
            1000,
            [&](int i) {
                ++reads;
                return i;
            },
            2, 4);
        CHECK(reading.take(0) == 0);
    }                  // dropped after one file, as a cancelled import drops it
    CHECK(reads <= 5); // the one taken and at most four ahead of it
}

TEST_CASE("Cohort: any R4 patient Bundle joins, one patient per Patient, an injection is "
          "recognised by CPT 0232T, else it is 'not recorded'",
          "[cohort]")
{
    QTemporaryDir in;
    writeBundles(in.path(), 1);
    for (const char *name :
         {"foreign-bundle.json", "synthea-shape-bundle.json", "ehr-two-patients-bundle.json"})
        REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/fhir/") + QLatin1String(name),
                            QDir(in.path()).filePath(QLatin1String(name))));
    TempStore clinic;
    const auto summary = CohortImporter(clinic.db).importFolder(in.path(), fixedNow());
    for (const auto &f : summary.files)
        UNSCOPED_INFO((f.file + QStringLiteral(": ") + f.message).toStdString());
    CHECK(summary.imported == 4);
    CHECK(summary.refused == 0);

    QHash<QString, CohortRow> rows;
    for (const auto &r : cohortRows(clinic.db, fixedNow().date()))
        rows.insert(r.identifier, r);
    REQUIRE(rows.keys().size() == 5);
    CHECK(rows.value(QStringLiteral("MRN-1")).injectionRecorded);

    // The EHR's PRP Procedure (CPT 0232T, SNOMED knee + left, a period): day 0 is on record.
    const CohortRow ann = rows.value(QStringLiteral("EHR-1001"));
    CHECK(ann.injectionRecorded);
    CHECK(ann.site == BodySite::Knee);
    CHECK(ann.daysSinceInjection == QDate(2026, 9, 1).daysTo(fixedNow().date()));
    CHECK(ann.painBaseline == 7.0); // the day in the baseline window before the injection
    const auto annEpisode = EpisodeRepository(clinic.db).find(ann.episodeId);
    REQUIRE(annEpisode);
    CHECK(annEpisode->product == Product::Prp);
    CHECK(annEpisode->side == Side::Left);

    // Pain and a KOOS JR total but no injection: listed with what Mend reads, nothing from day 0.
    const CohortRow other = rows.value(QStringLiteral("EHR-1002"));
    CHECK_FALSE(other.injectionRecorded);
    CHECK(other.painLatest == 7.0); // 6.5 rounded half up
    CHECK_FALSE(other.painChange.has_value());
    CHECK(other.milestonesDue == 0);
    CHECK(rows.contains(QStringLiteral("foreign-bundle"))); // no identifier: the file's name
    CHECK_FALSE(rows.value(QStringLiteral("foreign-bundle")).injectionRecorded);
    CHECK(rows.contains(QStringLiteral("synthea-shape-bundle")));

    const auto again = CohortImporter(clinic.db).importFolder(in.path(), fixedNow());
    CHECK(again.imported == 0);
    CHECK(cohortRows(clinic.db, fixedNow().date()).size() == 5);

    // The clinician sets day 0: now it counts, with the last pain before it as the baseline.
    CHECK(recordCohortInjection(clinic.db, other.episodeId, QDate(1999, 12, 31), BodySite::Hip,
                                Side::Right, fixedNow().date())
              .error()
              .text()
              .startsWith(QStringLiteral("injected: 1999-12-31 is out of range")));
    REQUIRE(recordCohortInjection(clinic.db, other.episodeId, QDate(2026, 10, 5), BodySite::Hip,
                                  Side::Right, fixedNow().date())
                .ok());
    for (const auto &r : cohortRows(clinic.db, fixedNow().date()))
        if (r.identifier == QStringLiteral("EHR-1002")) {
            CHECK(r.injectionRecorded);
            CHECK(r.site == BodySite::Hip);
            CHECK(r.daysSinceInjection == QDate(2026, 10, 5).daysTo(fixedNow().date()));
            CHECK(r.painBaseline == 7.0);
        }
}
