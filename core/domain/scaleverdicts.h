#pragma once

#include "outcomes.h"

namespace mend {

/**
 * One verdict per published threshold of a questionnaire's scale at a time point: the change from
 * the baseline answers (MCID, substantial clinical benefit, minimal detectable change) or the
 * level reached (patient acceptable symptom state). Either response may be missing.
 */
QList<Verdict> scaleVerdicts(const Instrument &instrument, const ScaleDefinition &scale,
                             const PromResponse *baseline, const PromResponse *current,
                             const PromTimePoint &tp, const QDate &target);

} // namespace mend
