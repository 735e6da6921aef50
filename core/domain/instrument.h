#pragma once

#include "rational.h"
#include "treatment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace mend {

/** One answer choice of an item: what the patient sees and the value it scores. */
struct ResponseOption
{
    QString label;
    int value = 0;
    QString group; ///< optional heading, e.g. VISA-A 8A / 8B / 8C
};

/** One question of an instrument. */
struct InstrumentItem
{
    QString id;
    QString text;
    QString section;
    QList<ResponseOption> options;

    /** Whether a value is one of the item's options. */
    bool accepts(int value) const
    {
        return std::any_of(options.begin(), options.end(),
                           [value](const ResponseOption &o) { return o.value == value; });
    }
};

/** How a scale turns item values into a score. */
enum class ScoringMethod
{
    Table,        ///< raw sum -> published conversion table (never interpolated)
    MeanRescaled, ///< (mean - itemMin) / (itemMax - itemMin) x 100, optionally 100 minus that
    PercentOfMax, ///< sum / (itemMax x answered) x 100
    Sum           ///< sum of the item values
};

/** A published threshold for a scale, with where and in whom it was derived. */
struct ScoreThreshold
{
    enum class Kind
    {
        Mcid,                       ///< minimal clinically important difference (a change)
        SubstantialClinicalBenefit, ///< a change
        MinimalDetectableChange,    ///< a change
        Pass                        ///< patient acceptable symptom state (a score)
    };
    Kind kind = Kind::Mcid;
    std::optional<Rational> points;  ///< change (or score for PASS) in scale points
    std::optional<Rational> percent; ///< or: improvement as percent of baseline
    QString source;
    QString population; ///< e.g. "arthroplasty-derived"
    QString status;     ///< the reference's evidence tag, e.g. "[V]" or "[V2]"
};

/** A scored scale of an instrument (KOOS JR has one, full KOOS five). */
struct ScaleDefinition
{
    QString id;
    QString label;
    QStringList itemIds;
    ScoringMethod method = ScoringMethod::Sum;
    QList<Rational> table; ///< Table: index = raw sum
    int itemMin = 0;
    int itemMax = 4;
    bool invert = false; ///< MeanRescaled: 100 - rescaled mean
    int minAnswered = 0; ///< the missing-item rule: fewer answered items -> no score
    QString missingRule; ///< the rule in words, with its source
    bool higherIsBetter = true;
    int decimals = 1;
    Rational scoreMin{0};
    Rational scoreMax{100};
    QList<ScoreThreshold> thresholds;
};

/** A questionnaire definition: wording, items, scales, licence (the files in assets/instruments).
 */
struct Instrument
{
    QString id;
    int version = 1;
    QString name;
    QString shortName;
    QString recallPeriod;
    QString instructions;
    QString copyright;
    QString licence;
    QString source;
    bool placeholderWording = false;   ///< test-only definitions without the licensed text
    bool changeSinceInjection = false; ///< asked only after the injection (e.g. PGIC)
    QList<BodySite> defaultForSites;
    /** The joints the instrument was validated for (KOOS the knee, HOOS the hip); empty: any. */
    QList<BodySite> validForSites;
    QString loinc; ///< the total score's LOINC code, when there is one
    /** The OMERACT-OARSI domain its first scale stands for: "function", "global" or empty. */
    QString oarsiDomain;
    QList<InstrumentItem> items;
    QList<ScaleDefinition> scales;

    /** Whether it may be offered to a patient treated at site. */
    bool validFor(BodySite site) const
    {
        return validForSites.isEmpty() || validForSites.contains(site);
    }
    const InstrumentItem *item(const QString &itemId) const
    {
        for (const auto &i : items)
            if (i.id == itemId)
                return &i;
        return nullptr;
    }
    const ScaleDefinition *scale(const QString &scaleId) const
    {
        for (const auto &s : scales)
            if (s.id == scaleId)
                return &s;
        return nullptr;
    }
};

} // namespace mend
