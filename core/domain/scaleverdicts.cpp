#include "scaleverdicts.h"

#include "verdictwording.h"

#include <algorithm>

namespace mend {
namespace {

QString thresholdText(const ScoreThreshold &t)
{
    if (t.kind == ScoreThreshold::Kind::Pass)
        return Outcomes::tr("score %1").arg(shortInLocale(*t.points));
    QStringList parts;
    if (t.points)
        parts << Outcomes::tr(">= %1 points").arg(shortInLocale(*t.points));
    if (t.percent)
        parts << Outcomes::tr(">= %1 %").arg(shortInLocale(*t.percent));
    return parts.join(Outcomes::tr(" or "));
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
        return Outcomes::tr("Minimal clinically important difference");
    case ScoreThreshold::Kind::SubstantialClinicalBenefit:
        return Outcomes::tr("Substantial clinical benefit");
    case ScoreThreshold::Kind::MinimalDetectableChange:
        return Outcomes::tr("Minimal detectable change");
    case ScoreThreshold::Kind::Pass:
        return Outcomes::tr("Patient acceptable symptom state");
    }
    return {};
}

} // namespace

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
        v.timePointLabel = patientLabel(tp);
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
            v.reason = current ? Outcomes::tr("the %1 answers have no score").arg(patientLabel(tp))
                               : Outcomes::tr("no %1 answered at %2")
                                     .arg(instrument.shortName, patientLabel(tp));
        } else if (!v.baseline && !isState) {
            v.reason = Outcomes::tr("no baseline %1 score").arg(instrument.shortName);
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

} // namespace mend
