#pragma once

#include "dailyentry.h"
#include "episode.h"
#include "instrument.h"
#include "promresponse.h"
#include "protocol.h"

namespace mend {

enum class VerdictState
{
    Met,
    NotYetMet,
    NotAssessable ///< data missing; reason says which
};

/** One criterion checked at one time point: the numbers, the threshold, its source, the result. */
struct Verdict
{
    QString measureId;    ///< "pain", "koos-jr/total", "omeract-oarsi"
    QString measureLabel; ///< "Average pain, 7 days (0-10)", "KOOS JR", ...
    QString timePointId;
    QString timePointLabel;
    QDate date;        ///< the time point's target day
    QString criterion; ///< "mcid", "scb", "mdc", "pass", "responder"
    QString criterionLabel;
    std::optional<Rational> baseline;
    std::optional<Rational> current;
    std::optional<Rational> improvement;        ///< in the better direction
    std::optional<Rational> improvementPercent; ///< of baseline; none when baseline is 0
    QString threshold;                          ///< e.g. ">= 2 points or >= 30 %"
    QString source;
    QString population;
    QString evidence; ///< the reference's tag, e.g. "[V]"
    int decimals = 1;
    VerdictState state = VerdictState::NotAssessable;
    QString reason; ///< why not assessable, or which part was met
    QString plain;  ///< the verdict in plain words for the patient
    /** Shown on the patient's screen: the first threshold of its kind for its measure and time
     *  point (the clinician's detail lists every published threshold). */
    bool forPatient = true;
};

/** An OMERACT-OARSI domain normalised to 0-100, higher = worse. */
struct OarsiDomain
{
    std::optional<Rational> baseline;
    std::optional<Rational> current;
};

struct OarsiResult
{
    VerdictState state = VerdictState::NotAssessable;
    QString basis; ///< which rule made the responder, or what is missing
};

/** OMERACT-OARSI responder from pain, function and patient global (clinical-reference.md §4). */
OarsiResult omeractOarsi(const OarsiDomain &pain, const OarsiDomain &function,
                         const OarsiDomain &global);

/** Mean average-pain NRS of the 7 days ending on a date, exactly; none without entries. */
std::optional<Rational> painWeekAverage(const QList<DailyEntry> &entries, const QDate &end);
/** Pre-injection pain baseline, exactly: mean of the 14 days before, else the set-up value. */
Rational painBaseline(const Episode &episode, const QList<DailyEntry> &entries);

/** The scores within one MCID of a baseline score, kept inside the scale: a change that stays
 *  inside is too small for a patient to notice (clinical-reference.md §4). */
struct McidBand
{
    Rational low;
    Rational high;
    ScoreThreshold mcid; ///< the threshold it comes from, with its source and population
};
/** The band around baseline, or none when the scale has no MCID in points. */
std::optional<McidBand> mcidBand(const ScaleDefinition &scale, const Rational &baseline);

/** Everything the verdicts are computed from. */
struct OutcomeInputs
{
    Episode episode;
    QList<PromTimePoint> timePoints;
    QList<DailyEntry> entries;
    QList<PromResponse> responses;
    QList<Instrument> instruments; ///< the scheduled ones: site instrument(s), then global ones
    QDate today;
};

/**
 * Every verdict for each post-injection time point that has been reached: pain against its MCID,
 * each scale against its thresholds, and OMERACT-OARSI for osteoarthritis.
 */
QList<Verdict> outcomeVerdicts(const OutcomeInputs &inputs);

QString toKey(VerdictState state);
/** The state in words, in the language Mend runs in: "met", "not yet met", "cannot be judged
 *  yet". */
QString stateText(VerdictState state);

} // namespace mend
