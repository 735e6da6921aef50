#pragma once

#include "rational.h"

#include <QCoreApplication>
#include <QString>

// The outcome thresholds that are not tied to one instrument (those live in the instrument files,
// assets/instruments/*.json, each with its source). Numbers from ../shared/clinical-reference.md.

namespace mend::criteria {

/** Pain NRS 0-10: a clinically important improvement is >= 2 points or >= 30 % of baseline. */
inline const Rational kPainMcidPoints{2};
inline const Rational kPainMcidPercent{30};
inline const QString kPainMcidSource =
    QStringLiteral("Farrar JT et al. Pain 2001;94(2):149-58 (clinical-reference.md §1.3)");
/** Translated where it is shown (context "Outcomes"). */
inline constexpr const char *kPainMcidPopulation =
    QT_TRANSLATE_NOOP("Outcomes", "chronic pain, 10 trials");

/**
 * OMERACT-OARSI responder (Pham 2004; clinical-reference.md §4 [R: criteria as universally
 * reproduced]): high improvement in pain or function (>= 50 % and >= 20 of 100), or improvement
 * in at least 2 of pain, function, patient global (each >= 20 % and >= 10 of 100).
 */
inline const Rational kOarsiHighPercent{50};
inline const Rational kOarsiHighAbsolute{20};
inline const Rational kOarsiModeratePercent{20};
inline const Rational kOarsiModerateAbsolute{10};
inline constexpr int kOarsiModerateDomainsNeeded = 2;
inline const QString kOarsiSource = QStringLiteral(
    "Pham T et al. Osteoarthritis Cartilage 2004;12(5):389-399 (clinical-reference.md §4)");

} // namespace mend::criteria
