// A timeline refresh for 1, 5 and 10 years of daily entries, in the 3-month view a phone opens and
// with every year on the plot, through the app's own path: a save of today's entry, the diary
// patched with that day, the Timeline controller reading what it shows again and filling the pain
// chart's series (the 7-day average thinned by LTTB to the plot width, or on a range of more days
// than pixels the weekly buckets the save patched; one replace() per series of a chart laid out in
// a view). Beside it, a full re-read and fill as after another process's write. Prints medians;
// the targets are <= 4 ms for any range and 10 y / 1 y <= 1.3.
#include "diary.h"
#include "diarygenerator.h"
#include "diaryservices.h"
#include "phonebudget.h"
#include "timelinecontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <algorithm>
#include <cstdio>

namespace {

constexpr int kPlotWidthPx = 390; // a phone-width chart
constexpr int kRuns = 31;

// The offscreen platform's notice when a view is shown says nothing about the measurement.
void quietOffscreenNotice(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")))
        std::fprintf(stderr, "%s%s\n", type == QtWarningMsg ? "warning: " : "",
                     message.toUtf8().constData());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts needs one
    qInstallMessageHandler(quietOffscreenNotice);
    const QDate today = QDate::currentDate();
    std::printf("timeline refresh: diary change -> read (query, weekly buckets patched) -> 7-day "
                "series and LTTB, or weekly buckets, to %d px -> replace() (median of %d)\n",
                kPlotWidthPx, kRuns);
    QMap<QString, QList<double>> totals; // by range
    for (const char *range : {"3m", "all"})
        for (int years : {1, 5, 10}) {
            QTemporaryDir dir;
            auto db = mend::Database::open(dir.filePath(QStringLiteral("t.sqlite"))).value();
            mend::bench::generateDiary(db, years, today);
            DiaryServices services(db);
            Diary diary(services, [] { return QDateTime::currentDateTime(); });
            TimelineController timeline(&diary, &services);
            // Three months, as a phone opens the timeline, and every year on the plot: the worst
            // case.
            timeline.setRange(QString::fromLatin1(range));
            timeline.setPlotWidth(kPlotWidthPx);

            auto *chart = new QChart; // owned by the view
            auto *daily = new QScatterSeries;
            auto *average = new QLineSeries;
            auto *baseline = new QLineSeries;
            auto *dayZero = new QLineSeries;
            for (QAbstractSeries *s :
                 {static_cast<QAbstractSeries *>(daily), static_cast<QAbstractSeries *>(average),
                  static_cast<QAbstractSeries *>(baseline),
                  static_cast<QAbstractSeries *>(dayZero)})
                chart->addSeries(s);
            chart->createDefaultAxes();
            QChartView view(chart);
            view.resize(kPlotWidthPx + 40, 300);
            view.show();

            // What a save does: today's entry written (not timed), the diary patched with that day,
            // the timeline reading again what it shows. And what another process's write does:
            // every entry read again.
            mend::DailyEntry today_ = diary.episodeEntries().constLast();
            QList<double> query, fill, full;
            // The charts drawn once, as the page opens: the saves below patch what it built.
            (void)timeline.hasEntries();
            timeline.fillPain(daily, average, baseline, dayZero);
            app.processEvents();
            for (int run = 0; run < kRuns; ++run) {
                today_.painAverage = run % 2 ? 4 : 5;
                if (!services.recorder.record(today_, *diary.episode(),
                                              QDateTime::currentDateTime()))
                    return 1;
                QElapsedTimer t;
                t.start();
                diary.reloadDays(Diary::EntriesChange | Diary::AlertsChange, {today_.date});
                const bool any = timeline.hasEntries(); // reads what the timeline shows
                query.append(t.nsecsElapsed() / 1e6);
                t.start();
                timeline.fillPain(daily, average, baseline, dayZero);
                fill.append(t.nsecsElapsed() / 1e6);
                if (!any)
                    return 1;
                app.processEvents(); // the chart lays the new points out between refreshes
            }
            // Every entry read again, and the charts filled from them (the weekly buckets built
            // again), as after another process's write.
            for (int run = 0; run < kRuns; ++run) {
                QElapsedTimer t;
                t.start();
                diary.reload(Diary::everything());
                (void)timeline.hasEntries();
                timeline.fillPain(daily, average, baseline, dayZero);
                full.append(t.nsecsElapsed() / 1e6);
                app.processEvents();
            }
            if (diary.episodeEntries().constLast().painAverage != today_.painAverage)
                return 1; // the patched day is the one saved
            std::printf("  %-3s %2d year(s): %4lld days -> %3lld points drawn   read %6.2f ms   "
                        "series + LTTB + replace() %5.2f ms   total %6.2f ms (phone ~%.0f ms)   "
                        "[another process wrote: read all and fill %6.2f ms]\n",
                        range, years, static_cast<long long>(diary.episodeEntries().size()),
                        static_cast<long long>(average->count()), median(query), median(fill),
                        median(query) + median(fill), onPhone(median(query) + median(fill)),
                        median(full));
            totals[QString::fromLatin1(range)].append(median(query) + median(fill));
        }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        std::printf("  range %s: 10 y / 1 y = %.2f (target <= 1.3)\n", qPrintable(it.key()),
                    it.value().constLast() / it.value().constFirst());
    std::printf("  (targets: <= 4 ms here for any range, a 16 ms frame on the phone; at most 2 "
                "points per pixel)\n");
    return 0;
}
