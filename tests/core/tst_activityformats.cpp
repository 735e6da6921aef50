// The activity exports beyond Apple's XML: zips (Apple's export.zip, hostile zips), Android's
// Health Connect, Google Fit and Samsung Health; each against its fixture in the real shape.
#include "testsupport.h"

#include "exchange/activityimport.h"
#include "exchange/formats.h"
#include "exchange/googlefitimport.h"
#include "exchange/samsunghealthimport.h"
#include "exchange/ziparchive.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

using namespace mend;
using namespace mend::test;

namespace {

const QString kData = QStringLiteral(MEND_TEST_DATA_DIR "/activity/");

const ActivityDay *dayOf(const ActivityFile &file, const QDate &day)
{
    for (const ActivityDay &d : file.days)
        if (d.day == day)
            return &d;
    return nullptr;
}

QHash<QString, ActivitySourceTotal> totalsOf(const ActivityFile &file)
{
    QHash<QString, ActivitySourceTotal> totals;
    for (const ActivitySourceTotal &t : file.sources)
        totals.insert(t.source, t);
    return totals;
}

} // namespace

TEST_CASE("Activity formats: Apple's export.zip reads as the export.xml inside it",
          "[activity][zip]")
{
    const auto zipped = readActivityFile(kData + QStringLiteral("apple-export.zip"));
    REQUIRE(zipped.ok());
    const auto plain = readActivityFile(kData + QStringLiteral("apple-export.xml"));
    REQUIRE(plain.ok());
    CHECK(zipped.value().format == QStringLiteral("Apple Health"));
    CHECK(zipped.value().records == plain.value().records);
    REQUIRE(zipped.value().days.size() == plain.value().days.size());
    for (qsizetype i = 0; i < plain.value().days.size(); ++i) {
        CHECK(zipped.value().days.at(i).day == plain.value().days.at(i).day);
        CHECK(zipped.value().days.at(i).steps == plain.value().days.at(i).steps);
    }

    // Progress runs over the entry's inflated bytes, up to its whole size.
    qint64 last = 0, total = 0;
    ActivityReadOptions options;
    options.progress = [&](qint64 done, qint64 of) {
        CHECK(done >= last);
        last = done;
        total = of;
    };
    REQUIRE(readActivityFile(kData + QStringLiteral("apple-export.zip"), options).ok());
    CHECK(total == QFile(kData + QStringLiteral("apple-export.xml")).size());
    CHECK(last == total);
}

TEST_CASE("Activity formats: hostile and broken zips are refused with their reason",
          "[activity][zip][hostile]")
{
    CHECK(readActivityFile(kData + QStringLiteral("truncated-export.zip")).error().text() ==
          QStringLiteral("the zip ends before its contents do: it was cut short (an unfinished "
                         "download or copy); get the file again"));
    CHECK(readActivityFile(kData + QStringLiteral("zip-bomb.zip")).error().text() ==
          QStringLiteral("apple_health_export/export.xml would expand 1027 times (24 MB from 23 "
                         "KB): a zip bomb, not an export; nothing was read"));
    CHECK(readActivityFile(kData + QStringLiteral("lying-size.zip")).error().text() ==
          QStringLiteral("apple_health_export/export.xml inflates past the 4283 bytes the zip "
                         "says it holds: a damaged or hostile zip"));
    CHECK(readActivityFile(kData + QStringLiteral("photos.zip")).error().text() ==
          QStringLiteral("a zip without an export Mend reads (1 files in it); ") +
              notAFormatMendReads());

    QTemporaryDir dir;
    const QString header = dir.filePath(QStringLiteral("header-only.zip"));
    writeFile(header, QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0'));
    CHECK(readActivityFile(header).error().text().startsWith(
        QStringLiteral("the zip ends before its contents do")));

    // A flipped byte in the compressed data: a checksum or inflate error, never a silent read.
    QByteArray bytes = readAll(kData + QStringLiteral("apple-export.zip"));
    bytes[200] = char(bytes.at(200) ^ 0x55);
    const QString flipped = dir.filePath(QStringLiteral("flipped.zip"));
    writeFile(flipped, bytes);
    const auto damaged = readActivityFile(flipped);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().text().contains(QStringLiteral("damaged")));
}

TEST_CASE("Activity formats: Android Health Connect's export by local day and its priority list",
          "[activity][healthconnect]")
{
    ActivityReadOptions window;
    window.from = QDate(2024, 2, 16);
    window.to = QDate(2024, 12, 31);
    const auto file = readActivityFile(kData + QStringLiteral("health-connect.zip"), window);
    REQUIRE(file.ok());
    CHECK(file.value().format == QStringLiteral("Health Connect"));
    CHECK(file.value().records == 6); // five step records and one exercise session
    CHECK(file.value().skippedOutside == 1);
    REQUIRE(file.value().days.size() == 3);

    // Samsung Health is first in Health Connect's list: Fit's overlapping half hour is not
    // counted twice (3000 + 1000, not the plain 5000).
    const ActivityDay *fourth = dayOf(file.value(), QDate(2024, 3, 4));
    REQUIRE(fourth);
    CHECK(fourth->steps == 4000);
    CHECK(fourth->activeMinutes == 45);
    CHECK(fourth->devices == QStringList{QStringLiteral("Samsung Health"), QStringLiteral("Fit")});
    // 23:30 UTC at UTC+1 is the next day where it was walked.
    CHECK_FALSE(dayOf(file.value(), QDate(2024, 3, 5)));
    const ActivityDay *sixth = dayOf(file.value(), QDate(2024, 3, 6));
    REQUIRE(sixth);
    CHECK(sixth->steps == 1500);
    // An app's name is kept as text, markup and all.
    const ActivityDay *seventh = dayOf(file.value(), QDate(2024, 3, 7));
    REQUIRE(seventh);
    CHECK(seventh->devices == QStringList{QStringLiteral("Pedometer <b>Pro</b>")});

    const auto totals = totalsOf(file.value());
    CHECK(totals.value(QStringLiteral("Fit")).steps == Approx(7500)); // before overlaps
    CHECK(totals.value(QStringLiteral("Samsung Health")).activeMinutes == Approx(45));

    // Not a Health Connect database: refused by what it lacks.
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.db"));
    writeFile(other, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
    REQUIRE_FALSE(readActivityFile(other).ok());
}

TEST_CASE("Activity formats: Google Fit's daily activity metrics", "[activity][googlefit]")
{
    ActivityReadOptions window;
    window.from = QDate(2024, 2, 16);
    const auto file = readActivityFile(kData + QStringLiteral("google-fit-daily.csv"), window);
    REQUIRE(file.ok());
    CHECK(file.value().format == QStringLiteral("Google Fit"));
    CHECK(file.value().records == 4);
    CHECK(file.value().skippedOutside == 1);
    REQUIRE(file.value().days.size() == 3);
    CHECK(file.value().days.at(0).steps == 4120);
    CHECK(file.value().days.at(0).activeMinutes == 31);
    // A day with minutes but no step count keeps the minutes and no steps.
    CHECK_FALSE(file.value().days.at(1).steps);
    CHECK(file.value().days.at(1).activeMinutes == 0);
    CHECK(file.value().days.at(2).steps == 7312);

    CHECK(readGoogleFitDaily("Date,Move Minutes count,Step count\n2024-03-04,10,-5\n")
              .error()
              .text() == QStringLiteral("line 2: -5 is not a day's step count"));
    CHECK(readGoogleFitDaily("Date,Move Minutes count,Step count\n04/03/2024,10,5\n")
              .error()
              .text() == QStringLiteral("line 2: the date \"04/03/2024\" is not YYYY-MM-DD"));
}

TEST_CASE("Activity formats: Samsung Health's day summary takes a day's largest count, not the "
          "sum of its devices",
          "[activity][samsung]")
{
    ActivityReadOptions window;
    window.from = QDate(2024, 2, 16);
    const auto file =
        readActivityFile(kData + QStringLiteral("samsung-pedometer-day-summary.csv"), window);
    REQUIRE(file.ok());
    CHECK(file.value().format == QStringLiteral("Samsung Health"));
    CHECK(file.value().records == 4);
    CHECK(file.value().skippedOutside == 1);
    REQUIRE(file.value().days.size() == 2);
    CHECK(file.value().days.at(0).day == QDate(2024, 3, 4));
    CHECK(file.value().days.at(0).steps == 5210);       // phone 5210 and watch 3980: the walk once
    CHECK(file.value().days.at(0).activeMinutes == 47); // 2,816,000 ms
    CHECK(file.value().days.at(1).steps == 6120);

    // The day written as a date and time (newer exports) reads the same.
    const auto text =
        readSamsungHealthDaily("com.samsung.shealth.tracker.pedometer_day_summary,6313005,3\n"
                               "step_count,active_time,day_time,deviceuuid\n"
                               "812,60000,2024-03-04 00:00:00.000,abc\n");
    REQUIRE(text.ok());
    CHECK(text.value().days.at(0).day == QDate(2024, 3, 4));
    CHECK(text.value().days.at(0).activeMinutes == 1);
    CHECK(readSamsungHealthDaily("com.samsung.shealth.tracker.pedometer_day_summary,1,1\n"
                                 "step_count,day_time\n12,yesterday\n")
              .error()
              .text() == QStringLiteral("line 3: the day \"yesterday\" cannot be read"));
}

TEST_CASE("Activity formats: a 2 GB file of one line is refused without reading it whole",
          "[activity][hostile]")
{
    QTemporaryDir dir;
    // Sparse files: 2 GB on paper, nothing on the disk.
    const auto sparse = [&](const QString &name, const QByteArray &start) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(start);
        REQUIRE(f.resize(qint64(2) << 30));
        return path;
    };
    const auto xml = readActivityFile(sparse(
        QStringLiteral("export.xml"), "<HealthData><Record type=\"HKQuantityTypeIdentifier"));
    REQUIRE_FALSE(xml.ok());
    CHECK(xml.error().text().startsWith(QStringLiteral("line 1: ")));
    CHECK(readActivityFile(sparse(QStringLiteral("steps.csv"), "Id,ActivityDay,StepTotal\n"))
              .error()
              .text() == QStringLiteral("a daily CSV of more than 64 MB is not one Mend reads"));
    CHECK(readActivityFile(sparse(QStringLiteral("blank.bin"), {})).error().text() ==
          notAFormatMendReads());
}
