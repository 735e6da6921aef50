#pragma once

#include "domain/activity.h"
#include "domain/alert.h"
#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/instrument.h"
#include "domain/promresponse.h"
#include "domain/treatmentevent.h"

#include <QIODevice>
#include <QJsonObject>

namespace mend {

/** One episode and everything that belongs to it. */
struct FhirEpisodeData
{
    Episode episode;
    QList<SeriesInjection> seriesInjections;
    QList<TreatmentEvent> events;
    QList<Goal> goals;
    QList<Alert> alerts;
    QList<DailyEntry> entries;
    QList<PromResponse> responses;
    /** Days of steps and active minutes imported from a phone's or a watch's export. */
    QList<StoredActivityDay> activity;
};

/** Everything one exported Bundle carries: one patient's episodes (a whole diary, or one). */
struct FhirExportData
{
    QString patientIdentifier;       ///< only what the user entered; may be empty
    QList<FhirEpisodeData> episodes; ///< oldest first; a repeat names its earlier one by id
    QList<Instrument> instruments;   ///< to name the scores and their LOINC codes
};

enum class FhirBundleType
{
    Collection, ///< a file to keep or send: resources with their ids
    /** For a FHIR server: each entry a conditional create (ifNoneExist on a stable identifier,
     *  urn:mend:resource), so loading the same export twice creates nothing new. */
    Transaction
};

/**
 * A FHIR R4 Bundle (type collection or transaction): Patient; per episode its injection
 * Procedure (a repeat points to the earlier one), series injections and other treatments
 * (Procedures partOf it), goals (Goal), alerts with their acknowledgement (Flag), Observations for
 * every diary value, QuestionnaireResponses and PROM score Observations; steps and active minutes
 * imported from a phone or a watch as Observations (55423-8, and Mend's active-minutes) whose
 * device names what counted them and whose imported-from extension names the export. Resource ids
 * are derived from content, so the same diary always exports the same resources.
 */
QJsonObject exportFhirBundle(const FhirExportData &data, const QDateTime &generatedAt,
                             FhirBundleType type = FhirBundleType::Collection);

/**
 * The same Bundle written to out as it is made, one entry at a time, byte for byte what
 * QJsonDocument(exportFhirBundle(...)).toJson(QJsonDocument::Indented) gives: memory stays flat
 * however long the diary. False when out refused a write (a full disk).
 */
bool writeFhirBundle(QIODevice &out, const FhirExportData &data, const QDateTime &generatedAt,
                     FhirBundleType type = FhirBundleType::Collection);

} // namespace mend
