// Saving an entry through Mend's core (validation, one transaction, synchronous=FULL) against a
// raw sqlite3 C-API insert + commit of the same rows into the same schema with the same pragmas
// and the same one-year history. The two saves alternate, so machine load affects both alike.
// Usage: bench_save [SAVES] [ROUNDS]; prints p50 and p99 of each per round (3 by default, fresh
// diaries each) and the median ratio with its spread.
#include "diarygenerator.h"
#include "phonebudget.h"
#include "storage/entryrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace mend;

namespace {

const QDate kToday(2026, 11, 24);

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

/** The raw reference: statements prepared once, bound and stepped, one BEGIN/COMMIT per save. */
class RawWriter
{
public:
    RawWriter(const QString &path, qint64 episodeId) : m_episodeId(episodeId)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        sqlite3_exec(m_db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
                     nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db,
                           "INSERT INTO daily_entry (episode_id, entry_date, pain_average, steps, "
                           "created_at, updated_at, late) VALUES (?, ?, ?, ?, ?, ?, 1)",
                           -1, &m_insert, nullptr);
        sqlite3_prepare_v2(m_db,
                           "INSERT INTO rom_reading (entry_id, movement, side, degrees) "
                           "VALUES (?, 'knee-flexion', 'treated', 110)",
                           -1, &m_rom, nullptr);
    }
    ~RawWriter()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_rom);
        sqlite3_close(m_db);
    }
    void save(const QDate &date, int i)
    {
        const QByteArray day = date.toString(Qt::ISODate).toUtf8();
        const QByteArray stamp =
            QDateTime(date, QTime(21, 0)).toUTC().toString(Qt::ISODateWithMs).toUtf8();
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(m_insert, 1, m_episodeId);
        sqlite3_bind_text(m_insert, 2, day.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(m_insert, 3, i % 11);
        sqlite3_bind_int(m_insert, 4, 4000 + i);
        sqlite3_bind_text(m_insert, 5, stamp.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 6, stamp.constData(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            qFatal("raw insert failed: %s", sqlite3_errmsg(m_db));
        sqlite3_reset(m_insert);
        sqlite3_bind_int64(m_rom, 1, sqlite3_last_insert_rowid(m_db));
        if (sqlite3_step(m_rom) != SQLITE_DONE)
            qFatal("raw ROM insert failed: %s", sqlite3_errmsg(m_db));
        sqlite3_reset(m_rom);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_rom = nullptr;
    qint64 m_episodeId;
};

struct Round
{
    Percentiles mend;
    Percentiles raw;
};

/** One round: fresh diaries with a year of history, n saves of each, alternating which goes
 *  first so that neither always meets the disk after the other. */
Round round(int n)
{
    QTemporaryDir dir;
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    qint64 rawEpisode = 0;
    {
        auto db = Database::open(rawPath).value();
        rawEpisode = bench::generateDiary(db, 1, kToday.addYears(-1)).id;
    }
    RawWriter raw(rawPath, rawEpisode);
    auto db = Database::open(dir.filePath(QStringLiteral("mend.sqlite"))).value();
    const Episode episode = bench::generateDiary(db, 1, kToday.addYears(-1));
    EntryRepository entries(db);

    QList<double> mendMs, rawMs;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        DailyEntry e;
        e.date = kToday.addYears(-1).addDays(i);
        e.painAverage = i % 11;
        e.steps = 4000 + i;
        e.rom = {{QStringLiteral("knee-flexion"), 110, RomSide::Treated}};
        const auto saveMend = [&] {
            t.start();
            if (!entries.save(e, episode, QDateTime(e.date, QTime(21, 0))))
                qFatal("save failed");
            mendMs.append(t.nsecsElapsed() / 1e6);
        };
        const auto saveRaw = [&] {
            t.start();
            raw.save(e.date, i);
            rawMs.append(t.nsecsElapsed() / 1e6);
        };
        if (i % 2) {
            saveRaw();
            saveMend();
        } else {
            saveMend();
            saveRaw();
        }
    }
    return {percentiles(mendMs), percentiles(rawMs)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, atoi(argv[1])) : 300;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    std::printf("save entry (n=%d per round, %d rounds, synchronous=FULL, WAL, same schema and "
                "rows, alternating)\n",
                n, rounds);
    QList<double> ratios50, ratios99, mend50;
    for (int r = 0; r < rounds; ++r) {
        const Round result = round(n);
        ratios50 << result.mend.p50 / result.raw.p50;
        ratios99 << result.mend.p99 / result.raw.p99;
        mend50 << result.mend.p50;
        std::printf("  round %d: mend p50 %6.3f ms p99 %6.3f ms   raw sqlite3 p50 %6.3f ms p99 "
                    "%6.3f ms   ratio p50 %.2fx p99 %.2fx\n",
                    r + 1, result.mend.p50, result.mend.p99, result.raw.p50, result.raw.p99,
                    ratios50.constLast(), ratios99.constLast());
    }
    std::sort(ratios50.begin(), ratios50.end());
    const double lo = ratios50.constFirst(), hi = ratios50.constLast();
    std::sort(ratios99.begin(), ratios99.end());
    std::sort(mend50.begin(), mend50.end());
    std::printf("  ratio p50: median %.2fx, spread %.2f-%.2fx (target <= 1.15x); p99 median "
                "%.2fx\n",
                ratios50.at(ratios50.size() / 2), lo, hi, ratios99.at(ratios99.size() / 2));
    std::printf("  on a phone: p50 ~%.1f ms\n", onPhone(mend50.at(mend50.size() / 2)));
    return 0;
}
