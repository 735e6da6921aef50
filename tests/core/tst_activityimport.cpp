// Steps and active minutes from phone and watch exports: the overlap rule, the formats, hostile
// files and storage that never touches the patient's log.
#include "activitytestsupport.h"
#include "dbdump.h"

#include "domain/activitymerge.h"
#include "exchange/activityimport.h"
#include "exchange/applehealthimport.h"
#include "exchange/fitbitimport.h"
#include "exchange/formats.h"
#include "services/activityimporter.h"
#include "services/diaryexchange.h"
#include "storage/activityrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace mend;
using namespace mend::test;

TEST_CASE("Activity: overlapping sources count once, by priority, pro rata by time", "[activity]")
{
    const QStringList names{QStringLiteral("Health"), QStringLiteral("Watch"),
                            QStringLiteral("iPhone"), QStringLiteral("Connect")};
    // Hand-worked: the watch's 1000 whole; the phone's 800 over 10:05-10:15 half under the watch
    // (400) and its 300 at noon; Connect's 2400 over 10:00-12:00 of which 15 min are covered
    // (2400 × 105/120 = 2100); the typed 50 at 15:00. Plain sum: 4550.
    const QList<ActivitySample> samples{
        sample(3, 3, at(10, 0), 7200, 2400), sample(2, 2, at(10, 5), 600, 800),
        sample(1, 1, at(10, 0), 600, 1000), sample(2, 2, at(12, 0), 600, 300),
        sample(0, 0, at(15, 0), 0, 50)};
    const QList<MergedActivityDay> days = mergeByPriority(samples, names);
    REQUIRE(days.size() == 1);
    CHECK(days.first().value == Approx(3850));
    CHECK(days.first().sources == names);

    // An instant inside a preferred source's span is that span's count already.
    const QList<MergedActivityDay> instant = mergeByPriority(
        {sample(1, 1, at(10, 0), 600, 1000), sample(2, 2, at(10, 5), 0, 40)}, names);
    CHECK(instant.first().value == Approx(1000));
    CHECK(instant.first().sources == QStringList{QStringLiteral("Watch")});
    // One source's own records are added up, never resolved against each other.
    CHECK(
        mergeByPriority({sample(2, 2, at(10, 0), 600, 10), sample(2, 2, at(10, 0), 600, 5)}, names)
            .first()
            .value == Approx(15));
}

TEST_CASE("Activity: a walk across local midnight is shared between the two days by time",
          "[activity]")
{
    // 200 steps from 23:50 to 00:10 at UTC-5: 04:50 to 05:10 UTC on the 4th.
    const qint64 start =
        QDateTime(QDate(2026, 3, 4), QTime(4, 50), QTimeZone::utc()).toSecsSinceEpoch();
    ActivitySample walk{QDate(2026, 3, 3), start, 1200, 200, 1, 1};
    const SampleParts parts = splitAtLocalMidnight(walk, -5 * 3600);
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(0).day == QDate(2026, 3, 3));
    CHECK(parts.at(0).seconds == 600);
    CHECK(parts.at(0).value == Approx(100));
    CHECK(parts.at(1).day == QDate(2026, 3, 4));
    CHECK(parts.at(1).start == start + 600);
    CHECK(parts.at(1).seconds == 600);
    CHECK(parts.at(1).value == Approx(100));
    CHECK(parts.at(1).source == 1);

    // Ending at midnight exactly, a count at one instant, and a whole day's summary: not split.
    walk.seconds = 600;
    CHECK(splitAtLocalMidnight(walk, -5 * 3600).size() == 1);
    walk.seconds = 0;
    CHECK(splitAtLocalMidnight(walk, -5 * 3600).size() == 1);
    walk.seconds = 86400;
    CHECK(splitAtLocalMidnight(walk, -5 * 3600).size() == 1);
    // East of UTC likewise: 23:30 to 00:30 at UTC+9.
    ActivitySample east{
        QDate(2026, 3, 3),
        QDateTime(QDate(2026, 3, 3), QTime(14, 30), QTimeZone::utc()).toSecsSinceEpoch(),
        3600,
        60,
        0,
        0};
    const SampleParts eastParts = splitAtLocalMidnight(east, 9 * 3600);
    REQUIRE(eastParts.size() == 2);
    CHECK(eastParts.at(0).value == Approx(30));
    CHECK(eastParts.at(1).day == QDate(2026, 3, 4));
}

TEST_CASE("Activity: an Apple Health export is read by local day with its sources resolved",
          "[activity]")
{
    const auto file = readApple(readAll(kData + QStringLiteral("apple-export.xml")));
    REQUIRE(file.ok());
    CHECK(file.value().format == QStringLiteral("Apple Health"));
    CHECK(file.value().records == 8); // 7 step records and 1 of exercise; heart rate is not read
    REQUIRE(file.value().days.size() == 3);

    const ActivityDay *second = dayOf(file.value(), QDate(2026, 3, 2));
    REQUIRE(second);
    CHECK(second->steps == 3850); // see the hand-worked case above; plain sum 4550
    CHECK(second->activeMinutes == 30);
    CHECK(second->devices ==
          QStringList{QStringLiteral("Health"), QStringLiteral("Anna’s Apple Watch"),
                      QStringLiteral("Anna’s iPhone"), QStringLiteral("Connect")});
    // 150 steps from 23:50 to 00:05 at UTC-5 (04:50 to 05:05 on the 4th in UTC): 10 of the 15
    // minutes on the 3rd where they were walked, 5 on the 4th, pro rata ...
    const ActivityDay *third = dayOf(file.value(), QDate(2026, 3, 3));
    REQUIRE(third);
    CHECK(third->steps == 100);
    CHECK_FALSE(third->activeMinutes);
    // ... and 70 at 00:30 at UTC+9 on the 4th (the 3rd in UTC), with the walk's other 50.
    const ActivityDay *fourth = dayOf(file.value(), QDate(2026, 3, 4));
    REQUIRE(fourth);
    CHECK(fourth->steps == 120);

    // Per source, what each counted before overlaps were resolved.
    QHash<QString, ActivitySourceTotal> totals;
    for (const ActivitySourceTotal &t : file.value().sources)
        totals.insert(t.source, t);
    CHECK(totals.value(QStringLiteral("Anna’s iPhone")).steps == Approx(1320));
    CHECK(totals.value(QStringLiteral("Anna’s iPhone")).records == 4);
    CHECK(totals.value(QStringLiteral("Anna’s Apple Watch")).activeMinutes == Approx(30));
    CHECK(totals.value(QStringLiteral("Connect")).steps == Approx(2400));

    // Days outside the episode's window are counted, not kept.
    ActivityReadOptions window;
    window.from = QDate(2026, 3, 3);
    const auto later = readApple(readAll(kData + QStringLiteral("apple-export.xml")), window);
    REQUIRE(later.ok());
    CHECK(later.value().days.size() == 2);
    CHECK(later.value().skippedOutside == 6);
}

TEST_CASE("Activity: hostile or broken XML is refused with its reason and nothing read",
          "[activity][hostile]")
{
    const auto laughs = readApple(readAll(kData + QStringLiteral("billion-laughs.xml")));
    REQUIRE_FALSE(laughs.ok());
    CHECK(laughs.error().text() ==
          QStringLiteral("line 12: the file declares entities; a Health export declares none"));

    const auto external = readApple(readAll(kData + QStringLiteral("external-entity.xml")));
    REQUIRE_FALSE(external.ok());
    CHECK(external.error().text() ==
          QStringLiteral("line 4: the file declares entities; a Health export declares none"));

    const auto cut = readApple(readAll(kData + QStringLiteral("truncated-export.xml")));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().text().startsWith(QStringLiteral("the file ends before the export does")));

    const auto other = readApple("<?xml version=\"1.0\"?><feed><entry/></feed>");
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().text() ==
          QStringLiteral("not an Apple Health export: it starts with <feed>, not <HealthData>"));

    // One attribute of 20 MB: refused once it passes 16 MB, without reading it whole.
    QByteArray huge = "<HealthData><Record type=\"";
    huge += QByteArray(20 << 20, 'x');
    const auto longLine = readApple(huge);
    REQUIRE_FALSE(longLine.ok());
    CHECK(longLine.error().text() ==
          QStringLiteral("line 1: one element runs past 16 MB; a Health export has none so long"));

    const auto badDate = readApple(
        "<HealthData><Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"x\" "
        "startDate=\"yesterday\" endDate=\"2026-03-02 10:00:00 +0100\" value=\"5\"/></HealthData>");
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().text() ==
          QStringLiteral("line 1: a step record whose dates or value cannot be read"));

    std::atomic<bool> stop{true};
    ActivityReadOptions cancelled;
    cancelled.cancel = &stop;
    const auto stopped = readApple(readAll(kData + QStringLiteral("apple-export.xml")), cancelled);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().text() == QStringLiteral("stopped: nothing was imported"));
}

TEST_CASE("Activity: Fitbit's daily files, one person chosen by Id", "[activity]")
{
    const QByteArray steps = readAll(kData + QStringLiteral("fitbit-dailySteps.csv"));
    const auto refused = readFitbitDaily(steps);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().text() ==
          QStringLiteral("source-id: the file holds the days of 2 people (Ids 4020332650, "
                         "8877689391); say whose with --source-id"));
    ActivityReadOptions one;
    one.sourceId = QStringLiteral("8877689391");
    const auto chosen = readFitbitDaily(steps, one);
    REQUIRE(chosen.ok());
    REQUIRE(chosen.value().days.size() == 2);
    CHECK(chosen.value().days.at(0).steps == 21104);
    CHECK(chosen.value().days.at(1).steps == 18211);
    one.sourceId = QStringLiteral("1");
    CHECK(readFitbitDaily(steps, one).error().text() ==
          QStringLiteral("source-id: no day in the file has Id 1"));

    const auto activity =
        readFitbitDaily(readAll(kData + QStringLiteral("fitbit-dailyActivity.csv")));
    REQUIRE(activity.ok());
    REQUIRE(activity.value().days.size() == 2);
    CHECK(activity.value().days.at(0).steps == 5120);
    CHECK(activity.value().days.at(0).activeMinutes == 19); // very 7 + fairly 12
    CHECK(activity.value().days.at(1).activeMinutes == 24);
}

TEST_CASE("Activity: the format comes from the content, anything else is named and refused",
          "[activity]")
{
    QTemporaryDir dir;
    const QString renamed = dir.filePath(QStringLiteral("steps.csv")); // Apple's XML, misnamed
    QFile::copy(kData + QStringLiteral("apple-export.xml"), renamed);
    const auto apple = readActivityFile(renamed);
    REQUIRE(apple.ok());
    CHECK(apple.value().format == QStringLiteral("Apple Health"));

    const QString text = dir.filePath(QStringLiteral("export.xml"));
    writeFile(text, "Date,Pain\n2026-03-02,4\n");
    CHECK(readActivityFile(text).error().text() == notAFormatMendReads());
}

TEST_CASE("Activity: an import never changes the patient's log, the same export again changes "
          "nothing, a later one replaces its days",
          "[activity]")
{
    TempStore store;
    const Episode episode = episodeWithTypedSteps(store);
    const QStringList logBefore = dumpTable(store.db->connection(), QStringLiteral("daily_entry"));

    ActivityImporter importer(store.db);
    const auto file =
        importer.read(kData + QStringLiteral("apple-export.xml"), episode, QDate(2026, 3, 10), {});
    REQUIRE(file.ok());
    const auto preview = importer.apply(file.value(), episode, fixedNow(), false);
    REQUIRE(preview.ok());
    CHECK_FALSE(preview.value().stored);
    CHECK(ActivityRepository(store.db).forEpisode(episode.id).isEmpty());
    CHECK(preview.value().conflicts ==
          QStringList{QStringLiteral("2026-03-02: you typed 4000 steps, Apple Health counted "
                                     "3850; yours stays")});

    const auto first = importer.apply(file.value(), episode, fixedNow(), true);
    REQUIRE(first.ok());
    CHECK(first.value().added == 3);
    const auto again = importer.apply(file.value(), episode, fixedNow(), true);
    REQUIRE(again.ok());
    CHECK(again.value().added == 0);
    CHECK(again.value().unchanged == 3);
    CHECK(again.value().replaced == 0);

    ActivityFile later = file.value();
    later.days.removeLast();         // the 4th is not in the later export ...
    later.days.first().steps = 3900; // ... and it counts the 2nd differently
    const auto replaced = importer.apply(later, episode, fixedNow(), true);
    REQUIRE(replaced.ok());
    CHECK(replaced.value().replaced == 1);
    CHECK(replaced.value().unchanged == 1);
    const QList<StoredActivityDay> stored = ActivityRepository(store.db).forEpisode(episode.id);
    REQUIRE(stored.size() == 3); // the 4th, outside the later export's days, stays
    CHECK(stored.at(0).activity.steps == 3900);
    CHECK(stored.at(0).source == QStringLiteral("Apple Health"));
    CHECK(stored.at(2).activity.steps == 120);

    CHECK(dumpTable(store.db->connection(), QStringLiteral("daily_entry")) == logBefore);
}

TEST_CASE("Activity: a day whose source names no device is stored, and read back without one",
          "[activity]")
{
    // Health Connect and HealthKit may give a day's total without the device that counted it.
    TempStore store;
    const Episode episode = episodeWithTypedSteps(store);
    ActivityFile file;
    file.format = QStringLiteral("Health Connect");
    ActivityDay day;
    day.day = QDate(2026, 3, 3);
    day.steps = 5120;
    file.days << day;
    const auto stored = ActivityImporter(store.db).apply(file, episode, fixedNow(), true);
    INFO((stored.ok() ? std::string() : stored.error().text().toStdString()));
    REQUIRE(stored.ok());
    CHECK(stored.value().added == 1);
    const QList<StoredActivityDay> read = ActivityRepository(store.db).forEpisode(episode.id);
    REQUIRE(read.size() == 1);
    CHECK(read.first().activity.steps == 5120);
    CHECK(read.first().activity.devices.isEmpty());
}
