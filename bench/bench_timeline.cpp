// The timeline's data cost for 1, 5 and 10 years of daily entries: the range query and the 7-day
// average series (what a refresh computes before any drawing).
#include "diarygenerator.h"
#include "domain/downsample.h"
#include "domain/recovery.h"
#include "storage/entryrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace mend;

namespace {
constexpr int kChartWidthPx = 390; // a phone-width chart
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDate today(2026, 11, 24);
    std::printf("timeline refresh data (median of 9 runs)\n");
    for (int years : {1, 5, 10}) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite"))).value();
        const Episode e = bench::generateDiary(db, years, today);
        EntryRepository entries(db);
        QList<double> query;
        QList<double> series;
        QList<double> thinned;
        qsizetype points = 0;
        qsizetype drawn = 0;
        for (int run = 0; run < 9; ++run) {
            QElapsedTimer t;
            t.start();
            const auto all = entries.forEpisode(e.id);
            query.append(t.nsecsElapsed() / 1e6);
            t.start();
            const auto average = rollingSeries(all, Metric::painAverage());
            points = average.size();
            series.append(t.nsecsElapsed() / 1e6);
            t.start();
            QList<QPointF> daily;
            daily.reserve(all.size());
            for (const auto &entry : all)
                daily.append(QPointF(e.injectionDate.daysTo(entry.date), entry.painAverage));
            drawn = downsampleLttb(daily, 2 * kChartWidthPx).size();
            thinned.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(query.begin(), query.end());
        std::sort(series.begin(), series.end());
        std::sort(thinned.begin(), thinned.end());
        std::printf("  %2d year(s): %5lld points   query %6.2f ms   7-day series %5.2f ms   "
                    "LTTB to %lld points %5.2f ms   total %6.2f ms\n",
                    years, static_cast<long long>(points), query.at(4), series.at(4),
                    static_cast<long long>(drawn), thinned.at(4),
                    query.at(4) + series.at(4) + thinned.at(4));
    }
    std::printf("  (target: <= 16 ms for 5 years; at most 2 points per pixel of a %d px chart; "
                "replace() on a chart is not measured here)\n",
                kChartWidthPx);
    return 0;
}
