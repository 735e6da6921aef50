// The clinic's cohort list of N patients (default 10,000): each sort key and the open-alerts
// filter, as the cohort screen applies them to rows already loaded, against the floor of sorting
// the same rows by one integer. Prints the median of 15 runs per key, the ratio to the floor and
// the figure on a phone about 4x slower (target: <= 16 ms here).
// Usage: bench_cohort_list [PATIENTS]
#include "phonebudget.h"
#include "services/cohort.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace mend;

namespace {

QList<CohortRow> generateRows(int count)
{
    QRandomGenerator random(20261205);
    QList<CohortRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        CohortRow r;
        r.patientId = i + 1;
        r.episodeId = i + 1;
        r.identifier =
            QStringLiteral("MRN-%1").arg(random.bounded(1000000), 7, 10, QLatin1Char('0'));
        r.daysSinceInjection = random.bounded(1100);
        if (random.bounded(10) > 0) {
            r.painBaseline = random.bounded(40, 90) / 10.0;
            r.painLatest = random.bounded(0, 90) / 10.0;
            r.painChange = *r.painLatest - *r.painBaseline;
        }
        r.openAlerts = random.bounded(20) == 0 ? random.bounded(1, 4) : 0;
        r.daysElapsed = r.daysSinceInjection + 14;
        r.daysLogged = random.bounded(r.daysElapsed + 1);
        rows.append(r);
    }
    return rows;
}

template <typename Work> double medianMs(Work work)
{
    QList<double> runs;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        runs.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int patients = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const QList<CohortRow> loaded = generateRows(patients);

    // The floor: the same rows, copied and sorted by one integer.
    const double floor = medianMs([&] {
        QList<CohortRow> rows = loaded;
        std::stable_sort(rows.begin(), rows.end(), [](const CohortRow &a, const CohortRow &b) {
            return a.patientId > b.patientId;
        });
    });
    std::printf("cohort list of %d patients (median of 15 runs; each run copies the loaded rows)\n",
                patients);
    std::printf("  reference: copy and sort by one integer %.2f ms\n", floor);
    double worst = 0;
    for (const QString &key : cohortSortKeys()) {
        for (const bool alertsOnly : {false, true}) {
            qsizetype shown = 0;
            const double ms = medianMs([&] {
                QList<CohortRow> rows = loaded;
                sortCohortRows(rows, key);
                shown = 0;
                for (const CohortRow &r : rows)
                    shown += cohortRowShown(r, alertsOnly) ? 1 : 0;
            });
            worst = std::max(worst, ms);
            std::printf("  sort by %-12s %-18s %6.2f ms (%5lld shown): %.2fx the reference, "
                        "phone ~%.0f ms\n",
                        qPrintable(key), alertsOnly ? "open alerts only" : "everyone", ms,
                        static_cast<long long>(shown), ms / floor, onPhone(ms));
        }
    }
    std::printf("  slowest: %.2f ms here, ~%.0f ms on a phone (target <= 16 ms here)\n", worst,
                onPhone(worst));
    return 0;
}
