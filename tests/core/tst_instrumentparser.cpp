#include "instrumentfixtures.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mend;
using namespace mend::test;

namespace {

/** The ODI test definition with one change applied, as JSON text. */
QByteArray odiWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o =
        QJsonDocument::fromJson(testDefinitionText(QStringLiteral("odi-test.json"))).object();
    change(o);
    return QJsonDocument(o).toJson();
}

QString parseError(const QByteArray &json)
{
    const auto parsed = parseInstrument(json);
    return parsed.ok() ? QStringLiteral("(parsed)") : parsed.error().text();
}

} // namespace

TEST_CASE("Every shipped instrument parses, with sources and licence", "[instruments]")
{
    const auto all = InstrumentCatalog::builtIn();
    QStringList ids;
    for (const auto &i : all) {
        ids << i.id;
        CHECK_FALSE(i.placeholderWording);
        CHECK_FALSE(i.source.isEmpty());
        CHECK_FALSE(i.licence.isEmpty());
        for (const auto &s : i.scales)
            for (const auto &t : s.thresholds) {
                CHECK_FALSE(t.source.isEmpty());
                CHECK_FALSE(t.population.isEmpty());
            }
    }
    CHECK(ids == QStringList{QStringLiteral("hoos-jr"), QStringLiteral("hoos"),
                             QStringLiteral("koos-jr"), QStringLiteral("koos"),
                             QStringLiteral("pga"), QStringLiteral("pgic")});
    const auto koosJr = shipped(QStringLiteral("koos-jr"));
    CHECK(koosJr.loinc == QStringLiteral("82324-5"));
    CHECK(koosJr.scales.first().thresholds.size() == 3);
    CHECK(koosJr.scales.first().thresholds.at(2).population ==
          QStringLiteral("arthroplasty-derived"));
    // A knee patient is never offered a hip questionnaire, nor a hip patient a knee one.
    for (const auto &i : all) {
        INFO(i.id.toStdString());
        const bool hip = i.id.startsWith(QLatin1String("hoos"));
        const bool knee = i.id.startsWith(QLatin1String("koos"));
        CHECK(i.validFor(BodySite::Knee) == !hip);
        CHECK(i.validFor(BodySite::Hip) == !knee);
        CHECK(i.validFor(BodySite::Shoulder) == (!hip && !knee));
    }
}

TEST_CASE("Instrument definition errors name the key path", "[instruments]")
{
    CHECK(parseError("{ \"format\": ").startsWith(QStringLiteral("JSON: ")));
    CHECK(parseError("[]") == QStringLiteral("(top level): must be a JSON object"));
    CHECK(parseError(odiWith([](QJsonObject &o) { o.remove(QStringLiteral("scales")); })) ==
          QStringLiteral("scales: is missing"));
    CHECK(parseError(odiWith([](QJsonObject &o) {
              QJsonArray scales = o.value(QStringLiteral("scales")).toArray();
              QJsonObject s = scales.at(0).toObject();
              s.insert(QStringLiteral("minAnswered"), 11);
              scales[0] = s;
              o.insert(QStringLiteral("scales"), scales);
          })) == QStringLiteral("scales[0].minAnswered: 11 is out of range; allowed 1 to 10"));
    CHECK(parseError(odiWith([](QJsonObject &o) {
              QJsonArray scales = o.value(QStringLiteral("scales")).toArray();
              QJsonObject s = scales.at(0).toObject();
              QJsonArray t = s.value(QStringLiteral("thresholds")).toArray();
              QJsonObject first = t.at(0).toObject();
              first.insert(QStringLiteral("points"), 10); // a number, not exact text
              t[0] = first;
              s.insert(QStringLiteral("thresholds"), t);
              scales[0] = s;
              o.insert(QStringLiteral("scales"), scales);
          }))
              .startsWith(QStringLiteral(
                  "scales[0].thresholds[0].points: must be a decimal written as text")));
    CHECK(parseError(odiWith([](QJsonObject &o) {
              QJsonArray items = o.value(QStringLiteral("items")).toArray();
              QJsonObject i = items.at(3).toObject();
              i.insert(QStringLiteral("options"), QStringLiteral("nosuchset"));
              items[3] = i;
              o.insert(QStringLiteral("items"), items);
          })) == QStringLiteral("items[3].options: names no option set 'nosuchset'"));
    CHECK(parseError(odiWith([](QJsonObject &o) {
              QJsonArray items = o.value(QStringLiteral("items")).toArray();
              QJsonObject i = items.at(1).toObject();
              i.insert(QStringLiteral("id"), QStringLiteral("1"));
              items[1] = i;
              o.insert(QStringLiteral("items"), items);
          })) == QStringLiteral("items[1].id: '1' is used twice"));
    CHECK(parseError(odiWith([](QJsonObject &o) {
              o.insert(QStringLiteral("validForSites"),
                       QJsonArray{QStringLiteral("knee"), QStringLiteral("elbo")});
          })).startsWith(QStringLiteral("validForSites[1]: 'elbo' is not one of: ")));
}

TEST_CASE("A conversion table must cover every raw sum and stay strictly ordered", "[instruments]")
{
    QFile file(QStringLiteral(":/mend/instruments/koos-jr.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject koos = QJsonDocument::fromJson(file.readAll()).object();
    REQUIRE_FALSE(koos.isEmpty());
    auto withTable = [&](const std::function<void(QJsonArray &)> &change) {
        QJsonObject o = koos;
        QJsonArray scales = o.value(QStringLiteral("scales")).toArray();
        QJsonObject s = scales.at(0).toObject();
        QJsonArray table = s.value(QStringLiteral("table")).toArray();
        change(table);
        s.insert(QStringLiteral("table"), table);
        scales[0] = s;
        o.insert(QStringLiteral("scales"), scales);
        return QJsonDocument(o).toJson();
    };
    CHECK(parseError(withTable([](QJsonArray &t) { t.removeLast(); })) ==
          QStringLiteral("scales[0].table: has 28 rows; raw sums 0-28 need 29"));
    CHECK(parseError(withTable([](QJsonArray &t) { t[12] = QStringLiteral("61.583"); })) ==
          QStringLiteral(
              "scales[0].table[12]: breaks the table's strict order (61.583 after 59.381)"));
    CHECK(parseError(withTable([](QJsonArray &t) { t[5] = QStringLiteral("73,342"); })) ==
          QStringLiteral("scales[0].table[5]: must be a decimal written as text"));
}

TEST_CASE("Scheduled instruments by site, a clinic installs a licensed one", "[instruments]")
{
    TempStore store;
    InstrumentCatalog catalog(store.db);
    auto ids = [&](BodySite site) {
        QStringList out;
        for (const auto &i : catalog.scheduledFor(site))
            out << i.id;
        return out;
    };
    CHECK(ids(BodySite::Knee) ==
          QStringList{QStringLiteral("koos-jr"), QStringLiteral("pga"), QStringLiteral("pgic")});
    CHECK(ids(BodySite::Hip).first() == QStringLiteral("hoos-jr"));
    // Nothing installed for the back yet: pain (from the diary) and the global questions.
    CHECK(ids(BodySite::LumbarSpine) == QStringList{QStringLiteral("pga"), QStringLiteral("pgic")});

    const auto before = catalog.all().size();
    CHECK_FALSE(catalog.install("{\"format\": \"mend-instrument\"}", fixedNow()).ok());
    CHECK(catalog.all().size() == before);
    auto installed =
        catalog.install(testDefinitionText(QStringLiteral("odi-test.json")), fixedNow());
    REQUIRE(installed.ok());
    CHECK(ids(BodySite::LumbarSpine) ==
          QStringList{QStringLiteral("odi"), QStringLiteral("pga"), QStringLiteral("pgic")});
    CHECK(catalog.find(QStringLiteral("odi"))->shortName == QStringLiteral("ODI"));
}
