// Steps from the real phone and watch exports in ../shared/interop, day by day against their
// records, and imported days on the timeline and in the diary's FHIR file.
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
