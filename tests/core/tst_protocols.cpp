#include "exchange/protocolparser.h"
#include "services/protocolcatalog.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mend;

namespace {

QByteArray shipped(const char *name)
{
    QFile f(QStringLiteral(":/mend/protocols/%1.json").arg(QLatin1String(name)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** The shipped OA protocol with one value replaced at a path of object keys. */
QByteArray withChange(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(shipped("knee-hip-oa")).object();
    change(o);
    return QJsonDocument(o).toJson();
}

Error errorOf(const QByteArray &json)
{
    auto r = parseProtocol(json);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("Every shipped protocol parses and cites its sources", "[protocol]")
{
    const auto all = ProtocolCatalog::builtIn();
    REQUIRE(all.size() == 6);
    for (const auto &p : all) {
        INFO(p.id.toStdString());
        CHECK_FALSE(p.milestones.isEmpty());
        CHECK_FALSE(p.evidenceClinician.isEmpty());
        CHECK(p.aftercare.nsaidAvoidanceDays == 14);
        CHECK(p.promSchedule.size() == 6);
        for (const auto &m : p.milestones)
            CHECK_FALSE(m.citation.isEmpty());
        if (p.envelope)
            CHECK(p.envelope->label == QStringLiteral("population data"));
    }
    // Each condition has exactly one shipped protocol.
    for (const auto &c : choices<Condition>()) {
        const auto condition = *fromKey<Condition>(c.key);
        CHECK(std::count_if(all.begin(), all.end(), [&](const Protocol &p) {
                  return p.appliesTo(condition, BodySite::Knee);
              }) == 1);
    }
    const auto oa = parseProtocol(shipped("knee-hip-oa")).value();
    CHECK(oa.evidenceClinician.contains(QStringLiteral("RESTORE")));
    CHECK(oa.evidenceClinician.contains(QStringLiteral("recommends against")));
    const auto first = std::find_if(oa.milestones.begin(), oa.milestones.end(), [](const auto &m) {
        return m.id == QStringLiteral("first-improvement");
    });
    REQUIRE(first != oa.milestones.end());
    CHECK(first->windowStartDay == 42);
    CHECK(first->windowEndDay == 56);
    CHECK(first->rule.minPoints == 2);
    CHECK(first->rule.minPercent == 30);
}

TEST_CASE("A malformed protocol is refused with the key path and the problem", "[protocol]")
{
    CHECK(errorOf("{\"format\": \"mend-protocol\",\n  \"id\": }")
              .message.startsWith(QStringLiteral("not valid JSON at line 2, column")));
    CHECK(errorOf("[1, 2]").message == QStringLiteral("must be a JSON object"));
    CHECK(errorOf(withChange([](QJsonObject &o) { o.remove(QStringLiteral("name")); })).text() ==
          QStringLiteral("name: is missing"));
    CHECK(errorOf(withChange([](QJsonObject &o) {
              o[QStringLiteral("conditions")] = QJsonArray{QStringLiteral("gout")};
          }))
              .text()
              .startsWith(QStringLiteral("conditions[0]: 'gout' is not one of: osteoarthritis")));
    auto milestoneChange = [](const char *key, QJsonValue value) {
        return withChange([=](QJsonObject &o) {
            QJsonArray ms = o[QStringLiteral("milestones")].toArray();
            QJsonObject m = ms[1].toObject();
            m[QLatin1String(key)] = value;
            ms[1] = m;
            o[QStringLiteral("milestones")] = ms;
        });
    };
    CHECK(errorOf(milestoneChange("windowDays", QJsonArray{56, 42})).text() ==
          QStringLiteral("milestones[1].windowDays: [56, 42] must be whole days running forwards "
                         "within 0 to 3650"));
    CHECK(errorOf(milestoneChange("windowDays", QStringLiteral("6 weeks"))).text() ==
          QStringLiteral("milestones[1].windowDays: must be a list"));
    CHECK(errorOf(milestoneChange("rule",
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("magic")}}))
              .text()
              .startsWith(QStringLiteral("milestones[1].rule.type: 'magic' is not a rule")));
    CHECK(errorOf(milestoneChange(
                      "rule", QJsonObject{{QStringLiteral("type"), QStringLiteral("painReduction")},
                                          {QStringLiteral("minPoints"), 11},
                                          {QStringLiteral("minPercent"), 30}}))
              .text() ==
          QStringLiteral("milestones[1].rule.minPoints: 11 is out of range; allowed 0 to 10"));
    CHECK(errorOf(milestoneChange("id", QStringLiteral("flare-settles"))).text() ==
          QStringLiteral("milestones[1].id: 'flare-settles' is used twice"));
    CHECK(errorOf(milestoneChange("citation", QStringLiteral(" "))).text() ==
          QStringLiteral("milestones[1].citation: must name the source"));
    CHECK(errorOf(withChange([](QJsonObject &o) {
              QJsonObject env = o[QStringLiteral("envelope")].toObject();
              QJsonArray pts = env[QStringLiteral("points")].toArray();
              QJsonObject p = pts[1].toObject();
              p[QStringLiteral("lower")] = -1;
              p[QStringLiteral("upper")] = -2;
              pts[1] = p;
              env[QStringLiteral("points")] = pts;
              o[QStringLiteral("envelope")] = env;
          })).text() == QStringLiteral("envelope.points[1].lower: -1 is above upper (-2)"));
    CHECK(errorOf(withChange([](QJsonObject &o) {
              QJsonObject a = o[QStringLiteral("aftercare")].toObject();
              a[QStringLiteral("nsaidAvoidanceDays")] = 7.5;
              o[QStringLiteral("aftercare")] = a;
          })).text() == QStringLiteral("aftercare.nsaidAvoidanceDays: must be a whole number"));
}

TEST_CASE("A clinic's protocol replaces the shipped one, a bad file changes nothing", "[protocol]")
{
    test::TempStore store;
    ProtocolCatalog catalog(store.db);
    const Episode knee = test::kneeEpisode();
    CHECK(catalog.forEpisode(knee)->aftercare.nsaidAvoidanceDays == 14);

    const QByteArray custom = withChange([](QJsonObject &o) {
        QJsonObject a = o[QStringLiteral("aftercare")].toObject();
        a[QStringLiteral("nsaidAvoidanceDays")] = 28;
        o[QStringLiteral("aftercare")] = a;
        o[QStringLiteral("name")] = QStringLiteral("Clinic A knee protocol");
    });
    REQUIRE(catalog.load(custom, test::fixedNow()).ok());
    CHECK(catalog.forEpisode(knee)->name == QStringLiteral("Clinic A knee protocol"));
    CHECK(catalog.forEpisode(knee)->aftercare.nsaidAvoidanceDays == 28);
    CHECK(catalog.all().size() == 6);

    const QByteArray broken =
        withChange([](QJsonObject &o) { o.remove(QStringLiteral("milestones")); });
    auto r = catalog.load(broken, test::fixedNow());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() == QStringLiteral("milestones: is missing"));
    CHECK(catalog.forEpisode(knee)->aftercare.nsaidAvoidanceDays == 28);
}
