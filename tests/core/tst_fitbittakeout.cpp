// Fitbit's account export (Google Takeout): per-minute steps in UTC placed on the account's
// local days, the active-minute files added, and what is refused.
#include "testsupport.h"

#include "exchange/activityimport.h"
#include "exchange/fitbittakeoutimport.h"
#include "services/activityimporter.h"

#include <QTimeZone>

using namespace mend;

namespace {

const QString kData = QStringLiteral(MEND_TEST_DATA_DIR "/activity/");

QByteArray minutes(const QString &records)
{
    return QStringLiteral("[%1]").arg(records).toUtf8();
}

} // namespace

TEST_CASE("Fitbit's export: minutes in UTC land on the account's local days", "[activity][fitbit]")
{
    const auto file = readActivityFile(kData + QStringLiteral("fitbit-takeout.zip"));
    REQUIRE(file.ok());
    const ActivityFile &read = file.value();
    CHECK(read.format == QStringLiteral("Fitbit"));
    CHECK(read.records == 10); // 7 minutes and 3 days of active minutes; heart rate is not read
    REQUIRE(read.days.size() == 3);
    // 80 at 10:00 and 100 at 22:30 New York time (03:30 UTC on 2 February) fall on 1 February.
    CHECK(read.days.at(0).day == QDate(2026, 2, 1));
    CHECK(read.days.at(0).steps == 180);
    CHECK(read.days.at(0).activeMinutes == 20); // very active 12 + moderately active 8
    CHECK(read.days.at(1).day == QDate(2026, 2, 2));
    CHECK(read.days.at(1).steps == 170); // midnight and 09:00 in New York
    CHECK(read.days.at(1).activeMinutes == 5);
    CHECK(read.days.at(2).day == QDate(2026, 2, 3)); // from the second month's file
    CHECK(read.days.at(2).steps == 10);
    CHECK_FALSE(read.days.at(2).activeMinutes);
    CHECK(read.days.at(0).devices == QStringList{QStringLiteral("Fitbit")});
    REQUIRE(read.sources.size() == 1);
    CHECK(read.sources.first().steps == 360);
    CHECK(read.sources.first().activeMinutes == 25);
    CHECK(read.notes == QStringList{QStringLiteral("Fitbit gives each minute's time in UTC: its "
                                                   "steps are placed on the day they fell on in "
                                                   "America/New_York time.")});

    // Days outside the window are counted by their records, not kept.
    ActivityReadOptions window;
    window.from = QDate(2026, 2, 2);
    const auto later = readActivityFile(kData + QStringLiteral("fitbit-takeout.zip"), window);
    REQUIRE(later.ok());
    CHECK(later.value().days.size() == 2);
    CHECK(later.value().skippedOutside == 5); // 3 minutes and 2 daily values of 1 February
}

TEST_CASE("Fitbit's export: the zone comes from Profile.csv, else this machine's",
          "[activity][fitbit]")
{
    CHECK(FitbitTakeoutReader::zoneFromProfile("id,timezone\nA,Europe/Madrid\n").id() ==
          QByteArray("Europe/Madrid"));
    CHECK_FALSE(FitbitTakeoutReader::zoneFromProfile("id,timezone\nA,Mars/Olympus\n").isValid());
    CHECK_FALSE(FitbitTakeoutReader::zoneFromProfile("id,locale\nA,en_US\n").isValid());

    // Noon UTC is the same day in any zone from UTC-11 to UTC+11.
    const auto alone = readActivityFile(kData + QStringLiteral("steps-2026-02-03.json"));
    REQUIRE(alone.ok());
    REQUIRE(alone.value().days.size() == 1);
    CHECK(alone.value().days.first().day == QDate(2026, 2, 3));
    CHECK(alone.value().days.first().steps == 10);
    CHECK(
        alone.value().notes.first().contains(QString::fromUtf8(QTimeZone::systemTimeZone().id())));
}

TEST_CASE("Fitbit's export: a bad record is refused with its file and place",
          "[activity][fitbit][hostile]")
{
    FitbitTakeoutReader reader(QTimeZone::utc(), {});
    CHECK(reader
              .add(QStringLiteral("x/steps-2026-02-01.json"),
                   minutes(QStringLiteral(R"({"dateTime":"02/01/26 10:00:00","value":"12"},)"
                                          R"({"dateTime":"02/01/26 10:01:00","value":"=1+1"})")))
              .error()
              .text() ==
          QStringLiteral("steps-2026-02-01.json, record 2: \"=1+1\" is not a minute's step count"));
    CHECK(reader
              .add(QStringLiteral("steps-2026-02-01.json"),
                   minutes(QStringLiteral(R"({"dateTime":"<b>yesterday</b>","value":"1"})")))
              .error()
              .text() == QStringLiteral("steps-2026-02-01.json, record 1: the time "
                                        "\"<b>yesterday</b>\" is not MM/DD/YY hh:mm:ss"));
    CHECK(reader.add(QStringLiteral("steps-2026-02-01.json"), "[{\"dateTime\": ")
              .error()
              .text()
              .startsWith(QStringLiteral("steps-2026-02-01.json: not JSON")));
    CHECK(reader
              .add(QStringLiteral("very_active_minutes-2026-02-01.json"),
                   minutes(QStringLiteral(R"({"dateTime":"02/01/26 00:00:00","value":"1441"})")))
              .error()
              .text() == QStringLiteral("very_active_minutes-2026-02-01.json, record 1: \"1441\" "
                                        "is not a day's active minutes"));
    CHECK(reader.add(QStringLiteral("heart_rate-2026-02-01.json"), "[]").error().text() ==
          QStringLiteral("heart_rate-2026-02-01.json is not one of Fitbit's step or "
                         "active-minute files"));

    // More minutes in a day than a person walks is refused at the end, naming the day.
    FitbitTakeoutReader full(QTimeZone::utc(), {});
    QStringList records;
    for (int m = 0; m < 1440; ++m)
        records << QStringLiteral(R"({"dateTime":"02/01/26 %1:%2:00","value":"200"})")
                       .arg(m / 60, 2, 10, QLatin1Char('0'))
                       .arg(m % 60, 2, 10, QLatin1Char('0'));
    REQUIRE(full.add(QStringLiteral("steps-2026-02-01.json"), minutes(records.join(u','))).ok());
    CHECK(full.finish().error().text() ==
          QStringLiteral("2026-02-01: 288000 steps is more than a day holds"));

    // Only active minutes, no steps file: not enough to call it Fitbit's steps.
    FitbitTakeoutReader none(QTimeZone::utc(), {});
    REQUIRE(none.add(QStringLiteral("moderately_active_minutes-2026-02-01.json"),
                     minutes(QStringLiteral(R"({"dateTime":"02/01/26 00:00:00","value":"3"})")))
                .ok());
    CHECK(none.finish().error().text() ==
          QStringLiteral("Fitbit's export holds no steps-….json file with a record in it"));

    // A JSON file of the shape under another name says which names it reads.
    QTemporaryDir dir;
    QFile other(dir.filePath(QStringLiteral("calories-2026-02-01.json")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write(R"([{"dateTime":"02/01/26 00:00:00","value":"1.2"}])");
    other.close();
    CHECK(readActivityFile(other.fileName())
              .error()
              .text()
              .startsWith(
                  QStringLiteral("a Fitbit JSON file Mend reads is named steps-YYYY-MM-DD.json")));
}

TEST_CASE("Fitbit's export: the preview says which zone placed the minutes", "[activity][fitbit]")
{
    const auto file = readActivityFile(kData + QStringLiteral("fitbit-takeout.zip"));
    REQUIRE(file.ok());
    ActivityImportReport report;
    report.format = file.value().format;
    report.notes = file.value().notes;
    report.days = 3;
    report.first = QDate(2026, 2, 1);
    report.last = QDate(2026, 2, 3);
    CHECK(report.forPerson().contains(QStringLiteral("in America/New_York time")));
}
