#include "diarygenerator.h"

#include "storage/entryrepository.h"
#include "storage/episoderepository.h"

#include <random>

namespace mend::bench {

Episode generateDiary(const std::shared_ptr<Database> &db, int years, const QDate &today)
{
    Episode e;
    e.site = BodySite::Knee;
    e.side = Side::Left;
    e.condition = Condition::Osteoarthritis;
    e.product = Product::BoneMarrowConcentrate;
    e.injectionDate = today.addYears(-years);
    e.baselinePain = 7;
    e = EpisodeRepository(db).add(e, QDateTime(today, QTime(12, 0))).value();
    std::mt19937 rng(2026);
    std::normal_distribution<double> noise(0, 0.8);
    QList<DailyEntry> entries;
    for (QDate d = e.injectionDate.addDays(-14); d < today; d = d.addDays(1)) {
        const int day = int(e.injectionDate.daysTo(d));
        DailyEntry entry;
        entry.date = d;
        const double trend = day < 0 ? 7 : 7 - 3.0 * std::min(1.0, day / 180.0);
        entry.painAverage = std::clamp(int(std::lround(trend + noise(rng))), 0, 10);
        entry.painActivity = std::clamp(entry.painAverage + 1, 0, 10);
        entry.steps = 3000 + int(rng() % 5000);
        entry.rom = {{QStringLiteral("knee-flexion"), 100 + int(rng() % 30), RomSide::Treated},
                     {QStringLiteral("knee-flexion"), 130 + int(rng() % 5), RomSide::Other}};
        entry.symptoms.swelling = int(rng() % 2);
        entry.createdAt = QDateTime(d, QTime(20, 0)).toUTC();
        entry.updatedAt = entry.createdAt;
        entries.append(entry);
    }
    if (auto s = EntryRepository(db).insertImported(entries, e, today); !s)
        qFatal("generator: %s", qPrintable(s.error().text()));
    return e;
}

} // namespace mend::bench
