#pragma once

#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/instrument.h"
#include "domain/promresponse.h"
#include "domain/treatmentevent.h"

#include <QByteArray>
#include <QStringList>

namespace mend {

/** What a FHIR R4 Bundle holds that Mend keeps, what it skipped and why, and any problem. */
struct FhirBundleContent
{
    std::optional<Episode> episode; ///< from a Mend injection Procedure
    QString patientIdentifier;
    QList<SeriesInjection> seriesInjections;
    QList<DailyEntry> entries; ///< one per day that has an average pain score
    QList<PromResponse> responses;
    QStringList skipped;
    QStringList rounded;  ///< decimal pain scores taken as whole numbers: "date: 7.93 → 8"
    QStringList problems; ///< any problem = nothing may be imported
};

/**
 * Reads a Bundle: Mend's own resources completely; from other R4 systems pain (72514-3, a decimal
 * 0-10 rounded half up, as Synthea writes it), steps (55423-8) and KOOS JR / HOOS JR totals.
 * Entries with only a request (DELETE, GET) are skipped; of versioned entries (one fullUrl,
 * several meta.versionId: R4 bdl-7) the latest version is read. Instruments name the score codes
 * and check answers.
 */
FhirBundleContent readFhirBundle(const QByteArray &json, const QList<Instrument> &instruments);

} // namespace mend
