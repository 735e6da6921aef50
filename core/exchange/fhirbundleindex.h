#pragma once

#include "fhirimport.h"
#include "fhirread.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>
#include <string_view>

// Who and which episode each resource of a Bundle belongs to, found before any value is read.

namespace mend::fhir {

/** A resource's names a reference may use: its fullUrl and "Type/id". */
QStringList namesOf(const JsonView &entry);
/** The forms a reference may match a name in: as written, and its "Type/id" tail if absolute. */
QStringList formsOf(const QString &reference);

template <typename T> std::optional<T> lookUp(const QHash<QString, T> &names, const QString &ref)
{
    if (ref.isEmpty())
        return std::nullopt;
    for (const auto &form : formsOf(ref))
        if (const auto it = names.constFind(form); it != names.cend())
            return *it;
    return std::nullopt;
}

bool isMendInjection(const JsonView &resource);
/** A Mend injection, or another system's Procedure coded as one (docs/fhir.md). */
bool isInjection(const JsonView &resource);
/** performedDateTime, or the start of performedPeriod (Synthea, many EHRs). */
QDate performedOn(const JsonView &r);

/** One episode's values while the Bundle is read. */
struct Bucket
{
    int patient = 0;
    QDate injectionDate; ///< of a Mend injection; invalid for another system's data
    FhirEpisodeContent content;
    QMap<QDate, DailyEntry> days;
    QSet<QDate> daysWithPain;
    QMap<QString, PromResponse> totals; ///< foreign totals by instrument + date
    QMap<std::pair<QString, QDate>, StoredActivityDay> activity; ///< by export and day
    bool foreignInjection = false; ///< coded by another system: no baseline given
};

/**
 * Who and which episode each resource belongs to, found before the values are read: Patients
 * (and patients a subject names that the Bundle does not hold), Mend injection Procedures.
 */
struct BundleIndex
{
    QList<FhirPatientContent> patients;
    QHash<QString, int> patientNames;
    QList<Bucket> buckets;
    QHash<QString, int> injectionNames;
    QHash<int, int> injectionAt;   ///< by entry position
    QHash<int, int> defaultBucket; ///< by patient: the latest injection, or another system's data

    /** The patient a resource's subject names, or -1. */
    int patientFor(const JsonView &resource);
    /** The episode a resource belongs to: one its partOf or episode extension names, else the
     *  patient's latest (added when the patient has none). */
    int bucketFor(int patient, const JsonView &resource, const MendExtensions &extensions);

private:
    // Resources in a row mostly name the same patient and episode: the last answer is kept with
    // the reference's bytes (pointing into the Bundle's text, which outlives the index's use).
    struct LastAnswer
    {
        int patient = -2;
        std::optional<std::string_view> first;
        std::optional<std::string_view> second;
        int answer = -1;
        bool matches(int p, const std::optional<std::string_view> &a,
                     const std::optional<std::string_view> &b) const
        {
            return a && b && p == patient && first == a && second == b;
        }
    };
    LastAnswer m_lastPatient;
    LastAnswer m_lastBucket;
};

/** Indexes the entries (those not superseded by a later version). */
BundleIndex indexBundle(const JsonView &entries, const QSet<int> &superseded);

} // namespace mend::fhir
