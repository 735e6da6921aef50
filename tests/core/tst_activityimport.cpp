// Steps and active minutes from phone and watch exports: the overlap rule, the formats, hostile
// files, storage that never touches the patient's log, and the real files in ../shared/interop.
#include "dbdump.h"
#include "testsupport.h"

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

namespace {

const QString kData = QStringLiteral(MEND_TEST_DATA_DIR "/activity/");

QString interop(const QString &name)
{
    return QStringLiteral(MEND_TEST_DATA_DIR "/../../../../shared/interop/") + name;
}

qint64 at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

ActivitySample sample(quint16 source, quint16 rank, qint64 start, qint32 seconds, float value)
{
    return ActivitySample{QDate(2026, 3, 2), start, seconds, value, source, rank};
}

const ActivityDay *dayOf(const ActivityFile &file, const QDate &day)
{
    for (const ActivityDay &d : file.days)
        if (d.day == day)
            return &d;
    return nullptr;
}

Result<ActivityFile> readApple(const QByteArray &xml, const ActivityReadOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return readAppleHealth(&buffer, options);
}

/** A knee episode injected on 1 March 2026 whose 2nd has typed pain 5 and 4000 steps. */
Episode episodeWithTypedSteps(TempStore &store)
{
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 3, 1)), fixedNow());
    REQUIRE(episode.ok());
    DailyEntry typed = painEntry(QDate(2026, 3, 2), 5);
    typed.steps = 4000;
    REQUIRE(store.entries->save(typed, episode.value(), fixedNow()).ok());
    return episode.value();
}

} // namespace

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

TEST_CASE("Activity: the real iPhone export in ../shared/interop, day by day against its records",
          "[activity][interop]")
{
    const QString path = interop(QStringLiteral("apple-health-export.xml"));
    if (!QFile::exists(path)) {
        WARN("../shared/interop is not here; skipped");
        return;
    }
    const QByteArray xml = readAll(path);
    const auto file = readApple(xml);
    REQUIRE(file.ok());
    CHECK(file.value().records == 3980);

    // An independent reading of the step records: per local day, per source, sum and spans.
    struct Counted
    {
        QHash<QString, double> bySource;
        QHash<QString, QList<QPair<qint64, qint64>>> spans;
    };
    QHash<QDate, Counted> days;
    const QRegularExpression record(
        QStringLiteral("<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"([^\"]*)\""
                       "[^>]*startDate=\"([^\"]*)\" endDate=\"([^\"]*)\" value=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(xml);
    auto instant = [](const QString &s) {
        return QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss t")).toSecsSinceEpoch();
    };
    // A walk across local midnight (under a day long) is shared between the days by time.
    auto wallClock = [](const QString &s) {
        return QDateTime::fromString(s.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    int matched = 0, acrossMidnight = 0;
    for (auto it = record.globalMatch(text); it.hasNext(); ++matched) {
        const auto m = it.next();
        const QString source = m.captured(1);
        const qint64 from = instant(m.captured(2)), to = instant(m.captured(3));
        const double value = m.captured(4).toDouble();
        const QDateTime localStart = wallClock(m.captured(2));
        const QDateTime midnight(localStart.date().addDays(1), QTime(0, 0));
        const qint64 beforeMidnight = localStart.secsTo(midnight);
        double first = value;
        if (to - from > beforeMidnight && to - from < 86400) {
            ++acrossMidnight;
            first = value * double(beforeMidnight) / double(to - from);
            days[midnight.date()].bySource[source] += value - first;
            days[midnight.date()].spans[source].append({from + beforeMidnight, to});
        }
        Counted &c = days[localStart.date()];
        c.bySource[source] += first;
        c.spans[source].append({from, std::min(to, from + beforeMidnight)});
    }
    WARN("real export: " << acrossMidnight << " step records across local midnight");
    REQUIRE(matched == 3980);
    REQUIRE(file.value().days.size() == days.size());

    int single = 0, overlapping = 0;
    for (const ActivityDay &d : file.value().days) {
        const Counted &c = days.value(d.day);
        double plain = 0;
        for (double v : c.bySource)
            plain += v;
        INFO(d.day.toString(Qt::ISODate).toStdString());
        if (c.bySource.size() == 1) {
            ++single;
            CHECK(*d.steps == qRound64(plain));
            continue;
        }
        // Several sources: at least the preferred source's own count, at most the plain sum,
        // and less than it when two sources' spans of time overlap (a count typed at one
        // instant covers no time: the rule takes it whole).
        const QString preferred = d.devices.first();
        CHECK(*d.steps >= qRound64(c.bySource.value(preferred)));
        CHECK(*d.steps <= qRound64(plain));
        bool overlap = false;
        const QStringList sources = c.spans.keys();
        for (int a = 0; a < sources.size() && !overlap; ++a)
            for (int b = a + 1; b < sources.size() && !overlap; ++b)
                for (const auto &x : c.spans.value(sources.at(a)))
                    for (const auto &y : c.spans.value(sources.at(b)))
                        overlap = overlap || (x.first < x.second && y.first < y.second &&
                                              x.first < y.second && y.first < x.second);
        if (overlap) {
            ++overlapping;
            CHECK(*d.steps < qRound64(plain));
        }
    }
    WARN("real export: " << single << " days of one source, " << overlapping
                         << " with overlapping sources");
    CHECK(single > 100);
}

TEST_CASE("Activity: the real Fitbit data set in ../shared/interop, each day the file's value for "
          "the Id chosen",
          "[activity][interop]")
{
    const QString path = interop(QStringLiteral("fitbit-dailySteps_merged.csv"));
    if (!QFile::exists(path)) {
        WARN("../shared/interop is not here; skipped");
        return;
    }
    const QByteArray csv = readAll(path);
    CHECK(readFitbitDaily(csv).error().text().startsWith(
        QStringLiteral("source-id: the file holds the days of 33 people")));
    const QString id = QStringLiteral("1503960366");
    ActivityReadOptions options;
    options.sourceId = id;
    const auto file = readFitbitDaily(csv, options);
    REQUIRE(file.ok());
    QHash<QDate, qint64> expected;
    for (const QByteArray &line : csv.split('\n')) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        if (cells.size() == 3 && cells.at(0) == id.toLatin1())
            expected.insert(
                QDate::fromString(QString::fromLatin1(cells.at(1)), QStringLiteral("M/d/yyyy")),
                cells.at(2).toLongLong());
    }
    REQUIRE(expected.size() == 31);
    REQUIRE(file.value().days.size() == expected.size());
    for (const ActivityDay &d : file.value().days)
        CHECK(*d.steps == expected.value(d.day, -1));
}

TEST_CASE("Activity: the steps charted per day are the typed ones, else the last export's",
          "[activity]")
{
    DailyEntry typed = painEntry(QDate(2026, 3, 2), 4);
    typed.steps = 4000;
    const DailyEntry painOnly = painEntry(QDate(2026, 3, 3), 4);
    auto stored = [](int day, qint64 steps, const char *source, int minute) {
        StoredActivityDay d;
        d.activity.day = QDate(2026, 3, day);
        d.activity.steps = steps;
        d.source = QString::fromLatin1(source);
        d.importedAt = QDateTime(QDate(2026, 3, 10), QTime(9, minute));
        return d;
    };
    const QList<DaySteps> days = stepsByDay(
        {typed, painOnly}, {stored(2, 3850, "Apple Health", 0), stored(3, 6000, "Apple Health", 0),
                            stored(3, 6500, "Fitbit", 5), stored(4, 70, "Apple Health", 0)});
    REQUIRE(days.size() == 3);
    CHECK(days.at(0).steps == 4000); // typed: the export never overrides it
    CHECK(days.at(0).source.isEmpty());
    CHECK(days.at(1).steps == 6500); // two exports: the one imported last
    CHECK(days.at(1).source == QStringLiteral("Fitbit"));
    CHECK(days.at(2).steps == 70); // a day with activity and no log
    CHECK(days.at(2).date == QDate(2026, 3, 4));
}

TEST_CASE("Activity: imported days travel in the diary's FHIR file with their export and devices, "
          "and come back as imported, not typed",
          "[activity][fhir]")
{
    TempStore store;
    const Episode episode = episodeWithTypedSteps(store);
    ActivityImporter importer(store.db);
    const auto file =
        importer.read(kData + QStringLiteral("apple-export.xml"), episode, QDate(2026, 3, 10), {});
    REQUIRE(file.ok());
    REQUIRE(importer.apply(file.value(), episode, fixedNow(), true).ok());
    const QList<StoredActivityDay> before = ActivityRepository(store.db).forEpisode(episode.id);

    const QByteArray json = DiaryExchange(store.db).exportFhirDiary(fixedNow());
    const QJsonArray entries = QJsonDocument::fromJson(json)[QStringLiteral("entry")].toArray();
    int imported = 0;
    for (const QJsonValue &e : entries) {
        const QJsonObject r = e[QStringLiteral("resource")].toObject();
        if (!r.contains(QStringLiteral("device")))
            continue;
        ++imported;
        CHECK(r[QStringLiteral("device")][QStringLiteral("display")].toString().startsWith(
            QStringLiteral("Apple Health: ")));
    }
    CHECK(imported == 4); // steps on three days, active minutes on one

    TempStore phone;
    const ImportReport report = DiaryExchange(phone.db).import(json, std::nullopt, fixedNow());
    INFO(report.text(true).toStdString());
    REQUIRE(report.imported);
    const auto restored = phone.episodes->latest();
    REQUIRE(restored);
    const QList<StoredActivityDay> after = ActivityRepository(phone.db).forEpisode(restored->id);
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        CHECK(after.at(i).source == before.at(i).source);
        CHECK(after.at(i).activity.day == before.at(i).activity.day);
        CHECK(after.at(i).activity.steps == before.at(i).activity.steps);
        CHECK(after.at(i).activity.activeMinutes == before.at(i).activity.activeMinutes);
        CHECK(after.at(i).activity.devices == before.at(i).activity.devices);
    }
    // The typed day is still the typed one, and no imported day became a typed entry.
    const auto log = phone.entries->forEpisode(restored->id);
    REQUIRE(log.size() == 1);
    CHECK(log.first().steps == 4000);
    // The same file again changes nothing.
    const ImportReport again = DiaryExchange(phone.db).import(json, std::nullopt, fixedNow());
    CHECK(ActivityRepository(phone.db).forEpisode(restored->id).size() == before.size());
    CHECK(again.extras == 0);
}
