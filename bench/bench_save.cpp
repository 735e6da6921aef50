// Saving an entry through Mend's core (validation, one transaction, synchronous=FULL) against a
// raw sqlite3 C-API insert + commit with the same pragmas: p50 and p99 over many saves.
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

QList<double> rawSaves(const QString &path, int n)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE e (id INTEGER PRIMARY KEY, d TEXT UNIQUE, pain INT, steps INT);"
                 "CREATE TABLE r (e INT, m TEXT, deg INT);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *rom = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO e (d, pain, steps) VALUES (?, ?, ?)", -1, &insert, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO r (e, m, deg) VALUES (?, 'knee-flexion', 110)", -1, &rom,
                       nullptr);
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const QByteArray date = QDate(2025, 11, 24).addDays(i).toString(Qt::ISODate).toUtf8();
        t.start();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, date.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 2, i % 11);
        sqlite3_bind_int(insert, 3, 4000 + i);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_bind_int64(rom, 1, sqlite3_last_insert_rowid(db));
        sqlite3_step(rom);
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
