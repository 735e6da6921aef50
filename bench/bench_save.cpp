// Saving an entry through Mend's core (validation, one transaction, synchronous=FULL) against a
// raw sqlite3 C-API insert + commit of the same rows into the same schema with the same pragmas:
// p50 and p99 over many saves.
#include "diarygenerator.h"
#include "storage/entryrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace mend;

namespace {

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 99 / 100))};
}

QList<double> mendSaves(const QString &path, int n)
{
    auto db = Database::open(path).value();
    const QDate today(2026, 11, 24);
    const Episode episode = bench::generateDiary(db, 1, today.addYears(-1)); // history before
    EntryRepository entries(db);
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        DailyEntry e;
        e.date = today.addYears(-1).addDays(i);
        e.painAverage = i % 11;
        e.steps = 4000 + i;
        e.rom = {{QStringLiteral("knee-flexion"), 110, RomSide::Treated}};
        t.start();
        if (!entries.save(e, episode, QDateTime(e.date, QTime(21, 0))))
            qFatal("save failed");
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

/**
 * The reference: the same rows (an entry with pain, steps and one ROM reading) into the same
 * schema with the same one-year history, through the sqlite3 C API with statements prepared once.
 */
QList<double> rawSaves(const QString &path, int n)
{
    const QDate today(2026, 11, 24);
    qint64 episodeId = 0;
    {
        auto mendDb = Database::open(path).value();
        episodeId = bench::generateDiary(mendDb, 1, today.addYears(-1)).id;
    }
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *rom = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO daily_entry (episode_id, entry_date, pain_average, steps, "
                       "created_at, updated_at, late) VALUES (?, ?, ?, ?, ?, ?, 1)",
                       -1, &insert, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO rom_reading (entry_id, movement, side, degrees) "
                       "VALUES (?, 'knee-flexion', 'treated', 110)",
                       -1, &rom, nullptr);
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const QDate date = today.addYears(-1).addDays(i);
        const QByteArray day = date.toString(Qt::ISODate).toUtf8();
        const QByteArray stamp =
            QDateTime(date, QTime(21, 0)).toUTC().toString(Qt::ISODateWithMs).toUtf8();
        t.start();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(insert, 1, episodeId);
        sqlite3_bind_text(insert, 2, day.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 3, i % 11);
        sqlite3_bind_int(insert, 4, 4000 + i);
        sqlite3_bind_text(insert, 5, stamp.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, stamp.constData(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE)
            qFatal("raw insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(insert);
        sqlite3_bind_int64(rom, 1, sqlite3_last_insert_rowid(db));
        if (sqlite3_step(rom) != SQLITE_DONE)
            qFatal("raw ROM insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(rom);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ms.append(t.nsecsElapsed() / 1e6);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(rom);
    sqlite3_close(db);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, atoi(argv[1])) : 300;
    QTemporaryDir dir;
    const auto mend = percentiles(mendSaves(dir.filePath(QStringLiteral("mend.sqlite")), n));
    const auto raw = percentiles(rawSaves(dir.filePath(QStringLiteral("raw.sqlite")), n));
    std::printf("save entry (n=%d, synchronous=FULL, WAL)\n", n);
    std::printf("  mend core    p50 %7.3f ms   p99 %7.3f ms\n", mend.p50, mend.p99);
    std::printf("  raw sqlite3  p50 %7.3f ms   p99 %7.3f ms\n", raw.p50, raw.p99);
    std::printf("  ratio        p50 %7.2fx     p99 %7.2fx   (target <= 1.5x)\n", mend.p50 / raw.p50,
                mend.p99 / raw.p99);
    return 0;
}
