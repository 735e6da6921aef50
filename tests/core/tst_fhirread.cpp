#include "testsupport.h"

#include "exchange/fhirread.h"

using namespace mend;
using namespace mend::fhir;

namespace {

QByteArray extension(const QByteArray &url, const QByteArray &value)
{
    return "{\"url\": \"" + url + "\"" + (value.isEmpty() ? "" : ", " + value) + "}";
}

/** Every name asked of a resource's extensions read in one pass answers as one read alone. */
void checkSameAnswers(const QByteArray &extensions, const QList<QByteArray> &names)
{
    const QByteArray json = "{\"resourceType\": \"Observation\", \"extension\": [" + extensions +
                            "], \"status\": \"final\"}";
    const JsonTape tape(json);
    REQUIRE(tape.ok());
    const MendExtensions once(tape.root());
    for (const auto &name : names) {
        INFO(name.toStdString());
        const QLatin1String n(name);
        const JsonView alone = extensionValue(tape.root(), n);
        const JsonView fromOnce = once.value(n);
        CHECK(fromOnce.type() == alone.type());
        CHECK(fromOnce.toString() == alone.toString());
        CHECK(fromOnce.toDouble(-1) == alone.toDouble(-1));
        CHECK(fromOnce.toBool() == alone.toBool());
    }
}

} // namespace

TEST_CASE("FHIR reading: a resource's Mend extensions read in one pass answer as each read alone",
          "[exchange]")
{
    const QList<QByteArray> names{"late",    "created-at",    "updated-at",
                                  "episode", "imported-from", "e9"};
    SECTION("the first with a value wins; another system's and value-less ones are passed over")
    {
        const QByteArray list =
            extension("urn:mend:extension/late", "\"valueBoolean\": true") + "," +
            extension("urn:mend:extension/created-at", {}) + "," +
            extension("urn:mend:extension/created-at",
                      "\"valueDateTime\": \"2026-01-02T03:04:05Z\"") +
            "," + extension("http://example.org/late", "\"valueBoolean\": false") + "," +
            extension("urn:mend:extension/created-at",
                      "\"valueDateTime\": \"2027-01-01T00:00:00Z\"");
        checkSameAnswers(list, names);
        const JsonTape tape("{\"extension\": [" + list + "]}");
        CHECK(MendExtensions(tape.root()).value(QLatin1String("created-at")).toString() ==
              QStringLiteral("2026-01-02T03:04:05Z"));
        CHECK(MendExtensions(tape.root()).value(QLatin1String("late")).toBool());
        CHECK(MendExtensions(tape.root()).value(QLatin1String("updated-at")).isUndefined());
    }
    SECTION("an escaped URL")
    {
        checkSameAnswers(extension("urn:mend:extension\\/episode",
                                   "\"valueReference\": {\"reference\": \"urn:uuid:1\"}") +
                             "," + extension("urn:mend:extension/late", "\"valueBoolean\": true"),
                         names);
    }
    SECTION("more extensions than one pass keeps")
    {
        QByteArray list;
        for (int i = 0; i < 12; ++i)
            list += (i ? "," : "") + extension("urn:mend:extension/e" + QByteArray::number(i),
                                               "\"valueInteger\": " + QByteArray::number(i));
        checkSameAnswers(list, names);
        const JsonTape tape("{\"extension\": [" + list + "]}");
        CHECK(MendExtensions(tape.root()).value(QLatin1String("e9")).toInt() == 9);
    }
    SECTION("no extensions")
    {
        checkSameAnswers({}, names);
    }
}

TEST_CASE("FHIR reading: two systems' codes found in one pass are each system's first code",
          "[exchange]")
{
    const JsonTape tape(R"({"coding": [
        {"system": "urn:mend:code", "code": "pain-rest"},
        {"system": "http://loinc.org", "code": "72514-3"},
        {"system": "urn:mend:code", "code": "later"},
        {"system": "http:\/\/loinc.org", "code": "later"}]})");
    REQUIRE(tape.ok());
    const auto [loinc, mend] = codesIn(tape.root(), kLoinc, kMend);
    CHECK(loinc == codeIn(tape.root(), kLoinc));
    CHECK(mend == codeIn(tape.root(), kMend));
    CHECK(loinc == QStringLiteral("72514-3"));
    CHECK(mend == QStringLiteral("pain-rest"));
    const auto [none, escaped] =
        codesIn(JsonTape(R"({"coding": [{"system": "http:\/\/loinc.org", "code": "x"}]})").root(),
                kMend, kLoinc);
    CHECK(none.isEmpty());
    CHECK(escaped == QStringLiteral("x"));
}
