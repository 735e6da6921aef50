#pragma once

namespace mend {

// Input limits. These bound what a person can type; none of them is a clinical threshold.
inline constexpr int kPainMin = 0; ///< NRS 0-10 (Farrar 2001, clinical reference §1.1)
inline constexpr int kPainMax = 10;
inline constexpr int kSymptomMin = 0; ///< 0 none, 1 mild, 2 moderate, 3 severe
inline constexpr int kSymptomMax = 3;
inline constexpr int kStepsMax = 200000;
inline constexpr int kActiveMinutesMax = 24 * 60;
inline constexpr int kNoteMaxChars = 20000;
inline constexpr int kClinicMaxChars = 200;
/** Entries may start this many days before the injection: the baseline window. */
inline constexpr int kBaselineWindowDays = 14;
/** An episode may be set up this many days before its injection, to log a baseline first. */
inline constexpr int kInjectionMaxDaysAhead = 90;
inline constexpr int kEarliestInjectionYear = 2000;
/** Body temperature a thermometer can plausibly show, in °C (typos like 384 are refused). */
inline constexpr double kTemperatureMinC = 30.0;
inline constexpr double kTemperatureMaxC = 45.0;
inline constexpr int kGoalTextMaxChars = 500;
inline constexpr int kEventNoteMaxChars = 2000;

} // namespace mend
