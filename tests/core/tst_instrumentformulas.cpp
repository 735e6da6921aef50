#include "instrumentfixtures.h"

#include <QLocale>

using namespace mend;
using namespace mend::test;

namespace {

/** Answers for the first n items of a scale, all with one value. */
Answers scaleAnswers(const ScaleDefinition &scale, int n, int value)
{
    Answers a;
    for (int i = 0; i < n; ++i)
        a.insert(scale.itemIds.at(i), value);
    return a;
}

QString scaleScore(const ScaleDefinition &scale, const Answers &a, int decimals = 1)
{
    const auto s = scoreScale(scale, a);
    return s.score ? s.score->toString(decimals) : QStringLiteral("none");
}

} // namespace

TEST_CASE("Full KOOS: 100 - mean x 100 / 4 per subscale, with the 50 % rule", "[instruments]")
{
    const auto koos = shipped(QStringLiteral("koos"));
    REQUIRE(koos.items.size() == 42);
    struct Expect
    {
        const char *id;
        int items;
        int minimum;
    };
    // Minimum answered items from the 50 % rule (clinical-reference.md §3.2).
    for (const Expect e : {Expect{"pain", 9, 5},
                           {"symptoms", 7, 4},
                           {"adl", 17, 9},
                           {"sport", 5, 3},
                           {"qol", 4, 2}}) {
        INFO(e.id);
        const auto *scale = koos.scale(QString::fromLatin1(e.id));
        REQUIRE(scale);
        CHECK(scale->itemIds.size() == e.items);
        CHECK(scaleScore(*scale, scaleAnswers(*scale, e.items, 0)) == QStringLiteral("100.0"));
        CHECK(scaleScore(*scale, scaleAnswers(*scale, e.items, 4)) == QStringLiteral("0.0"));
        CHECK(scaleScore(*scale, scaleAnswers(*scale, e.minimum, 2)) == QStringLiteral("50.0"));
        CHECK(scaleScore(*scale, scaleAnswers(*scale, e.minimum - 1, 2)) == QStringLiteral("none"));
    }
    // Mean of answered items only: pain 1,2,2,3,1 -> mean 9/5 -> 100 - 45 = 55.
    const auto *pain = koos.scale(QStringLiteral("pain"));
    Answers a;
    const int values[] = {1, 2, 2, 3, 1};
    for (int i = 0; i < 5; ++i)
        a.insert(pain->itemIds.at(i), values[i]);
    CHECK(scoreScale(*pain, a).score == Rational(55));
    // 1 answered of 4 QOL items with value 1 would be 75, but 2 are needed.
    CHECK(scoreScale(*koos.scale(QStringLiteral("qol")),
                     scaleAnswers(*koos.scale(QStringLiteral("qol")), 1, 1))
              .reason.contains(QStringLiteral("1 of 4 items answered; a score needs at least 2")));
}

TEST_CASE("Full HOOS: subscale sizes and 2013 minimum answered items", "[instruments]")
{
    const auto hoos = shipped(QStringLiteral("hoos"));
    REQUIRE(hoos.items.size() == 40);
    struct Expect
    {
        const char *id;
        int items;
        int minimum;
    };
    for (const Expect e : {Expect{"pain", 10, 5},
                           {"symptoms", 5, 3},
                           {"adl", 17, 9},
                           {"sport", 4, 2},
                           {"qol", 4, 2}}) {
        INFO(e.id);
        const auto *scale = hoos.scale(QString::fromLatin1(e.id));
        REQUIRE(scale);
        CHECK(scale->itemIds.size() == e.items);
        CHECK(scale->minAnswered == e.minimum);
        CHECK(scaleScore(*scale, scaleAnswers(*scale, e.minimum, 1)) == QStringLiteral("75.0"));
        CHECK(scaleScore(*scale, scaleAnswers(*scale, e.minimum - 1, 1)) == QStringLiteral("none"));
    }
}

TEST_CASE("ODI: sum / (5 x answered) x 100, the form's own examples", "[instruments]")
{
    const auto odi = testDefinition(QStringLiteral("odi-test.json"));
    CHECK(odi.placeholderWording);
    // "16 (total scored) / 50 (total possible score) x 100 = 32%"
    CHECK(scoreText(odi, answersOf(odi, {2, 2, 2, 2, 2, 2, 1, 1, 1, 1}), 1) ==
          QStringLiteral("32.0"));
    // "If one section is missed ... 16 / 45 x 100 = 35.5%" (35.56 kept exact, shown 35.6)
    const auto nine = scoreInstrument(odi, answersOf(odi, {2, 2, 2, 2, 2, 2, 2, 1, 1})).value();
    CHECK(nine.first().score == Rational(1600, 45));
    CHECK(nine.first().score->toString(1) == QStringLiteral("35.6"));
    CHECK(nine.first().score->toString(2) == QStringLiteral("35.56"));
    // Boundaries and the missing-section rule (at most one unanswered).
    CHECK(scoreText(odi, answersOf(odi, QList<int>(10, 0)), 1) == QStringLiteral("0.0"));
    CHECK(scoreText(odi, answersOf(odi, QList<int>(10, 5)), 1) == QStringLiteral("100.0"));
    CHECK(scoreText(odi, answersOf(odi, QList<int>(9, 5)), 1) == QStringLiteral("100.0"));
    CHECK(scoreText(odi, answersOf(odi, QList<int>(8, 5)), 1).startsWith(QStringLiteral("none")));
    CHECK_FALSE(scoreInstrument(odi, answersOf(odi, {6})).ok());
}

TEST_CASE("NDI: percent of the maximum, one missing item drops the denominator by 5",
          "[instruments]")
{
    const auto ndi = testDefinition(QStringLiteral("ndi-test.json"));
    // 15 of 50 = 30 %; 15 of 45 = 33.3 %.
    CHECK(scoreText(ndi, answersOf(ndi, {3, 3, 3, 3, 3, 0, 0, 0, 0, 0}), 1) ==
          QStringLiteral("30.0"));
    CHECK(scoreText(ndi, answersOf(ndi, {3, 3, 3, 3, 3, 0, 0, 0, 0}), 1) == QStringLiteral("33.3"));
    CHECK(scoreText(ndi, answersOf(ndi, QList<int>(10, 5)), 1) == QStringLiteral("100.0"));
    CHECK(scoreText(ndi, answersOf(ndi, {3, 3, 3, 3, 3, 0, 0, 0}), 1)
              .startsWith(QStringLiteral("none")));
}

TEST_CASE("QuickDASH: ((sum / n) - 1) x 25 with n >= 10 of 11", "[instruments]")
{
    const auto dash = testDefinition(QStringLiteral("quickdash-test.json"));
    CHECK(scoreText(dash, answersOf(dash, QList<int>(11, 1)), 2) == QStringLiteral("0.00"));
    CHECK(scoreText(dash, answersOf(dash, QList<int>(11, 5)), 2) == QStringLiteral("100.00"));
    CHECK(scoreText(dash, answersOf(dash, QList<int>(11, 3)), 2) == QStringLiteral("50.00"));
    // 10 answered, sum 25: (2.5 - 1) x 25 = 37.5
    CHECK(scoreText(dash, answersOf(dash, {3, 3, 3, 3, 3, 2, 2, 2, 2, 2}), 2) ==
          QStringLiteral("37.50"));
    // sum 24 over 11: (24/11 - 1) x 25 = 29.545...
    const auto s =
        scoreInstrument(dash, answersOf(dash, {3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2})).value();
    CHECK(s.first().score == Rational(325, 11));
    CHECK(scoreText(dash, answersOf(dash, QList<int>(9, 2)), 1).startsWith(QStringLiteral("none")));
    CHECK_FALSE(scoreInstrument(dash, answersOf(dash, {0})).ok()); // 0 is not a QuickDASH answer
}

TEST_CASE("VISA-A: Q1-Q7 plus one of 8A/8B/8C, every item needed", "[instruments]")
{
    const auto visa = testDefinition(QStringLiteral("visa-a-test.json"));
    CHECK(scoreText(visa, answersOf(visa, {10, 10, 10, 10, 10, 10, 10, 30}), 0) ==
          QStringLiteral("100"));
    CHECK(scoreText(visa, answersOf(visa, {0, 0, 0, 0, 0, 0, 0, 0}), 0) == QStringLiteral("0"));
    CHECK(scoreText(visa, answersOf(visa, {5, 6, 7, 4, 3, 2, 4, 14}), 0) == QStringLiteral("45"));
    CHECK(scoreText(visa, answersOf(visa, {5, 6, 7, 4, 3, 2, 4}), 0)
              .startsWith(QStringLiteral("none")));
    CHECK_FALSE(scoreInstrument(visa, answersOf(visa, {10, 10, 10, 10, 10, 10, 5, 30})).ok());
    CHECK_FALSE(scoreInstrument(visa, answersOf(visa, {10, 10, 10, 10, 10, 10, 10, 25})).ok());
}

TEST_CASE("Global assessment and global change keep their single answer as the score",
          "[instruments]")
{
    const auto pga = shipped(QStringLiteral("pga"));
    const auto pgic = shipped(QStringLiteral("pgic"));
    CHECK(scoreText(pga, answersOf(pga, {6}), 0) == QStringLiteral("6"));
    CHECK(scoreText(pgic, answersOf(pgic, {2}), 0) == QStringLiteral("2"));
    CHECK(pgic.changeSinceInjection);
    CHECK_FALSE(pga.scales.first().higherIsBetter);
    CHECK_FALSE(scoreInstrument(pgic, answersOf(pgic, {0})).ok());
}

TEST_CASE("Rational: exact decimals, ordering and rounding", "[instruments]")
{
    CHECK(Rational::parse(QStringLiteral("91.975")) == Rational(91975, 1000));
    CHECK(Rational::parse(QStringLiteral("-7.5")) == Rational(-15, 2));
    CHECK_FALSE(Rational::parse(QStringLiteral("7,5")).has_value());
    CHECK_FALSE(Rational::parse(QStringLiteral("1e3")).has_value());
    CHECK(Rational(1, 10) + Rational(2, 10) == Rational(3, 10)); // 0.1 + 0.2 == 0.3, exactly
    CHECK(Rational(7, 3) < Rational(234, 100));
    CHECK(Rational(1, 8).toString(2) == QStringLiteral("0.13")); // half away from zero
    CHECK(Rational(-1, 8).toString(2) == QStringLiteral("-0.13"));
    CHECK(Rational(-1, 1000).toString(1) == QStringLiteral("0.0"));
    // What a person reads takes the language's decimal mark, the same digits.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    CHECK(Rational(44905, 1000).toLocaleString(3) == QStringLiteral("44,905"));
    CHECK(Rational(-1, 8).toLocaleString(2) == QStringLiteral("-0,13"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(Rational(44905, 1000).toLocaleString(3) == QStringLiteral("44.905"));
    QLocale::setDefault(before);
}
