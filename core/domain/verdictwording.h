#pragma once

#include "outcomes.h"

#include <QCoreApplication>
#include <optional>

namespace mend {

/** The translation context of the verdicts' words for the patient (Verdict::plain); the
 *  clinician's fields (labels, thresholds, reasons) stay English, as the report that quotes them.
 */
struct Outcomes
{
    Q_DECLARE_TR_FUNCTIONS(Outcomes)
};

inline const Rational kHundred{100};

/** The improvement as a percent of the baseline's size; none for a baseline of 0. */
std::optional<Rational> percentOf(const Rational &improvement, const Rational &baseline);

/** The verdict in the patient's words and language: `what` was met or not yet at the time point;
 *  `missing` says, in those words too, why it cannot be judged yet. */
QString plainFor(const Verdict &v, const PromTimePoint &tp, const QString &what,
                 const QString &missing);

} // namespace mend
