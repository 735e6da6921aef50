// Cold start to first frame and peak memory: `mend` on a 5-year diary against a minimal Qt Quick
// window with one ChartView, each started afresh N times (alternating), medians side by side.
// Usage: bench_startup MEND MINIMAL_WINDOW [RUNS]
#include "diarygenerator.h"
#include "phonebudget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

struct Run
{
    double firstFrameMs = -1;
    double readyMs = -1; ///< the application in place of the first frame's placeholder
    double peakRssMb = -1;
};

Run start(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Run run;
    QByteArray out;
    while (p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
        if (run.firstFrameMs < 0 && out.contains("first-frame"))
            run.firstFrameMs = t.nsecsElapsed() / 1e6;
        if (out.contains("ready ")) {
            run.readyMs = t.nsecsElapsed() / 1e6;
            break;
        }
    }
    p.waitForFinished(30000);
    out += p.readAllStandardOutput();
    static const QRegularExpression rss(QStringLiteral("peak-rss-kb=(\\d+)"));
    const auto m = rss.match(QString::fromUtf8(out));
    if (m.hasMatch())
        run.peakRssMb = m.captured(1).toDouble() / 1024.0;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_startup MEND MINIMAL_WINDOW [RUNS]\n");
        return 2;
    }
    const QString mend = QString::fromLocal8Bit(argv[1]);
    const QString minimal = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? std::max(1, atoi(argv[3])) : 7;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("five-years.sqlite"));
    {
        auto opened = mend::Database::open(db);
        if (!opened)
            return 1;
        mend::bench::generateDiary(opened.value(), 5, QDate::currentDate());
    }
    QList<double> mendMs, mendReadyMs, mendMb, minimalMs, minimalMb, floorMs, floorMb;
    start(mend, {QStringLiteral("--db"), db, QStringLiteral("--first-frame")}); // daily backup
    for (int i = 0; i < runs; ++i) {
        const Run a = start(mend, {QStringLiteral("--db"), db, QStringLiteral("--first-frame")});
        const Run b = start(minimal, {});
        const Run c = start(minimal, {QStringLiteral("--controls")});
        if (a.firstFrameMs < 0 || b.firstFrameMs < 0 || a.readyMs < 0 || b.readyMs < 0 ||
            c.readyMs < 0) {
            std::fprintf(stderr, "a program did not show a first frame or did not get ready\n");
            return 1;
        }
        mendMs << a.firstFrameMs;
        mendReadyMs << a.readyMs;
        mendMb << a.peakRssMb;
        minimalMs << b.firstFrameMs;
        minimalMb << b.peakRssMb;
        floorMs << c.readyMs;
        floorMb << c.peakRssMb;
    }
    const double ms = median(mendMs), refMs = median(minimalMs);
    const double mb = median(mendMb), refMb = median(minimalMb);
    std::printf("start-up, 5-year diary (%d daily entries), median of %d runs each (%s)\n",
                5 * 365 + 14, runs, qgetenv("DISPLAY").isEmpty() ? "offscreen" : "display");
    std::printf("  first frame: mend %.0f ms   minimal ChartView window %.0f ms   ratio %.2fx "
                "(target <= 1.3x; phone ~%.0f ms)\n",
                ms, refMs, ms / refMs, onPhone(ms));
    std::printf("  application ready (Today in place of the first frame): mend %.0f ms (%.2fx, "
                "target <= 1.5x; phone ~%.0f ms)\n",
                median(mendReadyMs), median(mendReadyMs) / refMs, onPhone(median(mendReadyMs)));
    std::printf("  peak RSS:    mend %.1f MB   minimal ChartView window %.1f MB   ratio %.2fx "
                "(target <= 1.2x)\n",
                mb, refMb, mb / refMb);
    // What the fixed stack (Quick Controls, Material) costs before any of Mend's own work.
    std::printf("  the same chart with Today's controls in Material (no diary): ready %.0f ms "
                "(%.2fx), peak RSS %.1f MB (%.2fx); mend against it: %.2fx and %.2fx\n",
                median(floorMs), median(floorMs) / refMs, median(floorMb), median(floorMb) / refMb,
                median(mendReadyMs) / median(floorMs), mb / median(floorMb));
    return 0;
}
