#pragma once

#include <QString>

namespace mend {

/** The refusal of a file whose content is none of the formats Mend imports. */
inline QString notAFormatMendReads()
{
    return QStringLiteral("not a format Mend reads; it reads Mend's CSV, a FHIR R4 Bundle, Apple "
                          "Health's export.zip (or the export.xml in it), Android Health "
                          "Connect's export zip, Google Fit's daily activity metrics CSV, "
                          "Samsung Health's pedometer day summary CSV, Fitbit's dailySteps "
                          "or dailyActivity CSV and Fitbit's account export (its zip, or a "
                          "steps-….json in it)");
}

} // namespace mend
