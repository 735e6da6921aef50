#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <memory>

namespace mend {

/**
 * A demo clinic cohort: n demo patients injected 70, 81, 92, ... days ago (identifiers DEMO-01
 * ...), each exported as a FHIR Bundle and imported as the cohort import does.
 */
Status seedDemoCohort(const std::shared_ptr<Database> &clinic, const QDateTime &now, int patients);

} // namespace mend
