#pragma once

#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/instrument.h"
#include "domain/promresponse.h"
#include "domain/treatmentevent.h"

#include <QJsonObject>

namespace mend {

/** Everything one exported Bundle carries: one episode of one patient. */
struct FhirExportData
{
    QString patientIdentifier; ///< only what the user entered; may be empty
    Episode episode;
    QList<SeriesInjection> seriesInjections;
    QList<DailyEntry> entries;
    QList<PromResponse> responses;
    QList<Instrument> instruments; ///< to name the scores and their LOINC codes
};

enum class FhirBundleType
{
    Collection, ///< a file to keep or send: resources with their ids
    /** For a FHIR server: each entry a conditional create (ifNoneExist on a stable identifier,
     *  urn:mend:resource), so loading the same export twice creates nothing new. */
    Transaction
};

/**
 * A FHIR R4 Bundle (type collection or transaction): Patient, a Procedure per injection,
 * Observations for every diary value, QuestionnaireResponses and PROM score Observations. Resource
 * ids are derived from content, so the same diary always exports the same resources.
 */
QJsonObject exportFhirBundle(const FhirExportData &data, const QDateTime &generatedAt,
                             FhirBundleType type = FhirBundleType::Collection);

} // namespace mend
