// Saves the stress entries one by one through Mend's core API and prints "ack N" after each save
// returned; the kill-stress driver SIGKILLs it at random moments. Usage: crash_writer DB
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"
#include "stressentry.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto opened = mend::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto db = opened.value();
    mend::EpisodeRepository episodes(db);
    mend::EntryRepository entries(db);
    const QDateTime now = QDateTime::currentDateTime();
    auto episode = episodes.latest();
    if (!episode) {
        mend::Episode e;
        e.site = mend::BodySite::Knee;
        e.side = mend::Side::Left;
        e.condition = mend::Condition::Osteoarthritis;
        e.injectionDate = stress::injectionDate();
        e.product = mend::Product::BoneMarrowConcentrate;
        e.baselinePain = 7;
        auto added = episodes.add(e, now);
        if (!added)
            return 1;
        episode = added.value();
    }
    QSqlQuery count(db->connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM daily_entry WHERE entry_date < ?"));
    count.addBindValue(stress::firstAppDay().toString(Qt::ISODate));
    if (!count.exec() || !count.next())
        return 1;
    int next = count.value(0).toInt();
    count.finish();
    for (; next < stress::kDaysPerFile; ++next) {
        auto saved = entries.save(stress::entryFor(next), *episode, now);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().text()));
            return 1;
        }
        std::printf("ack %d\n", next);
        std::fflush(stdout);
    }
    return 0;
}
