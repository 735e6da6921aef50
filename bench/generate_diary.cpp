// Writes a deterministic diary of N years of daily entries (the one the benchmarks use) to PATH,
// for looking at Mend with years of data: generate_diary YEARS PATH
#include "diarygenerator.h"

#include <QCoreApplication>
#include <QDate>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int years = argc == 3 ? std::atoi(argv[1]) : 0;
    if (years < 1 || years > 50) {
        std::fprintf(stderr, "usage: generate_diary YEARS(1-50) PATH\n");
        return 2;
    }
    auto opened = mend::Database::open(QString::fromLocal8Bit(argv[2]));
    if (!opened) {
        std::fprintf(stderr, "generate_diary: %s\n", opened.error().text().toUtf8().constData());
        return 1;
    }
    mend::bench::generateDiary(opened.value(), years, QDate::currentDate());
    return 0;
}
