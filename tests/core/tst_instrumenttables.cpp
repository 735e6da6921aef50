#include "instrumentfixtures.h"

using namespace mend;
using namespace mend::test;

// The published HSS conversion tables, typed here from clinical-reference.md §3.1 independently of
// assets/instruments, so a typo in either place fails.
static const char *const kKoosJr[] = {"100.000", "91.975", "84.600", "79.914", "76.332", "73.342",
                                      "70.704",  "68.284", "65.994", "63.776", "61.583", "59.381",
                                      "57.140",  "54.840", "52.465", "50.012", "47.487", "44.905",
                                      "42.281",  "39.625", "36.931", "34.174", "31.307", "28.251",
                                      "24.875",  "20.941", "15.939", "8.291",  "0.000"};
static const char *const kHoosJr[] = {
    "100.000", "92.340", "85.257", "80.550", "76.776", "73.472", "70.426", "67.516", "64.664",
    "61.815",  "58.930", "55.985", "52.965", "49.858", "46.652", "43.335", "39.902", "36.363",
    "32.735",  "29.009", "25.103", "20.805", "15.633", "8.104",  "0.000"};

TEST_CASE("KOOS JR: every raw sum 0-28 maps to its HSS table row exactly", "[instruments]")
{
    const auto koos = shipped(QStringLiteral("koos-jr"));
    REQUIRE(koos.items.size() == 7);
    for (int raw = 0; raw <= 28; ++raw) {
        INFO("raw " << raw);
        CHECK(scoreText(koos, answersWithSum(koos, raw, 4), 3) == QLatin1String(kKoosJr[raw]));
        // The same raw sum from the other end of the form scores the same: only the sum counts.
        Answers reversed;
        int left = raw;
        for (int i = int(koos.items.size()) - 1; i >= 0; --i) {
            reversed.insert(koos.items.at(i).id, std::min(left, 4));
            left -= std::min(left, 4);
        }
        CHECK(scoreText(koos, reversed, 3) == QLatin1String(kKoosJr[raw]));
    }
}

TEST_CASE("HOOS JR: every raw sum 0-24 maps to its HSS table row exactly", "[instruments]")
{
    const auto hoos = shipped(QStringLiteral("hoos-jr"));
    REQUIRE(hoos.items.size() == 6);
    for (int raw = 0; raw <= 24; ++raw) {
        INFO("raw " << raw);
        CHECK(scoreText(hoos, answersWithSum(hoos, raw, 4), 3) == QLatin1String(kHoosJr[raw]));
    }
}

TEST_CASE("KOOS JR scores the issue's example and never from an incomplete form", "[instruments]")
{
    const auto koos = shipped(QStringLiteral("koos-jr"));
    auto answers = answersFromList(koos, QStringLiteral("2,1,3,2,0,1,2"));
    REQUIRE(answers.ok());
    const auto scored = scoreInstrument(koos, answers.value());
    REQUIRE(scored.ok());
    CHECK(scored.value().first().rawSum == 11);
    CHECK(scored.value().first().score == Rational::parse(QStringLiteral("59.381")));

    // One item unanswered: no score (no interpolation, no pro-rating), and the reason says why.
    auto partial = answersFromList(koos, QStringLiteral("2,1,,2,0,1,2"));
    REQUIRE(partial.ok());
    const auto six = scoreInstrument(koos, partial.value()).value().first();
    CHECK_FALSE(six.score.has_value());
    CHECK(six.answered == 6);
    CHECK(six.reason.contains(QStringLiteral("6 of 7 items answered")));
    CHECK(six.reason.contains(QStringLiteral("Unanswered: 3")));
}

TEST_CASE("Answer lists are checked item by item", "[instruments]")
{
    const auto koos = shipped(QStringLiteral("koos-jr"));
    CHECK(answersFromList(koos, QStringLiteral("2,1,3")).error().message ==
          QStringLiteral("KOOS JR has 7 items; 3 answers were given (leave a place empty for an "
                         "unanswered item, e.g. 2,,1)"));
    CHECK(answersFromList(koos, QStringLiteral("2,1,3,5,0,1,2")).error().message ==
          QStringLiteral(
              "answer 4 (item 4) 5 is not an answer to this item; allowed: 0, 1, 2, 3, 4"));
    CHECK(answersFromList(koos, QStringLiteral("2,1,x,2,0,1,2")).error().message ==
          QStringLiteral("answer 3 (item 3) 'x' is not a whole number"));
    CHECK(checkAnswers(koos, {{QStringLiteral("99"), 1}}).error().message ==
          QStringLiteral("KOOS JR has no item '99'"));
}
