#pragma once

#include "domain/episode.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace mend::test {

/** A file's bytes (the test fails if it cannot be read). */
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

/** Fixed "now" for tests: 2026-11-24 18:00 local time. */
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(18, 0));
}

/** A fresh database file in its own temporary folder, with repositories on it. */
struct TempStore
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    std::unique_ptr<EpisodeRepository> episodes;
    std::unique_ptr<EntryRepository> entries;

    TempStore()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(path());
        REQUIRE(opened.ok());
        db = opened.value();
        episodes = std::make_unique<EpisodeRepository>(db);
        entries = std::make_unique<EntryRepository>(db);
    }
    QString path() const { return dir.filePath(QStringLiteral("mend.sqlite")); }
};

/** A valid knee episode injected on the given date. */
inline Episode kneeEpisode(const QDate &injected = QDate(2026, 9, 1), int baselinePain = 7)
{
    Episode e;
    e.site = BodySite::Knee;
    e.side = Side::Left;
    e.condition = Condition::Osteoarthritis;
    e.injectionDate = injected;
    e.product = Product::BoneMarrowConcentrate;
    e.baselinePain = baselinePain;
    return e;
}

/** An entry with just the required pain figure. */
inline DailyEntry painEntry(const QDate &date, int pain)
{
    DailyEntry e;
    e.date = date;
    e.painAverage = pain;
    return e;
}

} // namespace mend::test
