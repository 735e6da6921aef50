// Exports of long diaries: `mend-cli export` (FHIR and CSV) of a 5-, 10- and 20-year diary, each
// run as its own process so that its peak RSS is its own, against `mend-cli summary` on the same
// diary (the process that opens the diary and reads it, writing nothing) as the memory floor.
// Prints the time, the file size, the peak RSS, the time per year (linear in years: the 20/10
// ratio near 2.0) and the phone figures. Target (issue 19): peak RSS under 60 MB for 20 years.
// Usage: bench_export MEND_CLI [YEARS...]
#include "diarygenerator.h"
#include "phonebudget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run
{
    bool ok = false;
    double ms = 0;
    double peakRssMb = 0;
};

/** Runs the program with its output discarded; its own peak RSS from wait4. */
Run runChild(const QStringList &args)
{
    std::vector<QByteArray> storage;
    for (const auto &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (auto &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.ms = t.nsecsElapsed() / 1e6;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.peakRssMb = usage.ru_maxrss / 1024.0;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_export MEND_CLI [YEARS...]\n");
        return 2;
    }
    const QString cli = QString::fromLocal8Bit(argv[1]);
    QList<int> years;
    for (int i = 2; i < argc; ++i)
        years << std::atoi(argv[i]);
    if (years.isEmpty())
        years = {5, 10, 20};
    QTemporaryDir dir;
    std::printf("exports of long diaries: one process per run, its own peak RSS (target: under "
                "60 MB for 20 years, time linear in years)\n");
    std::printf("  %-5s %-7s %10s %9s %11s %13s %12s %12s\n", "years", "format", "time ms",
                "file MB", "peak RSS MB", "floor RSS MB", "ms per year", "phone ms");
    for (const int y : years) {
        const QString db = dir.filePath(QStringLiteral("diary-%1.sqlite").arg(y));
        {
            auto opened = mend::Database::open(db);
            if (!opened)
                return 1;
            mend::bench::generateDiary(opened.value(), y, QDate::currentDate());
        }
        const Run floor = runChild({cli, QStringLiteral("--db"), db, QStringLiteral("summary")});
        for (const QString &format : {QStringLiteral("fhir"), QStringLiteral("csv")}) {
            const QString out = dir.filePath(QStringLiteral("out-%1.%2").arg(y).arg(format));
            const Run r = runChild({cli, QStringLiteral("--db"), db, QStringLiteral("export"),
                                    QStringLiteral("--format"), format, QStringLiteral("-o"), out});
            if (!r.ok || !floor.ok) {
                std::fprintf(stderr, "mend-cli export --format %s failed\n", qPrintable(format));
                return 1;
            }
            std::printf("  %-5d %-7s %10.0f %9.1f %11.1f %13.1f %12.0f %12.0f\n", y,
                        qPrintable(format), r.ms, QFileInfo(out).size() / 1e6, r.peakRssMb,
                        floor.peakRssMb, r.ms / y, onPhone(r.ms));
            QFile::remove(out);
        }
    }
    return 0;
}
