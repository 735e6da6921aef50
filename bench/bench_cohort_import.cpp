// Cohort import: N patients x 1 year of daily entries as FHIR Bundles (default 1,000), imported
// by Mend's CohortImporter (parse, validate, each file in a savepoint) against a raw sqlite3 bulk
// insert of the very rows that import stored, in one transaction, into the same schema with the
// same pragmas. Prints observations per second of each and their ratio (target >= 0.7).
// Usage: bench_cohort_import [PATIENTS] [ROUNDS] (default 1,000 and 3)
#include "diarygenerator.h"
#include "exchange/fhirexport.h"
#include "exchange/fhirimport.h"
#include "phonebudget.h"
#include "services/cohort.h"
#include "services/instrumentcatalog.h"
#include "storage/entryrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sqlite3.h>
#include <sys/resource.h>
#include <vector>

using namespace mend;

namespace {

const QByteArray kPlaceholder = "PATIENT-PLACEHOLDER";

/** One patient's year as a Bundle, with a placeholder where the patient's identifier goes. */
QByteArray templateBundle(const QDate &today, int *observations)
{
    auto db = Database::open(QStringLiteral(":memory:")).value();
    FhirExportData data;
    data.patientIdentifier = QString::fromLatin1(kPlaceholder);
    FhirEpisodeData episode;
    episode.episode = bench::generateDiary(db, 1, today);
    episode.entries = EntryRepository(db).forEpisode(episode.episode.id);
    data.episodes.append(episode);
    data.instruments = InstrumentCatalog(db).all();
    const QJsonObject bundle = exportFhirBundle(data, QDateTime(today, QTime(12, 0)));
    *observations = 0;
    for (const auto &e : bundle.value(QStringLiteral("entry")).toArray())
        if (e.toObject()
                .value(QStringLiteral("resource"))
                .toObject()
                .value(QStringLiteral("resourceType")) == QStringLiteral("Observation"))
            ++*observations;
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

/** A table's rows, read into memory before the clock starts. */
struct TableRows
{
    QByteArray name;
    int columns = 0;
    std::vector<sqlite3_value *> values; // row-major
};

/** Every row Mend's import added: the tables that are empty in a new database. */
std::vector<TableRows> importedRows(const Database &imported)
{
    auto fresh = Database::open(QStringLiteral(":memory:")).value();
    std::vector<TableRows> out;
    QSqlQuery tables(imported.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY rowid"));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery count(fresh->connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM ") + name) || !count.next() ||
            count.value(0).toInt() != 0)
            continue;
        TableRows rows{name.toUtf8(), 0, {}};
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(imported.sqliteHandle(), "SELECT * FROM " + rows.name, -1, &s, nullptr);
        rows.columns = sqlite3_column_count(s);
        while (sqlite3_step(s) == SQLITE_ROW)
            for (int c = 0; c < rows.columns; ++c)
                rows.values.push_back(sqlite3_value_dup(sqlite3_column_value(s, c)));
        sqlite3_finalize(s);
        if (!rows.values.empty())
            out.push_back(std::move(rows));
    }
    return out;
}

/** Deletes a database and its WAL files: the rounds would otherwise fill the disk. */
void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/** The raw reference: one transaction, one prepared INSERT per table, values bound as read. */
double rawBulkInsertMs(const QString &path, const std::vector<TableRows> &tables, qint64 *rowCount)
{
    Database::open(path).value(); // the same schema, then closed
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
                 nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    // Foreign keys checked at COMMIT: the tables are copied in creation order, not dependency
    // order.
    sqlite3_exec(db, "BEGIN; PRAGMA defer_foreign_keys=ON;", nullptr, nullptr, nullptr);
    *rowCount = 0;
    for (const auto &table : tables) {
        QByteArray sql = "INSERT INTO " + table.name + " VALUES (?";
        for (int c = 1; c < table.columns; ++c)
            sql += ", ?";
        sql += ")";
        sqlite3_stmt *insert = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &insert, nullptr) != SQLITE_OK)
            qFatal("raw prepare failed: %s", sqlite3_errmsg(db));
        for (size_t row = 0; row < table.values.size() / size_t(table.columns); ++row) {
            for (int c = 0; c < table.columns; ++c)
                sqlite3_bind_value(insert, c + 1, table.values[row * table.columns + c]);
            if (sqlite3_step(insert) != SQLITE_DONE)
                qFatal("raw insert failed: %s", sqlite3_errmsg(db));
            sqlite3_reset(insert);
            ++*rowCount;
        }
        sqlite3_finalize(insert);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("raw commit failed: %s", sqlite3_errmsg(db));
    const double ms = t.nsecsElapsed() / 1e6;
    sqlite3_close(db);
    return ms;
}

/** The CPU time this process has used so far, on all its threads (user and system). */
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int patients = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    const QString bundles = dir.filePath(QStringLiteral("bundles"));
    QDir().mkpath(bundles);
    int perBundle = 0;
    const QByteArray bundle = templateBundle(today, &perBundle);
    for (int i = 1; i <= patients; ++i) {
        const QByteArray id = QByteArray("P") + QByteArray::number(i).rightJustified(5, '0');
        QFile f(bundles + QStringLiteral("/%1.json").arg(QString::fromLatin1(id)));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(QByteArray(bundle).replace(kPlaceholder, id)) < 0)
            qFatal("cannot write the bundles");
    }
    const double observations = double(perBundle) * patients;
    std::printf("cohort import: %d patients x 1 year, %d observations per Bundle (%.1f MB each), "
                "%.0f observations\n",
                patients, perBundle, bundle.size() / 1e6, observations);

    const auto instruments =
        InstrumentCatalog(Database::open(QStringLiteral(":memory:")).value()).all();
    QElapsedTimer t;
    double parseMs = 1e9; // the fastest of a few groups: the least disturbed by the machine
    for (int group = 0; group < 5; ++group) {
        t.restart();
        const int parses = 10;
        for (int i = 0; i < parses; ++i)
            if (!readFhirBundle(bundle, instruments).problems.isEmpty())
                qFatal("the template Bundle does not read");
        parseMs = std::min(parseMs, t.nsecsElapsed() / 1e6 / parses);
    }

    // Rounds alternate Mend's import and the raw insert, each into a new database, so that a
    // change in the machine's load shows as spread rather than as a one-sided ratio.
    std::vector<TableRows> rows;
    qint64 rowCount = 0;
    std::vector<double> ratios;
    double mendMsMean = 0;
    for (int round = 1; round <= rounds; ++round) {
        const QString clinicPath = dir.filePath(QStringLiteral("clinic%1.sqlite").arg(round));
        auto clinic = Database::open(clinicPath).value();
        double cpuMs = processCpuMs();
        t.restart();
        const auto summary =
            CohortImporter(clinic).importFolder(bundles, QDateTime::currentDateTime());
        const double mendMs = t.nsecsElapsed() / 1e6;
        const double mendCpuMs = processCpuMs() - cpuMs;
        if (summary.imported != patients) {
            std::fprintf(stderr, "only %d of %d imported: %s\n", summary.imported, patients,
                         summary.files.value(0).message.toUtf8().constData());
            return 1;
        }
        if (rows.empty())
            rows = importedRows(*clinic);
        clinic.reset();
        removeDatabase(clinicPath);
        const QString rawPath = dir.filePath(QStringLiteral("raw%1.sqlite").arg(round));
        cpuMs = processCpuMs();
        const double rawMs = rawBulkInsertMs(rawPath, rows, &rowCount);
        const double rawCpuMs = processCpuMs() - cpuMs;
        removeDatabase(rawPath);
        const double ratio = rawMs / mendMs;
        std::printf("  round %d: mend import (a savepoint per file) %6.0f ms (CPU %5.0f ms), raw "
                    "sqlite3 bulk insert of its %lld rows %6.0f ms (CPU %5.0f ms): ratio %.2f\n",
                    round, mendMs, mendCpuMs, static_cast<long long>(rowCount), rawMs, rawCpuMs,
                    ratio);
        ratios.push_back(ratio);
        mendMsMean += mendMs / rounds;
    }
    for (const auto &table : rows)
        for (sqlite3_value *v : table.values)
            sqlite3_value_free(v);
    std::vector<double> sorted = ratios; // the median and the spread
    std::sort(sorted.begin(), sorted.end());
    std::printf("  ratio %.2f of raw, median of %d alternating rounds (spread %.2f-%.2f; target "
                ">= 0.7); %.0f observations/s; on a phone ~%.0f s\n",
                sorted[sorted.size() / 2], rounds, sorted.front(), sorted.back(),
                observations / (mendMsMean / 1000), onPhone(mendMsMean) / 1000);
    std::printf(
        "  of which reading one Bundle (JSON + FHIR mapping, one thread, fastest of 5 x 10): "
        "%.2f ms\n",
        parseMs);
    return 0;
}
