#pragma once

#include "outcomes.h"

#include <QCoreApplication>
#include <optional>

namespace mend {

/** The translation context of the verdicts' words: the patient's (Verdict::plain) and the
 *  clinician's fields (labels, thresholds, reasons), which the review and the report quote. Sources
 *  (citations) are not translated. mend-cli installs no translation, so its output is English. */
struct Outcomes
{
    Q_DECLARE_TR_FUNCTIONS(Outcomes)
};

inline const Rational kHundred{100};

/** The improvement as a percent of the baseline's size; none for a baseline of 0. */
std::optional<Rational> percentOf(const Rational &improvement, const Rational &baseline);

/** A score as the language Mend runs in writes it, exact to `decimals` (12,5 in Spanish). */
QString inLocale(const Rational &value, int decimals);
/** The same without trailing zeros, as thresholds are written: 7.5, or 7,5 in Spanish. */
QString shortInLocale(const Rational &value);
/** A figure in the language's decimal point (6,3 in Spanish), or "–" when there is none. */
QString figureOrDash(const std::optional<double> &value, int decimals = 1);

/** The verdict in the patient's words and language: `what` was met or not yet at the time point;
 *  `missing` says, in those words too, why it cannot be judged yet. */
QString plainFor(const Verdict &v, const PromTimePoint &tp, const QString &what,
                 const QString &missing);

} // namespace mend
