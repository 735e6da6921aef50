#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <memory>

namespace mend {

/** A demo patient's diary as another system would send it. */
struct DemoBundle
{
    QByteArray json; ///< a FHIR Bundle
    int days = 0;    ///< diary days in it
};

/**
 * The demo patient (seedDemoPatient as of `seededAt`) under this identifier, exported as a FHIR
 * Bundle at `exportedAt`: what a cohort import reads. Built in a diary in memory.
 */
Result<DemoBundle> demoPatientBundle(const QString &identifier, const QDateTime &seededAt,
                                     const QDateTime &exportedAt);

/**
 * A demo clinic cohort: n demo patients injected 70, 81, 92, ... days ago (identifiers DEMO-01
 * ...), each exported as a FHIR Bundle and imported as the cohort import does.
 */
Status seedDemoCohort(const std::shared_ptr<Database> &clinic, const QDateTime &now, int patients);

} // namespace mend
