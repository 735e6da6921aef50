#include "domain/outcomes.h"
#include "instrumentfixtures.h"
#include "report/verdictlines.h"
#include "testsupport.h"

using namespace mend;
using namespace mend::test;

namespace {

OarsiDomain domain(int baseline, int current)
{
    return {Rational(baseline), Rational(current)};
}

const PromTimePoint kBaseline{QStringLiteral("baseline"), QStringLiteral("Baseline"), -7, 7, 7};
const PromTimePoint kSixWeeks{QStringLiteral("6w"), QStringLiteral("6 weeks"), 42, 7, 7};

PromResponse completeResponse(const Instrument &instrument, const QString &timePoint,
                              const Answers &answers)
{
    PromResponse r;
    r.episodeId = 1;
    r.instrumentId = instrument.id;
    r.timePointId = timePoint;
    r.complete = true;
    r.answers = answers;
    r.scores = scoreInstrument(instrument, answers).value();
    return r;
}

/** A copy, so that it outlives the temporary list it came from (ASan caught a dangling pointer). */
std::optional<Verdict> find(const QList<Verdict> &all, const QString &measure,
                            const QString &criterion,
                            const QString &timePoint = QStringLiteral("6w"))
{
    for (const auto &v : all)
        if (v.measureId == measure && v.criterion == criterion && v.timePointId == timePoint)
            return v;
    return std::nullopt;
}

} // namespace

TEST_CASE("OMERACT-OARSI: high improvement needs >= 50 % and >= 20, inclusive", "[outcomes]")
{
    const OarsiDomain none;
    CHECK(omeractOarsi(domain(40, 20), none, none).state == VerdictState::Met); // 50 %, 20
    CHECK(omeractOarsi(domain(40, 20), none, none).basis ==
          QStringLiteral("high improvement in pain"));
    CHECK(omeractOarsi(none, domain(40, 20), none).state == VerdictState::Met);
    // 19 points (47.5 %) is not high; with function and global missing it cannot be judged.
    CHECK(omeractOarsi(domain(40, 21), none, none).state == VerdictState::NotAssessable);
    // 60 -> 31: 48.3 % and 29: not high, but a moderate improvement of one domain only.
    CHECK(omeractOarsi(domain(60, 31), domain(50, 45), domain(50, 45)).state ==
          VerdictState::NotYetMet);
    // The patient global alone never counts as high improvement.
    CHECK(omeractOarsi(domain(50, 50), domain(50, 50), domain(80, 10)).state ==
          VerdictState::NotYetMet);
    // A non-integer boundary: 7/3 x 10 improvement on 14/3 x 10 baseline is exactly 50 %.
    const OarsiDomain exact{Rational(140, 3), Rational(70, 3)};
    CHECK(omeractOarsi(exact, none, none).state == VerdictState::Met);
}

TEST_CASE("OMERACT-OARSI: two of three domains with >= 20 % and >= 10, inclusive", "[outcomes]")
{
    CHECK(omeractOarsi(domain(50, 40), domain(50, 40), domain(50, 50)).state == VerdictState::Met);
    CHECK(omeractOarsi(domain(50, 40), domain(50, 41), domain(50, 50)).state ==
          VerdictState::NotYetMet); // function 9 points
    // 20 % but under 10 points (baseline 45 -> 36 = 9 points): not an improvement.
    CHECK(omeractOarsi(domain(45, 36), domain(50, 40), domain(45, 36)).state ==
          VerdictState::NotYetMet);
    // Pain and global count together.
    CHECK(omeractOarsi(domain(50, 40), domain(50, 50), domain(50, 40)).basis ==
          QStringLiteral("improvement in 2 of 3 domains"));
    // Baseline 0: no relative improvement is possible; the domain fails.
    CHECK(omeractOarsi(domain(0, 0), domain(50, 40), domain(0, 0)).state ==
          VerdictState::NotYetMet);
}

TEST_CASE("Pain verdict: >= 2 points or >= 30 % of baseline, computed exactly", "[outcomes]")
{
    Episode knee = kneeEpisode(QDate(2026, 9, 1));
    knee.id = 1;
    // Baseline 3, 3, 4 -> 10/3. At 6 weeks (2026-10-13) the last 7 days average 7/3:
    // improvement 1 = exactly 30 % of 10/3 (in floating point 0.2999...).
    QList<DailyEntry> entries{painEntry(QDate(2026, 8, 25), 3),  painEntry(QDate(2026, 8, 26), 3),
                              painEntry(QDate(2026, 8, 27), 4),  painEntry(QDate(2026, 10, 11), 2),
                              painEntry(QDate(2026, 10, 12), 2), painEntry(QDate(2026, 10, 13), 3)};
    OutcomeInputs in{knee, {kBaseline, kSixWeeks}, entries, {}, {}, QDate(2026, 11, 24)};
    const auto verdicts = outcomeVerdicts(in);
    const auto pain = find(verdicts, QStringLiteral("pain"), QStringLiteral("mcid"));
    REQUIRE(pain);
    CHECK(*pain->baseline == Rational(10, 3));
    CHECK(*pain->current == Rational(7, 3));
    CHECK(*pain->improvementPercent == Rational(30));
    CHECK(pain->state == VerdictState::Met);
    CHECK(pain->reason == QStringLiteral("met by percent"));

    entries.last().painAverage = 4; // average 8/3: 20 %, 0.67 points
    in.entries = entries;
    CHECK(find(outcomeVerdicts(in), QStringLiteral("pain"), QStringLiteral("mcid"))->state ==
          VerdictState::NotYetMet);

    in.entries = {painEntry(QDate(2026, 10, 13), 5)}; // no diary baseline: set-up pain 7
    const auto bySetup = find(outcomeVerdicts(in), QStringLiteral("pain"), QStringLiteral("mcid"));
    CHECK(*bySetup->baseline == Rational(7));
    CHECK(bySetup->state == VerdictState::Met); // exactly 2 points
    CHECK(bySetup->reason == QStringLiteral("met by points"));

    in.today = QDate(2026, 10, 12); // 6 weeks not reached yet: no verdict
    CHECK(outcomeVerdicts(in).isEmpty());
}

TEST_CASE("PROM verdicts: change against MCID, SCB and PASS with source and population",
          "[outcomes]")
{
    Episode hip = kneeEpisode(QDate(2026, 9, 1));
    hip.id = 1;
    hip.site = BodySite::Hip;
    const auto hoos = shipped(QStringLiteral("hoos-jr"));
    // Baseline raw 15 (43.335) -> 6 weeks raw 4 (76.776): +33.441 but PASS 76.8 not reached.
    QList<PromResponse> responses{
        completeResponse(hoos, QStringLiteral("baseline"), answersWithSum(hoos, 15, 4)),
        completeResponse(hoos, QStringLiteral("6w"), answersWithSum(hoos, 4, 4))};
    OutcomeInputs in{hip, {kBaseline, kSixWeeks}, {}, responses, {hoos}, QDate(2026, 11, 24)};
    auto verdicts = outcomeVerdicts(in);
    const auto scb = find(verdicts, QStringLiteral("hoos-jr/total"), QStringLiteral("scb"));
    REQUIRE(scb);
    CHECK(*scb->improvement == *Rational::parse(QStringLiteral("33.441")));
    CHECK(scb->state == VerdictState::Met);
    CHECK(scb->population == QStringLiteral("arthroplasty-derived"));
    CHECK(scb->source.contains(QStringLiteral("Lyman & Lee 2018")));
    const auto pass = find(verdicts, QStringLiteral("hoos-jr/total"), QStringLiteral("pass"));
    CHECK(pass->state == VerdictState::NotYetMet); // 76.776 < 76.8
    CHECK(find(verdicts, QStringLiteral("hoos-jr/total"), QStringLiteral("mcid"))->plain ==
          QStringLiteral("HOOS JR score, a change most people would notice: met at 6 weeks."));
    responses[1] = completeResponse(hoos, QStringLiteral("6w"), answersWithSum(hoos, 3, 4));
    in.responses = responses;
    CHECK(
        find(outcomeVerdicts(in), QStringLiteral("hoos-jr/total"), QStringLiteral("pass"))->state ==
        VerdictState::Met); // 80.550

    in.responses = {responses[1]}; // no baseline questionnaire
    const auto noBase =
        find(outcomeVerdicts(in), QStringLiteral("hoos-jr/total"), QStringLiteral("mcid"));
    CHECK(noBase->state == VerdictState::NotAssessable);
    CHECK(noBase->reason == QStringLiteral("no baseline HOOS JR score"));
}

TEST_CASE("ODI verdict: 10 points or 30 %, each inclusive", "[outcomes]")
{
    Episode back = kneeEpisode(QDate(2026, 9, 1));
    back.id = 1;
    back.site = BodySite::LumbarSpine;
    back.condition = Condition::DegenerativeDisc;
    const auto odi = testDefinition(QStringLiteral("odi-test.json"));
    auto verdictFor = [&](int baseSum, int followSum) {
        OutcomeInputs in{
            back,
            {kBaseline, kSixWeeks},
            {},
            {completeResponse(odi, QStringLiteral("baseline"), answersWithSum(odi, baseSum, 5)),
             completeResponse(odi, QStringLiteral("6w"), answersWithSum(odi, followSum, 5))},
            {odi},
            QDate(2026, 11, 24)};
        const auto all = outcomeVerdicts(in);
        return *find(all, QStringLiteral("odi/total"), QStringLiteral("mcid"));
    };
    CHECK(verdictFor(25, 20).state == VerdictState::Met);       // 50 -> 40: 10 points
    CHECK(verdictFor(10, 7).state == VerdictState::Met);        // 20 -> 14: 6 points = 30 %
    CHECK(verdictFor(10, 8).state == VerdictState::NotYetMet);  // 20 -> 16: 4 points, 20 %
    CHECK(verdictFor(25, 21).state == VerdictState::NotYetMet); // 50 -> 42: 8 points, 16 %
}

TEST_CASE("The patient reads one verdict row per kind of threshold, in words", "[outcomes]")
{
    const auto koos = shipped(QStringLiteral("koos-jr"));
    QList<PromResponse> responses{
        completeResponse(koos, QStringLiteral("baseline"), answersWithSum(koos, 15, 4)),
        completeResponse(koos, QStringLiteral("6w"), answersWithSum(koos, 6, 4))};
    const OutcomeInputs in{kneeEpisode(QDate(2026, 9, 1)),
                           {kBaseline, kSixWeeks},
                           {},
                           responses,
                           {koos},
                           QDate(2026, 11, 24)};
    QStringList patientRows;
    int mcids = 0;
    for (const auto &v : outcomeVerdicts(in)) {
        mcids +=
            v.measureId == QLatin1String("koos-jr/total") && v.criterion == QLatin1String("mcid");
        if (v.forPatient)
            patientRows << v.plain;
    }
    CHECK(mcids == 2); // anchor- and distribution-based, both for the clinician
    INFO(patientRows.join(QLatin1Char('\n')).toStdString());
    CHECK(patientRows.removeDuplicates() == 0);
    CHECK(patientRows.filter(QStringLiteral("a change most people would notice")).size() == 1);
    CHECK(patientRows.filter(QStringLiteral("clinically important")).isEmpty());
    CHECK(patientRows.filter(QStringLiteral("KOOS JR score, a large improvement")).size() == 1);
}

TEST_CASE("The MCID band around a baseline score stays inside the scale", "[outcomes]")
{
    const auto koos = shipped(QStringLiteral("koos-jr"));
    const ScaleDefinition &scale = koos.scales.first();
    // The first MCID the definition gives (14 points, anchor-based) is the one shown.
    const auto middle = mcidBand(scale, *Rational::parse(QStringLiteral("50.5")));
    REQUIRE(middle);
    CHECK(middle->low == *Rational::parse(QStringLiteral("36.5")));
    CHECK(middle->high == *Rational::parse(QStringLiteral("64.5")));
    CHECK(*middle->mcid.points == Rational(14));
    CHECK(middle->mcid.population == QStringLiteral("arthroplasty-derived"));
    const auto nearTop = mcidBand(scale, *Rational::parse(QStringLiteral("91.975")));
    REQUIRE(nearTop);
    CHECK(nearTop->high == scale.scoreMax);
    CHECK(nearTop->low == *Rational::parse(QStringLiteral("77.975")));
    CHECK(mcidBand(scale, Rational(5))->low == scale.scoreMin);

    ScaleDefinition noMcid = scale;
    noMcid.thresholds.clear();
    CHECK_FALSE(mcidBand(noMcid, Rational(50)));
}

namespace {

Verdict verdictAt(const QString &timePoint, const QString &measure, const QString &threshold,
                  VerdictState state, const QString &reason)
{
    Verdict v;
    v.timePointLabel = timePoint;
    v.measureLabel = measure;
    v.criterionLabel = QStringLiteral("Minimal clinically important difference");
    v.threshold = threshold;
    v.population = QStringLiteral("arthroplasty-derived");
    v.source = QStringLiteral("AJRR, JBJS 2026");
    v.state = state;
    v.reason = reason;
    return v;
}

} // namespace

TEST_CASE("The report's outcome lines: time points missing alike on one line, each source once",
          "[outcomes][report]")
{
    QList<Verdict> verdicts;
    for (const auto &tp :
         {QStringLiteral("6 weeks"), QStringLiteral("3 months"), QStringLiteral("24 months")}) {
        Verdict pain = verdictAt(tp, QStringLiteral("Average pain"), QStringLiteral(">= 2 points"),
                                 VerdictState::Met, QStringLiteral("met by points"));
        pain.baseline = Rational(7);
        pain.current = Rational(4);
        pain.improvement = Rational(3);
        pain.criterionLabel = QStringLiteral("Clinically important improvement");
        pain.source = QStringLiteral("Farrar 2001");
        verdicts << pain
                 << verdictAt(tp, QStringLiteral("KOOS JR"), QStringLiteral(">= 14 points"),
                              VerdictState::NotAssessable,
                              QStringLiteral("no KOOS JR answered at ") + tp);
    }
    // Another reason does not join the line of the missing answers.
    verdicts << verdictAt(QStringLiteral("12 months"), QStringLiteral("KOOS JR"),
                          QStringLiteral(">= 14 points"), VerdictState::NotAssessable,
                          QStringLiteral("no baseline KOOS JR score"));
    verdicts[1].state = VerdictState::NotYetMet; // 6 weeks answered, not yet met
    verdicts[1].reason.clear();
    verdicts[1].baseline = Rational(40);
    verdicts[1].current = Rational(45);
    verdicts[1].improvement = Rational(5);

    const VerdictLines out = verdictLines(verdicts);
    const QStringList expected{
        QStringLiteral("6 weeks · Average pain · Clinically important improvement [1]: 7.0 → "
                       "4.0 (3.0)"),
        QStringLiteral("6 weeks · KOOS JR · Minimal clinically important difference [2]: 40.0 → "
                       "45.0 (5.0)"),
        QStringLiteral("3 months · Average pain · Clinically important improvement [1]: 7.0 → "
                       "4.0 (3.0)"),
        QStringLiteral("24 months · Average pain · Clinically important improvement [1]: 7.0 → "
                       "4.0 (3.0)"),
        QStringLiteral("KOOS JR · Minimal clinically important difference [2]: 3 months, 24 "
                       "months — no KOOS JR answered"),
        QStringLiteral("KOOS JR · Minimal clinically important difference [2]: 12 months — no "
                       "baseline KOOS JR score")};
    QStringList texts, states;
    for (const auto &line : out.lines) {
        texts << line.text;
        states << line.state;
    }
    CHECK(texts == expected);
    CHECK(states == QStringList{QStringLiteral("met"), QStringLiteral("not yet met"),
                                QStringLiteral("met"), QStringLiteral("met"),
                                QStringLiteral("cannot be judged yet"),
                                QStringLiteral("cannot be judged yet")});
    CHECK(out.sources ==
          QStringList{QStringLiteral("[1] needs >= 2 points · arthroplasty-derived; Farrar 2001"),
                      QStringLiteral("[2] needs >= 14 points · arthroplasty-derived; AJRR, JBJS "
                                     "2026")});
}
