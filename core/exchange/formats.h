#pragma once

#include <QString>

namespace mend {

/** The refusal of a file whose content is none of the formats Mend imports. */
inline QString notAFormatMendReads()
{
    return QStringLiteral("not a format Mend reads; it reads Mend's CSV, a FHIR R4 Bundle, an "
                          "Apple Health export.xml (unzipped from export.zip) and Fitbit's "
                          "dailySteps or dailyActivity CSV");
}

} // namespace mend
