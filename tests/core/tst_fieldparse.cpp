#include "exchange/fieldparse.h"
#include "testsupport.h"

using namespace mend;

TEST_CASE("Whole numbers parse strictly", "[parse]")
{
    CHECK(parse::integer(QStringLiteral("pain"), QStringLiteral(" 7 ")).value() == 7);
    CHECK(parse::integer(QStringLiteral("rom"), QStringLiteral("-5")).value() == -5);
    CHECK(parse::integer(QStringLiteral("pain"), QStringLiteral("7.5")).error().text() ==
          QStringLiteral("pain: '7.5' is not a whole number"));
    CHECK_FALSE(parse::integer(QStringLiteral("pain"), QStringLiteral("")).ok());
    CHECK_FALSE(parse::integer(QStringLiteral("pain"), QStringLiteral("seven")).ok());
    CHECK(parse::integer(QStringLiteral("steps"), QStringLiteral("99999999999")).error().message ==
          QStringLiteral("99999999999 is far out of range"));
}

TEST_CASE("Dates must be ISO-8601 calendar dates", "[parse]")
{
    CHECK(parse::date(QStringLiteral("date"), QStringLiteral("2026-09-15")).value() ==
          QDate(2026, 9, 15));
    CHECK_FALSE(parse::date(QStringLiteral("date"), QStringLiteral("2026-02-30")).ok());
    CHECK_FALSE(parse::date(QStringLiteral("date"), QStringLiteral("15/09/2026")).ok());
    CHECK_FALSE(parse::date(QStringLiteral("date"), QStringLiteral("2026-9-15")).ok());
    CHECK(parse::date(QStringLiteral("injected"), QStringLiteral("yesterday")).error().text() ==
          QStringLiteral("injected: 'yesterday' is not a calendar date; use YYYY-MM-DD"));
}

TEST_CASE("ROM readings parse as movement=degrees", "[parse]")
{
    auto r = parse::romReading(QStringLiteral("knee-flexion=110"));
    REQUIRE(r.ok());
    CHECK(r.value() == RomReading{QStringLiteral("knee-flexion"), 110, RomSide::Treated});
    CHECK(parse::romReading(QStringLiteral("knee-flexion"), RomSide::Other).error().field ==
          QStringLiteral("rom"));
    CHECK(parse::romReading(QStringLiteral("knee-flexion=lots")).error().field ==
          QStringLiteral("rom knee-flexion"));
}

TEST_CASE("Choices and flags name the allowed keys", "[parse]")
{
    CHECK(parse::choice<BodySite>(QStringLiteral("site"), QStringLiteral("ankle")).value() ==
          BodySite::AnkleAchilles);
    CHECK(parse::choice<BodySite>(QStringLiteral("site"), QStringLiteral("toe")).error().text() ==
          QStringLiteral("site: 'toe' is not one of: knee, hip, shoulder, elbow, ankle, "
                         "lumbar-spine, cervical-spine, other"));
    CHECK(parse::flag(QStringLiteral("fever"), QStringLiteral("YES")).value());
    CHECK_FALSE(parse::flag(QStringLiteral("fever"), QStringLiteral("0")).value());
    CHECK_FALSE(parse::flag(QStringLiteral("fever"), QStringLiteral("maybe")).ok());
    for (const auto &c : choices<Product>())
        CHECK(toKey(*fromKey<Product>(c.key)) == c.key);
}

TEST_CASE("Decimals accept a point or a comma and name the unit when refused", "[parse]")
{
    CHECK(parse::decimal(QStringLiteral("temperature"), QStringLiteral(" 38.4 ")).value() == 38.4);
    CHECK(parse::decimal(QStringLiteral("temperature"), QStringLiteral("38,4")).value() == 38.4);
    CHECK(parse::decimal(QStringLiteral("temperature"), QStringLiteral("hot"), QStringLiteral("°C"))
              .error()
              .text() == QStringLiteral("temperature: 'hot' is not a number of °C"));
    CHECK_FALSE(parse::decimal(QStringLiteral("temperature"), QStringLiteral("inf")).ok());
}
