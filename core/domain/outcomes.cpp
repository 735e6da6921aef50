#include "outcomes.h"

#include "limits.h"
#include "outcomecriteria.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace mend {
namespace {

/** The translation context of the verdicts' words for the patient (Verdict::plain); the
 *  clinician's fields (labels, thresholds, reasons) stay English, as the report that quotes them.
 */
struct Outcomes
{
    Q_DECLARE_TR_FUNCTIONS(Outcomes)
};

const Rational kHundred{100};

bool reaches(const Rational &improvement, const Rational &baseline, const Rational &percent,
             const Rational &absolute)
{
    // improvement / baseline >= percent % without dividing: improvement x 100 >= percent x baseline
    return baseline > Rational(0) && improvement * kHundred >= percent * baseline &&
           improvement >= absolute;
}

std::optional<Rational> percentOf(const Rational &improvement, const Rational &baseline)
{
    if (baseline.isZero())
        return std::nullopt;
    return improvement * kHundred / (baseline < Rational(0) ? -baseline : baseline);
}

/** The verdict in the patient's words and language: `what` was met or not yet at the time point;
 *  `missing` says, in those words too, why it cannot be judged yet. */
QString plainFor(const Verdict &v, const PromTimePoint &tp, const QString &what,
                 const QString &missing)
{
    const QString when = patientLabel(tp);
    switch (v.state) {
    case VerdictState::Met:
        return Outcomes::tr("%1: met at %2.").arg(what, when);
    case VerdictState::NotYetMet:
        return Outcomes::tr("%1: not yet met at %2.").arg(what, when);
    case VerdictState::NotAssessable:
        break;
    }
    return Outcomes::tr("%1: cannot be judged at %2 (%3).").arg(what, when, missing);
}

const PromTimePoint *baselineTimePoint(const QList<PromTimePoint> &timePoints)
{
    const PromTimePoint *found = nullptr;
    for (const auto &tp : timePoints)
        if (tp.day <= 0)
            found = &tp;
    return found;
}

const PromResponse *completeResponse(const QList<PromResponse> &responses,
                                     const QString &instrumentId, const QString &timePointId)
{
    for (const auto &r : responses)
        if (r.complete && r.instrumentId == instrumentId && r.timePointId == timePointId)
            return &r;
    return nullptr;
}

Verdict painVerdict(const OutcomeInputs &in, const PromTimePoint &tp, const QDate &target)
{
    Verdict v;
    v.measureId = QStringLiteral("pain");
    v.measureLabel = QStringLiteral("Average pain, 7-day mean (0-10)");
    v.timePointId = tp.id;
    v.timePointLabel = tp.label;
    v.date = target;
    v.criterion = QStringLiteral("mcid");
    v.criterionLabel = QStringLiteral("Clinically important improvement");
    v.threshold =
        QStringLiteral(">= %1 points or >= %2 %")
            .arg(criteria::kPainMcidPoints.toString(0), criteria::kPainMcidPercent.toString(0));
    v.source = criteria::kPainMcidSource;
    v.population = criteria::kPainMcidPopulation;
    v.evidence = QStringLiteral("[V]");
    v.decimals = 1;
    v.baseline = painBaseline(in.episode, in.entries);
    v.current = painWeekAverage(in.entries, target);
    if (!v.current) {
        v.reason = QStringLiteral("no diary entries in the 7 days up to %1")
                       .arg(target.toString(Qt::ISODate));
    } else {
        v.improvement = *v.baseline - *v.current;
        v.improvementPercent = percentOf(*v.improvement, *v.baseline);
        const bool byPoints = *v.improvement >= criteria::kPainMcidPoints;
        const bool byPercent =
            *v.baseline > Rational(0) &&
            *v.improvement * kHundred >= criteria::kPainMcidPercent * *v.baseline;
        v.state = byPoints || byPercent ? VerdictState::Met : VerdictState::NotYetMet;
        v.reason = byPoints && byPercent ? QStringLiteral("met by points and by percent")
                   : byPoints            ? QStringLiteral("met by points")
                   : byPercent           ? QStringLiteral("met by percent")
                                         : QString();
    }
    v.plain = plainFor(v, tp, Outcomes::tr("Pain relief most people notice (2 points or 30 %)"),
                       Outcomes::tr("no diary entries in the 7 days up to %1")
                           .arg(QLocale().toString(target, QStringLiteral("d MMM yyyy"))));
    return v;
}

QString thresholdText(const ScoreThreshold &t)
{
    if (t.kind == ScoreThreshold::Kind::Pass)
        return QStringLiteral("score %1").arg(t.points->toShortString());
    QStringList parts;
    if (t.points)
        parts << QStringLiteral(">= %1 points").arg(t.points->toShortString());
    if (t.percent)
        parts << QStringLiteral(">= %1 %").arg(t.percent->toShortString());
    return parts.join(QStringLiteral(" or "));
}

QString criterionKey(ScoreThreshold::Kind kind)
{
    switch (kind) {
    case ScoreThreshold::Kind::Mcid:
        return QStringLiteral("mcid");
    case ScoreThreshold::Kind::SubstantialClinicalBenefit:
        return QStringLiteral("scb");
    case ScoreThreshold::Kind::MinimalDetectableChange:
        return QStringLiteral("mdc");
    case ScoreThreshold::Kind::Pass:
        return QStringLiteral("pass");
    }
    return {};
}

/** What the threshold means, in a patient's words. */
QString plainCriterion(ScoreThreshold::Kind kind)
{
    switch (kind) {
    case ScoreThreshold::Kind::Mcid:
        return Outcomes::tr("a change most people would notice");
    case ScoreThreshold::Kind::SubstantialClinicalBenefit:
        return Outcomes::tr("a large improvement");
    case ScoreThreshold::Kind::MinimalDetectableChange:
        return Outcomes::tr("a change larger than the questionnaire's own variation");
    case ScoreThreshold::Kind::Pass:
        return Outcomes::tr("a level most people find acceptable");
    }
    return {};
}

QString criterionLabel(ScoreThreshold::Kind kind)
{
    switch (kind) {
    case ScoreThreshold::Kind::Mcid:
        return QStringLiteral("Minimal clinically important difference");
    case ScoreThreshold::Kind::SubstantialClinicalBenefit:
        return QStringLiteral("Substantial clinical benefit");
    case ScoreThreshold::Kind::MinimalDetectableChange:
        return QStringLiteral("Minimal detectable change");
    case ScoreThreshold::Kind::Pass:
        return QStringLiteral("Patient acceptable symptom state");
    }
    return {};
}

QList<Verdict> scaleVerdicts(const Instrument &instrument, const ScaleDefinition &scale,
                             const PromResponse *baseline, const PromResponse *current,
                             const PromTimePoint &tp, const QDate &target)
{
    QList<Verdict> out;
    for (const auto &t : scale.thresholds) {
        Verdict v;
        v.measureId = instrument.id + QLatin1Char('/') + scale.id;
        v.measureLabel = scale.label;
        v.timePointId = tp.id;
        v.timePointLabel = tp.label;
        v.date = target;
        v.criterion = criterionKey(t.kind);
        v.criterionLabel = criterionLabel(t.kind);
        v.threshold = thresholdText(t);
        v.source = t.source;
        v.population = t.population;
        v.evidence = t.status;
        v.decimals = scale.decimals;
        if (baseline)
            v.baseline = baseline->score(scale.id);
        if (current)
            v.current = current->score(scale.id);
        const bool isState = t.kind == ScoreThreshold::Kind::Pass;
        QString missing;
        if (!v.current) {
            missing = current ? Outcomes::tr("the answers give no score")
                              : Outcomes::tr("%1 not answered").arg(instrument.shortName);
            v.reason =
                current
                    ? QStringLiteral("the %1 answers have no score").arg(tp.label)
                    : QStringLiteral("no %1 answered at %2").arg(instrument.shortName, tp.label);
        } else if (!v.baseline && !isState) {
            v.reason = QStringLiteral("no baseline %1 score").arg(instrument.shortName);
            missing =
                Outcomes::tr("no %1 score from before the injection").arg(instrument.shortName);
        }
        if (v.current && v.baseline) {
            v.improvement =
                scale.higherIsBetter ? *v.current - *v.baseline : *v.baseline - *v.current;
            v.improvementPercent = percentOf(*v.improvement, *v.baseline);
        }
        if (isState && v.current) {
            const bool met =
                scale.higherIsBetter ? *v.current >= *t.points : *v.current <= *t.points;
            v.state = met ? VerdictState::Met : VerdictState::NotYetMet;
        } else if (!isState && v.improvement) {
            const bool byPoints = t.points && *v.improvement >= *t.points;
            const bool byPercent = t.percent && *v.baseline > Rational(0) &&
                                   *v.improvement * kHundred >= *t.percent * *v.baseline;
            v.state = byPoints || byPercent ? VerdictState::Met : VerdictState::NotYetMet;
        }
        v.plain = plainFor(
            v, tp, Outcomes::tr("%1 score, %2").arg(scale.label, plainCriterion(t.kind)), missing);
        // Two published thresholds of one kind (e.g. anchor- and distribution-based MCIDs) read
        // the same to a patient: the first, the instrument's primary one, stands for both.
        v.forPatient = std::none_of(out.begin(), out.end(), [&](const Verdict &o) {
            return o.criterion == v.criterion && o.measureId == v.measureId;
        });
        out.append(v);
    }
    return out;
}

/** A scale score as 0-100 severity (higher = worse), as OMERACT-OARSI needs. */
std::optional<Rational> severity(const ScaleDefinition &scale, const std::optional<Rational> &score)
{
    if (!score)
        return std::nullopt;
    const Rational range = scale.scoreMax - scale.scoreMin;
    const Rational fromWorst =
        scale.higherIsBetter ? scale.scoreMax - *score : *score - scale.scoreMin;
    return fromWorst * kHundred / range;
}

Verdict oarsiVerdict(const OutcomeInputs &in, const PromTimePoint &tp, const QDate &target,
                     const PromTimePoint *baseTp)
{
    Verdict v;
    v.measureId = QStringLiteral("omeract-oarsi");
    v.measureLabel = QStringLiteral("OMERACT-OARSI responder");
    v.timePointId = tp.id;
    v.timePointLabel = tp.label;
    v.date = target;
    v.criterion = QStringLiteral("responder");
    v.criterionLabel = QStringLiteral("Responder");
    v.threshold = QStringLiteral("pain or function >= 50 % and >= 20; or 2 of pain, function, "
                                 "global >= 20 % and >= 10 (0-100, higher = worse)");
    v.source = criteria::kOarsiSource;
    v.population = QStringLiteral("osteoarthritis trials");
    v.evidence = QStringLiteral("[R]");

    OarsiDomain pain;
    pain.baseline = painBaseline(in.episode, in.entries) * Rational(10);
    if (const auto c = painWeekAverage(in.entries, target))
        pain.current = *c * Rational(10);

    OarsiDomain function;
    OarsiDomain global;
    for (const auto &instrument : in.instruments) {
        if (instrument.oarsiDomain.isEmpty() || instrument.scales.isEmpty())
            continue;
        OarsiDomain &domain = instrument.oarsiDomain == QLatin1String("global") ? global : function;
        if (domain.current || domain.baseline)
            continue;
        const auto &scale = instrument.scales.first();
        if (const auto *r = completeResponse(in.responses, instrument.id, tp.id))
            domain.current = severity(scale, r->score(scale.id));
        if (baseTp)
            if (const auto *r = completeResponse(in.responses, instrument.id, baseTp->id))
                domain.baseline = severity(scale, r->score(scale.id));
    }
    const auto result = omeractOarsi(pain, function, global);
    v.state = result.state;
    v.reason = result.basis;
    v.plain = plainFor(v, tp, Outcomes::tr("Overall response as defined for osteoarthritis trials"),
                       Outcomes::tr("some of the answers it needs are missing"));
    return v;
}

} // namespace

OarsiResult omeractOarsi(const OarsiDomain &pain, const OarsiDomain &function,
                         const OarsiDomain &global)
{
    struct Named
    {
        const char *name;
        const OarsiDomain *domain;
    };
    const Named domains[] = {{"pain", &pain}, {"function", &function}, {"patient global", &global}};
    QStringList missing;
    int moderate = 0;
    for (const auto &d : domains) {
        if (!d.domain->baseline || !d.domain->current) {
            missing << QString::fromLatin1(d.name);
            continue;
        }
        const Rational improvement = *d.domain->baseline - *d.domain->current;
        const bool highEligible = d.domain != &global;
        if (highEligible && reaches(improvement, *d.domain->baseline, criteria::kOarsiHighPercent,
                                    criteria::kOarsiHighAbsolute))
            return {VerdictState::Met,
                    QStringLiteral("high improvement in %1").arg(QString::fromLatin1(d.name))};
        if (reaches(improvement, *d.domain->baseline, criteria::kOarsiModeratePercent,
                    criteria::kOarsiModerateAbsolute))
            ++moderate;
    }
    if (moderate >= criteria::kOarsiModerateDomainsNeeded)
        return {VerdictState::Met, QStringLiteral("improvement in %1 of 3 domains").arg(moderate)};
    if (!missing.isEmpty())
        return {VerdictState::NotAssessable, QStringLiteral("no baseline and follow-up for %1")
                                                 .arg(missing.join(QStringLiteral(", ")))};
    return {VerdictState::NotYetMet,
            QStringLiteral("improvement in %1 of 3 domains").arg(moderate)};
}

std::optional<Rational> painWeekAverage(const QList<DailyEntry> &entries, const QDate &end)
{
    const QDate start = end.addDays(-6);
    std::int64_t sum = 0;
    std::int64_t count = 0;
    for (const auto &e : entries)
        if (e.date >= start && e.date <= end) {
            sum += e.painAverage;
            ++count;
        }
    if (count == 0)
        return std::nullopt;
    return Rational(sum, count);
}

Rational painBaseline(const Episode &episode, const QList<DailyEntry> &entries)
{
    const QDate first = episode.injectionDate.addDays(-kBaselineWindowDays);
    std::int64_t sum = 0;
    std::int64_t count = 0;
    for (const auto &e : entries)
        if (e.date >= first && e.date < episode.injectionDate) {
            sum += e.painAverage;
            ++count;
        }
    return count > 0 ? Rational(sum, count) : Rational(episode.baselinePain);
}

QList<Verdict> outcomeVerdicts(const OutcomeInputs &in)
{
    QList<Verdict> out;
    const PromTimePoint *baseTp = baselineTimePoint(in.timePoints);
    for (const auto &tp : in.timePoints) {
        const QDate target = in.episode.injectionDate.addDays(tp.day);
        if (tp.day <= 0 || target > in.today)
            continue;
        out.append(painVerdict(in, tp, target));
        for (const auto &instrument : in.instruments) {
            const auto *current = completeResponse(in.responses, instrument.id, tp.id);
            const auto *baseline =
                baseTp ? completeResponse(in.responses, instrument.id, baseTp->id) : nullptr;
            for (const auto &scale : instrument.scales)
                out.append(scaleVerdicts(instrument, scale, baseline, current, tp, target));
        }
        if (in.episode.condition == Condition::Osteoarthritis)
            out.append(oarsiVerdict(in, tp, target, baseTp));
    }
    return out;
}

std::optional<McidBand> mcidBand(const ScaleDefinition &scale, const Rational &baseline)
{
    const auto mcid =
        std::find_if(scale.thresholds.begin(), scale.thresholds.end(), [](const ScoreThreshold &t) {
            return t.kind == ScoreThreshold::Kind::Mcid && t.points;
        });
    if (mcid == scale.thresholds.end())
        return std::nullopt;
    return McidBand{std::max(scale.scoreMin, baseline - *mcid->points),
                    std::min(scale.scoreMax, baseline + *mcid->points), *mcid};
}

QString toKey(VerdictState state)
{
    switch (state) {
    case VerdictState::Met:
        return QStringLiteral("met");
    case VerdictState::NotYetMet:
        return QStringLiteral("not yet met");
    case VerdictState::NotAssessable:
        return QStringLiteral("not assessable");
    }
    return {};
}

} // namespace mend
