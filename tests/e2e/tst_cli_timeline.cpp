#include "processrunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Cli
{
    QTemporaryDir dir;
    RunResult operator()(QStringList args) const
    {
        args.prepend(dir.filePath(QStringLiteral("t.sqlite")));
        args.prepend(QStringLiteral("--db"));
        return runProgram(QStringLiteral(MEND_CLI_PATH), args);
    }
    QJsonDocument json(const QStringList &args) const
    {
        const auto r = (*this)(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out);
    }
    QString file(const char *name, const QByteArray &content) const
    {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
};

QString daysAgo(int n)
{
    return QDate::currentDate().addDays(-n).toString(Qt::ISODate);
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

void addKneeEpisode(const Cli &cli, int injectedDaysAgo)
{
    REQUIRE(cli(args({"episode", "add", "--site", "knee", "--side", "left", "--condition",
                      "osteoarthritis", "--product", "bone-marrow", "--baseline-pain", "6",
                      "--injected"})
                << daysAgo(injectedDaysAgo))
                .exitCode == 0);
}

} // namespace

TEST_CASE("mend-cli: a fever on day 3 is flagged at once, stored and acknowledged", "[e2e][cli]")
{
    Cli cli;
    addKneeEpisode(cli, 10);
    const auto r =
        cli(args({"log", "--pain", "5", "--temperature", "38.4", "--date"}) << daysAgo(7));
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains("RED FLAG: Temperature 38.4 °C on day 3"));
    const auto saved = QJsonDocument::fromJson(r.out).object();
    CHECK(saved.value(QStringLiteral("redFlags"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("rule")) == QStringLiteral("fever"));

    auto alerts = cli.json(args({"alerts", "--json"})).array();
    REQUIRE(alerts.size() == 1);
    const auto alert = alerts.at(0).toObject();
    CHECK(alert.value(QStringLiteral("day")).toInt() == 3);
    CHECK_FALSE(alert.value(QStringLiteral("acknowledged")).toBool());
    alerts = cli.json(args({"alerts", "--ack"})
                      << QString::number(alert.value(QStringLiteral("id")).toInt()))
                 .array();
    CHECK(alerts.at(0).toObject().value(QStringLiteral("acknowledged")).toBool());

    const auto quiet =
        cli(args({"log", "--pain", "4", "--temperature", "37.2", "--date"}) << daysAgo(6));
    CHECK(quiet.exitCode == 0);
    CHECK(quiet.err.isEmpty());
    const auto typo = cli(args({"log", "--pain", "4", "--temperature", "384"}));
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains("temperature: 384 °C is out of range; allowed 30.0 to 45.0 °C"));
}

TEST_CASE("mend-cli: milestones, goals and events of an episode", "[e2e][cli]")
{
    Cli cli;
    addKneeEpisode(cli, 50);
    for (int ago = 50; ago >= 0; --ago)
        REQUIRE(
            cli(args({"log", "--pain", ago > 10 ? "6" : "3", "--date"}) << daysAgo(ago)).exitCode ==
            0);
    REQUIRE(cli(args({"goal", "add", "--text", "walk 2 km without pain", "--by-week", "12"}))
                .exitCode == 0);
    REQUIRE(cli(args({"event", "add", "--kind", "new-pain-medication", "--note", "naproxen"}))
                .exitCode == 0);
    const auto badKind = cli(args({"event", "add", "--kind", "magic"}));
    CHECK(badKind.exitCode == 2);
    CHECK(badKind.err.contains("kind: 'magic' is not one of: steroid-injection"));

    auto m = cli.json(args({"milestones", "--json"})).object();
    CHECK(m.value(QStringLiteral("protocol")).toString() == QStringLiteral("knee-hip-oa"));
    QJsonObject first;
    for (const auto &v : m.value(QStringLiteral("milestones")).toArray())
        if (v.toObject().value(QStringLiteral("id")) == QStringLiteral("first-improvement"))
            first = v.toObject();
    // Pain 6 until day 39, 3 from day 40: the 7-day average at day 44 is 27/7 = 3.86 (36 % and
    // 2.1 points down); at day 43 it is 30/7 = 4.29 (29 %): first met on day 44.
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("achieved"));
    CHECK(first.value(QStringLiteral("achievedOn")).toString() == daysAgo(6));
    const auto goals = m.value(QStringLiteral("goals")).toArray();
    REQUIRE(goals.size() == 1);
    CHECK(goals.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("in-window"));

    m = cli.json(args({"goal", "done", "--id"})
                 << QString::number(goals.at(0).toObject().value(QStringLiteral("id")).toInt()))
            .object();
    CHECK(m.value(QStringLiteral("goals"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("status"))
              .toString() == QStringLiteral("achieved"));
    const auto events = cli.json(args({"event", "list"})).array();
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).toObject().value(QStringLiteral("note")).toString() ==
          QStringLiteral("naproxen"));
}

TEST_CASE("mend-cli: a malformed protocol is refused and the one in use stays", "[e2e][cli]")
{
    Cli cli;
    QFile shipped(QStringLiteral(MEND_PROTOCOL_DIR "/knee-hip-oa.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject good = QJsonDocument::fromJson(shipped.readAll()).object();
    good[QStringLiteral("name")] = QStringLiteral("Clinic knee protocol");
    const QString goodPath = cli.file("good.json", QJsonDocument(good).toJson());
    QJsonObject bad = good;
    QJsonArray ms = bad[QStringLiteral("milestones")].toArray();
    QJsonObject m = ms[0].toObject();
    m[QStringLiteral("windowDays")] = QJsonArray{14, 3};
    ms[0] = m;
    bad[QStringLiteral("milestones")] = ms;
    const QString badPath = cli.file("bad.json", QJsonDocument(bad).toJson());

    CHECK(cli(args({"protocol", "validate"}) << goodPath).exitCode == 0);
    auto r = cli(args({"protocol", "validate"}) << badPath);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("milestones[0].windowDays: [14, 3] must be whole days running forwards"));
    REQUIRE(cli(args({"protocol", "load"}) << goodPath).exitCode == 0);
    r = cli(args({"protocol", "load"}) << badPath);
    CHECK(r.exitCode == 2);
    const auto list = cli.json(args({"protocol", "list"})).array();
    bool found = false;
    for (const auto &p : list)
        found |=
            p.toObject().value(QStringLiteral("name")) == QStringLiteral("Clinic knee protocol");
    CHECK(found);
    CHECK(cli(args({"protocol", "validate"}) << cli.dir.filePath(QStringLiteral("missing.json")))
              .err.contains("cannot be read"));
}
