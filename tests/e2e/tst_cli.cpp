#include "clifixture.h"

#include <QDir>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

TEST_CASE("mend-cli: set up an episode, log days, read entries and the summary", "[e2e][cli]")
{
    CliFixture cli;
    auto episode = cli.json(
        {QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
         QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
         QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
         QStringLiteral("--injected"), isoDaysFromToday(-10), QStringLiteral("--product"),
         QStringLiteral("bone-marrow"), QStringLiteral("--baseline-pain"), QStringLiteral("7")});
    CHECK(episode.object().value(QStringLiteral("site")).toString() == QStringLiteral("knee"));

    // Baseline days 12 and 11 before today (= 2 and 1 before the injection): 8 and 6 -> 7.
    const std::pair<int, int> days[] = {{12, 8}, {11, 6}, {6, 6}, {5, 5}, {3, 4}, {0, 3}};
    for (const auto &[ago, pain] : days) {
        auto r = cli({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-ago),
                      QStringLiteral("--pain"), QString::number(pain), QStringLiteral("--rom"),
                      QStringLiteral("knee-flexion=%1").arg(100 + ago), QStringLiteral("--steps"),
                      QStringLiteral("3000"), QStringLiteral("--note"), QStringLiteral("day é")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    // Saving a day again edits it.
    REQUIRE(cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("2")}).exitCode ==
            0);

    const auto entries = cli.json({QStringLiteral("entries"), QStringLiteral("--json")}).array();
    REQUIRE(entries.size() == 6);
    const auto last = entries.last().toObject();
    CHECK(last.value(QStringLiteral("date")).toString() == isoDaysFromToday(0));
    CHECK(last.value(QStringLiteral("pain")).toInt() == 2);
    CHECK(last.value(QStringLiteral("day")).toInt() == 10);
    CHECK(last.value(QStringLiteral("week")).toInt() == 1);
    CHECK_FALSE(last.contains(QStringLiteral("rom"))); // the edit replaced the whole day
    const auto first = entries.first().toObject();
    CHECK(first.value(QStringLiteral("rom"))
              .toObject()
              .value(QStringLiteral("knee-flexion"))
              .toInt() == 112);
    CHECK(first.value(QStringLiteral("note")).toString() == QStringLiteral("day é"));
    CHECK(first.value(QStringLiteral("late")).toBool());

    const auto summary = cli.json({QStringLiteral("summary"), QStringLiteral("--json")}).object();
    const auto pain = summary.value(QStringLiteral("pain")).toObject();
    CHECK(pain.value(QStringLiteral("baseline")).toDouble() == 7.0);
    CHECK(pain.value(QStringLiteral("baselineSource")).toString() ==
          QStringLiteral("pre-injection-entries"));
    // Latest 7-day window = days 6..0 ago: 6, 5, 4, 2 -> 4.25; change -2.75 = -39.29 %.
    CHECK(pain.value(QStringLiteral("latest7DayAverage")).toDouble() == 4.25);
    CHECK(pain.value(QStringLiteral("changeAbsolute")).toDouble() == -2.75);
    CHECK(pain.value(QStringLiteral("changePercent")).toDouble() == -39.29);
    CHECK(summary.value(QStringLiteral("daysSinceInjection")).toInt() == 10);
    CHECK(summary.value(QStringLiteral("daysLogged")).toInt() == 4);
    CHECK(summary.value(QStringLiteral("daysElapsed")).toInt() == 11);
}

TEST_CASE("mend-cli: bad input is refused with field, value and range, and nothing changes",
          "[e2e][cli]")
{
    CliFixture cli;
    REQUIRE(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                 QStringLiteral("hip"), QStringLiteral("--side"), QStringLiteral("right"),
                 QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                 QStringLiteral("--injected"), isoDaysFromToday(-30), QStringLiteral("--product"),
                 QStringLiteral("prp"), QStringLiteral("--baseline-pain"), QStringLiteral("6")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("4")}).exitCode ==
            0);
    QFile file(cli.db());
    const auto before = cli({QStringLiteral("entries"), QStringLiteral("--json")}).out;

    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    requireOneLineRefusal(
        cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("11")}),
        "pain: 11 is out of range; allowed 0 to 10");
    requireOneLineRefusal(cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("3"),
                               QStringLiteral("--rom"), QStringLiteral("hip-flexion=-400")}),
                          "rom hip-flexion: -400° is out of range; allowed -30° to 200°");
    requireOneLineRefusal(cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("3"),
                               QStringLiteral("--rom"), QStringLiteral("knee-flexion=90")}),
                          "rom knee-flexion: 'knee-flexion' is not a movement of the hip");
    requireOneLineRefusal(cli({QStringLiteral("log"), QStringLiteral("--date"), tomorrow,
                               QStringLiteral("--pain"), QStringLiteral("3")}),
                          "is in the future");
    requireOneLineRefusal(
        cli({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-60),
             QStringLiteral("--pain"), QStringLiteral("3")}),
        "days before the injection");
    requireOneLineRefusal(cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("3"),
                               QStringLiteral("--steps"), QStringLiteral("-5")}),
                          "steps: -5 is out of range; allowed 0 to 200000");
    requireOneLineRefusal(
        cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("three")}),
        "pain: 'three' is not a whole number");
    requireOneLineRefusal(
        cli({QStringLiteral("log"), QStringLiteral("--date"), QStringLiteral("2026-02-30"),
             QStringLiteral("--pain"), QStringLiteral("3")}),
        "date: '2026-02-30' is not a calendar date; use YYYY-MM-DD");
    requireOneLineRefusal(
        cli({QStringLiteral("log"), QStringLiteral("--steps"), QStringLiteral("10")}),
        "pain: is required");
    requireOneLineRefusal(cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("2"),
                               QStringLiteral("--episode"), QStringLiteral("42")}),
                          "episode: 42 does not exist");
    requireOneLineRefusal(
        cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
             QStringLiteral("toe"), QStringLiteral("--side"), QStringLiteral("left"),
             QStringLiteral("--condition"), QStringLiteral("other"), QStringLiteral("--injected"),
             isoDaysFromToday(-1), QStringLiteral("--product"), QStringLiteral("prp"),
             QStringLiteral("--baseline-pain"), QStringLiteral("5")}),
        "site: 'toe' is not one of: knee, hip");
    requireOneLineRefusal(cli({QStringLiteral("frobnicate")}), "unknown command 'frobnicate'");

    CHECK(cli({QStringLiteral("entries"), QStringLiteral("--json")}).out == before);
    CHECK(cli.json({QStringLiteral("episode"), QStringLiteral("list")}).array().size() == 1);
}

TEST_CASE("mend-cli: every command has --help", "[e2e][cli]")
{
    // The commands and their sub-commands as the usage text lists them, which mend-cli builds
    // from its command table: "  event add|list   Other treatments …".
    const auto top = runProgram(QStringLiteral(MEND_CLI_PATH), {QStringLiteral("--help")});
    REQUIRE(top.exitCode == 0);
    const QString text = QString::fromUtf8(top.out);
    const QString section =
        text.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QList<QStringList> invocations;
    for (const QString &line : section.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList words =
            line.trimmed().section(QStringLiteral("  "), 0, 0).split(QLatin1Char(' '));
        const QString sub = words.value(1);
        if (!sub.isEmpty() && sub == sub.toLower() && !sub.startsWith(QLatin1Char('-')))
            for (const QString &s : sub.split(QLatin1Char('|')))
                invocations.append({words.first(), s});
        else
            invocations.append({words.first()});
    }
    REQUIRE(invocations.size() >= 30);
    for (QStringList args : invocations) {
        CliFixture cli; // a folder of its own: --help must not create a diary
        args << QStringLiteral("--help");
        const auto r = cli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("Usage"));
        CHECK(QDir(cli.dir.path())
                  .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)
                  .isEmpty());
    }
    CliFixture cli;
    CHECK(cli({QStringLiteral("log"), QStringLiteral("--help")}).out.contains("--pain-worst"));
}

TEST_CASE("mend-cli: without an episode, commands say how to set one up", "[e2e][cli]")
{
    CliFixture cli;
    requireOneLineRefusal(
        cli({QStringLiteral("log"), QStringLiteral("--pain"), QStringLiteral("3")}),
        "no episode yet; set one up with 'mend-cli episode add'");
}

TEST_CASE("mend-cli episode add links a repeat injection and refuses another site as previous",
          "[e2e][cli]")
{
    CliFixture cli;
    auto add = [&](const char *site, int daysAgo, QStringList extra = {}) {
        QStringList args{QStringLiteral("episode"),         QStringLiteral("add"),
                         QStringLiteral("--site"),          QString::fromLatin1(site),
                         QStringLiteral("--side"),          QStringLiteral("left"),
                         QStringLiteral("--condition"),     QStringLiteral("osteoarthritis"),
                         QStringLiteral("--injected"),      isoDaysFromToday(-daysAgo),
                         QStringLiteral("--product"),       QStringLiteral("prp"),
                         QStringLiteral("--baseline-pain"), QStringLiteral("6")};
        return cli(args + extra);
    };
    REQUIRE(add("knee", 400).exitCode == 0);
    REQUIRE(add("knee", 30).exitCode == 0);
    const QJsonArray episodes =
        cli.json({QStringLiteral("episode"), QStringLiteral("list")}).array();
    REQUIRE(episodes.size() == 2);
    QJsonObject repeat;
    for (const auto &e : episodes)
        if (e.toObject().value(QStringLiteral("id")).toInt() == 2)
            repeat = e.toObject();
    CHECK(repeat.value(QStringLiteral("previous")).toInt() == 1);
    requireOneLineRefusal(add("hip", 10, {QStringLiteral("--previous"), QStringLiteral("1")}),
                          QStringLiteral("previous: episode 1 is the left knee; a repeat "
                                         "injection is on the same site and side"));
}

TEST_CASE("mend-cli remind speaks the language chosen in the app: Spanish reminders while Mend "
          "is closed",
          "[e2e][cli]")
{
    CliFixture cli;
    REQUIRE(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                 QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
                 QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                 QStringLiteral("--injected"), isoDaysFromToday(-42), QStringLiteral("--product"),
                 QStringLiteral("prp"), QStringLiteral("--baseline-pain"), QStringLiteral("6")})
                .exitCode == 0);
    // A daily reminder at midnight is due whenever the test runs; the 6-week questionnaires too.
    REQUIRE(cli({QStringLiteral("remind"), QStringLiteral("settings"), QStringLiteral("--daily"),
                 QStringLiteral("on"), QStringLiteral("--time"), QStringLiteral("00:00")})
                .exitCode == 0);
    const auto texts = [&] {
        QStringList out;
        for (const auto &r :
             cli.json({QStringLiteral("remind"), QStringLiteral("--dry-run")}).array())
            out << r[QStringLiteral("title")].toString() + QStringLiteral(" / ") +
                       r[QStringLiteral("body")].toString();
        return out.join(QLatin1Char('\n'));
    };
    const QString english = texts();
    INFO(english.toStdString());
    CHECK(english.contains(QStringLiteral("Time for today's diary")));
    CHECK(english.contains(QStringLiteral("6 weeks questionnaires are due")));

    {
        QSqlDatabase sql =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("choose-language"));
        sql.setDatabaseName(cli.db());
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('view.language', 'es')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("choose-language"));
    const QString spanish = texts();
    INFO(spanish.toStdString());
    CHECK(spanish.contains(QStringLiteral("Es hora del diario de hoy / Anote el dolor y la "
                                          "actividad de hoy; lleva un minuto.")));
    CHECK(spanish.contains(QStringLiteral("Cuestionarios (6 semanas): pendientes")));
    CHECK(spanish.contains(QStringLiteral("responda antes del")));
    CHECK_FALSE(spanish.contains(QStringLiteral("questionnaire")));
}
