#include "clifixture.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

const QString kOdiTest = QStringLiteral(MEND_TEST_DATA_DIR "/instruments/odi-test.json");

} // namespace

TEST_CASE("mend-cli score: the issue's KOOS JR example and named problems", "[e2e][cli][prom]")
{
    CliFixture cli;
    const auto o = cli.json(words("score koos-jr --answers 2,1,3,2,0,1,2")).object();
    CHECK(o.value(QStringLiteral("rawSum")).toInt() == 11);
    CHECK(o.value(QStringLiteral("score")).toDouble() == 59.381);
    CHECK(o.value(QStringLiteral("instrument")).toString() == QStringLiteral("koos-jr"));

    requireOneLineRefusal(cli(words("score koos-jr --answers 2,1,,2,0,1,2")),
                          QStringLiteral("6 of 7 items answered"));
    requireOneLineRefusal(cli(words("score koos-jr --answers 2,1,3")),
                          QStringLiteral("KOOS JR has 7 items; 3 answers were given"));
    requireOneLineRefusal(cli(words("score koos-jr --answers 2,1,3,9,0,1,2")),
                          QStringLiteral("answer 4 (item 4) 9 is not an answer to this item"));
    requireOneLineRefusal(cli(words("score odi --answers 1")),
                          QStringLiteral("odi: is not an installed instrument"));
    requireOneLineRefusal(cli(words("score koos-jr")), QStringLiteral("--answers is required"));
}

TEST_CASE("mend-cli score --definition and instrument install use a clinic's file",
          "[e2e][cli][prom]")
{
    CliFixture cli;
    QStringList args{QStringLiteral("score"), QStringLiteral("--definition"), kOdiTest,
                     QStringLiteral("--answers"), QStringLiteral("2,2,2,2,2,2,2,1,1,")};
    const auto o = cli.json(args).object();
    CHECK(o.value(QStringLiteral("score")).toDouble() == 35.6); // 16 / 45 x 100
    CHECK(o.value(QStringLiteral("scales"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("scoreExact")) == QStringLiteral("320/9"));

    const auto installed = cli({QStringLiteral("instrument"), QStringLiteral("install"), kOdiTest});
    INFO(installed.err.toStdString());
    REQUIRE(installed.exitCode == 0);
    CHECK(cli.json(words("score odi --answers 2,2,2,2,2,2,1,1,1,1"))
              .object()
              .value(QStringLiteral("score"))
              .toDouble() == 32.0);
    bool listed = false;
    for (const auto v : cli.json(words("instrument list")).array())
        listed = listed || v.toObject().value(QStringLiteral("id")) == QStringLiteral("odi");
    CHECK(listed);
}

TEST_CASE("mend-cli outcomes: verdicts per time point from diary and questionnaires",
          "[e2e][cli][prom]")
{
    CliFixture cli;
    // Injected 50 days ago: the 6-week point (day 42) has been reached.
    cli.json({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
              QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
              QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
              QStringLiteral("--injected"), isoDaysFromToday(-50), QStringLiteral("--product"),
              QStringLiteral("bone-marrow"), QStringLiteral("--baseline-pain"),
              QStringLiteral("6")});
    for (int day = -14; day < 0; ++day)
        cli.json({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-50 + day),
                  QStringLiteral("--pain"), QStringLiteral("6")});
    for (int day = 36; day <= 42; ++day)
        cli.json({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-50 + day),
                  QStringLiteral("--pain"), QStringLiteral("4")});
    auto prom = [&](const char *instrument, const char *answers, const char *timePoint, int day) {
        return cli.json({QStringLiteral("prom"), QStringLiteral("add"),
                         QString::fromLatin1(instrument), QStringLiteral("--answers"),
                         QString::fromLatin1(answers), QStringLiteral("--time-point"),
                         QString::fromLatin1(timePoint), QStringLiteral("--date"),
                         isoDaysFromToday(-50 + day)});
    };
    prom("koos-jr", "3,2,3,3,2,2,2", "baseline", -5); // raw 17: 44.905
    prom("koos-jr", "2,2,2,2,1,1,1", "6w", 42);       // raw 11: 59.381

    const auto out = cli.json(words("outcomes --json")).object();
    const auto points = out.value(QStringLiteral("timePoints")).toArray();
    REQUIRE(points.size() == 1);
    CHECK(points.first().toObject().value(QStringLiteral("timePoint")) == QStringLiteral("6w"));
    QMap<QString, QString> verdicts;
    for (const auto v : points.first().toObject().value(QStringLiteral("verdicts")).toArray()) {
        const auto o = v.toObject();
        verdicts.insert(o.value(QStringLiteral("measure")).toString() + QLatin1Char(':') +
                            o.value(QStringLiteral("criterion")).toString() + QLatin1Char(':') +
                            o.value(QStringLiteral("threshold")).toString(),
                        o.value(QStringLiteral("verdict")).toString());
    }
    // Pain 6 -> 4: 2 points, met. KOOS JR +14.476: MCID 14 met, 7.5 met, SCB 20 not yet met.
    CHECK(verdicts.value(QStringLiteral("pain:mcid:>= 2 points or >= 30 %")) ==
          QStringLiteral("met"));
    CHECK(verdicts.value(QStringLiteral("koos-jr/total:mcid:>= 14 points")) ==
          QStringLiteral("met"));
    CHECK(verdicts.value(QStringLiteral("koos-jr/total:scb:>= 20 points")) ==
          QStringLiteral("not yet met"));
    // Pain 60 -> 40 (33 %, 20) and function 55.1 -> 40.6 (26 %, 14.5) on 0-100: two domains
    // improved, a responder even without a global assessment.
    const auto last = points.first().toObject().value(QStringLiteral("verdicts")).toArray().last();
    CHECK(last.toObject().value(QStringLiteral("measure")) == QStringLiteral("omeract-oarsi"));
    CHECK(last.toObject().value(QStringLiteral("verdict")) == QStringLiteral("met"));
    CHECK(last.toObject().value(QStringLiteral("reason")) ==
          QStringLiteral("improvement in 2 of 3 domains"));

    // The schedule shows what is done and what is missed.
    QStringList statuses;
    for (const auto v : cli.json(words("prom due")).array())
        statuses << v.toObject().value(QStringLiteral("timePoint")).toString() + QLatin1Char(':') +
                        v.toObject().value(QStringLiteral("instrument")).toString() +
                        QLatin1Char('=') + v.toObject().value(QStringLiteral("status")).toString();
    CHECK(statuses.contains(QStringLiteral("baseline:koos-jr=done")));
    CHECK(statuses.contains(QStringLiteral("baseline:pga=missed")));
    CHECK(statuses.contains(QStringLiteral("6w:koos-jr=done")));
    CHECK(statuses.contains(QStringLiteral("3m:koos-jr=upcoming")));

    requireOneLineRefusal(
        cli({QStringLiteral("prom"), QStringLiteral("add"), QStringLiteral("koos-jr"),
             QStringLiteral("--answers"), QStringLiteral("1,1,1,1,1,1,1"),
             QStringLiteral("--time-point"), QStringLiteral("5y")}),
        QStringLiteral("'5y' is not in this episode's schedule"));
}
