#include "outcomes.h"

#include "limits.h"
#include "outcomecriteria.h"
#include "scaleverdicts.h"
#include "verdictwording.h"

#include <QLocale>
#include <algorithm>

namespace mend {
namespace {

bool reaches(const Rational &improvement, const Rational &baseline, const Rational &percent,
             const Rational &absolute)
{
    // improvement / baseline >= percent % without dividing: improvement x 100 >= percent x baseline
    return baseline > Rational(0) && improvement * kHundred >= percent * baseline &&
           improvement >= absolute;
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
    v.measureLabel = Outcomes::tr("Average pain, 7-day mean (0-10)");
    v.timePointId = tp.id;
    v.timePointLabel = patientLabel(tp);
    v.date = target;
    v.criterion = QStringLiteral("mcid");
    v.criterionLabel = Outcomes::tr("Clinically important improvement");
    v.threshold =
        Outcomes::tr(">= %1 points or >= %2 %")
            .arg(criteria::kPainMcidPoints.toString(0), criteria::kPainMcidPercent.toString(0));
    v.source = criteria::kPainMcidSource;
    v.population = Outcomes::tr(criteria::kPainMcidPopulation);
    v.evidence = QStringLiteral("[V]");
    v.decimals = 1;
    v.baseline = painBaseline(in.episode, in.entries);
    v.current = painWeekAverage(in.entries, target);
    if (!v.current) {
        v.reason = Outcomes::tr("no diary entries in the 7 days up to %1")
                       .arg(target.toString(Qt::ISODate));
    } else {
        v.improvement = *v.baseline - *v.current;
        v.improvementPercent = percentOf(*v.improvement, *v.baseline);
        const bool byPoints = *v.improvement >= criteria::kPainMcidPoints;
        const bool byPercent =
            *v.baseline > Rational(0) &&
            *v.improvement * kHundred >= criteria::kPainMcidPercent * *v.baseline;
        v.state = byPoints || byPercent ? VerdictState::Met : VerdictState::NotYetMet;
        v.reason = byPoints && byPercent ? Outcomes::tr("met by points and by percent")
                   : byPoints            ? Outcomes::tr("met by points")
                   : byPercent           ? Outcomes::tr("met by percent")
                                         : QString();
    }
    v.plain = plainFor(v, tp, Outcomes::tr("Pain relief most people notice (2 points or 30 %)"),
                       Outcomes::tr("no diary entries in the 7 days up to %1")
                           .arg(QLocale().toString(target, QStringLiteral("d MMM yyyy"))));
    return v;
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
    v.measureLabel = Outcomes::tr("OMERACT-OARSI responder");
    v.timePointId = tp.id;
    v.timePointLabel = patientLabel(tp);
    v.date = target;
    v.criterion = QStringLiteral("responder");
    v.criterionLabel = Outcomes::tr("Responder");
    v.threshold = Outcomes::tr("pain or function >= 50 % and >= 20; or 2 of pain, function, "
                               "global >= 20 % and >= 10 (0-100, higher = worse)");
    v.source = criteria::kOarsiSource;
    v.population = Outcomes::tr("osteoarthritis trials");
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
    const Named domains[] = {{QT_TRANSLATE_NOOP("Outcomes", "pain"), &pain},
                             {QT_TRANSLATE_NOOP("Outcomes", "function"), &function},
                             {QT_TRANSLATE_NOOP("Outcomes", "patient global"), &global}};
    QStringList missing;
    int moderate = 0;
    for (const auto &d : domains) {
        if (!d.domain->baseline || !d.domain->current) {
            missing << Outcomes::tr(d.name);
            continue;
        }
        const Rational improvement = *d.domain->baseline - *d.domain->current;
        const bool highEligible = d.domain != &global;
        if (highEligible && reaches(improvement, *d.domain->baseline, criteria::kOarsiHighPercent,
                                    criteria::kOarsiHighAbsolute))
            return {VerdictState::Met,
                    Outcomes::tr("high improvement in %1").arg(Outcomes::tr(d.name))};
        if (reaches(improvement, *d.domain->baseline, criteria::kOarsiModeratePercent,
                    criteria::kOarsiModerateAbsolute))
            ++moderate;
    }
    if (moderate >= criteria::kOarsiModerateDomainsNeeded)
        return {VerdictState::Met, Outcomes::tr("improvement in %1 of 3 domains").arg(moderate)};
    if (!missing.isEmpty())
        return {VerdictState::NotAssessable, Outcomes::tr("no baseline and follow-up for %1")
                                                 .arg(missing.join(QStringLiteral(", ")))};
    return {VerdictState::NotYetMet, Outcomes::tr("improvement in %1 of 3 domains").arg(moderate)};
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
