#pragma once

#include "domain/activity.h"
#include "domain/alert.h"
#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/instrument.h"
#include "domain/promresponse.h"
#include "domain/treatmentevent.h"

#include <QByteArray>
#include <QStringList>

namespace mend {

/** One episode a Bundle holds: a Mend injection Procedure and what refers to it. */
struct FhirEpisodeContent
{
    /** Absent for another system's data, which names no Mend injection. */
    std::optional<Episode> episode;
    QString procedureUrl;         ///< the injection Procedure's fullUrl
    QString previousProcedureUrl; ///< the episode this one repeats, if any
    QList<SeriesInjection> seriesInjections;
    QList<TreatmentEvent> events;
    QList<Goal> goals;
    QList<Alert> alerts;
    QList<DailyEntry> entries; ///< one per day that has an average pain score
    QList<PromResponse> responses;
    /** Days a phone's or a watch's export counted, as Mend exported them (imported-from). */
    QList<StoredActivityDay> activity;
};

/** One Patient of a Bundle and their episodes, oldest injection first. */
struct FhirPatientContent
{
    QString identifier; ///< Mend's urn:mend:patient identifier; empty if there is none
    QString label;      ///< else how the Bundle names the patient: first identifier, or id
    QList<FhirEpisodeContent> episodes;
};

/** What a FHIR R4 Bundle holds that Mend keeps, what it skipped and why, and any problem. */
struct FhirBundleContent
{
    QList<FhirPatientContent> patients;
    QStringList skipped;
    QStringList rounded;  ///< decimal pain scores taken as whole numbers: "date: 7.93 → 8"
    QStringList problems; ///< any problem = nothing may be imported
};

/**
 * Reads a Bundle: Mend's own resources completely (every episode, linked to its Patient by
 * subject and to its injection by partOf); from other R4 systems pain (72514-3, a decimal 0-10
 * rounded half up, as Synthea writes it), steps (55423-8) and KOOS JR / HOOS JR totals, each
 * Patient apart. Data that names no injection goes to the patient's latest one. Entries with only
 * a request (DELETE, GET) are skipped; of versioned entries (one fullUrl, several meta.versionId:
 * R4 bdl-7) the latest version is read. Instruments name the score codes and check answers.
 */
FhirBundleContent readFhirBundle(const QByteArray &json, const QList<Instrument> &instruments);

} // namespace mend
