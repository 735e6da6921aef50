#pragma once

#include "fhirimport.h"
#include "fhirread.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>

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

    int patientFor(const JsonView &resource)
    {
        const QString ref = resource.value("subject").value("reference").toString();
        if (const auto found = lookUp(patientNames, ref))
            return *found;
        return ref.isEmpty() && patients.size() == 1 ? 0 : -1;
    }

    int bucketFor(int patient, const JsonView &resource)
    {
        QStringList refs;
        for (const auto part : resource.value("partOf"))
            refs << part.value("reference").toString();
        refs << extensionValue(resource, QLatin1String("episode")).value("reference").toString();
        for (const auto &ref : refs)
            if (const auto found = lookUp(injectionNames, ref);
                found && buckets.at(*found).patient == patient)
                return *found;
        if (const auto it = defaultBucket.constFind(patient); it != defaultBucket.cend())
            return *it;
        buckets.append(Bucket{});
        buckets.last().patient = patient;
        defaultBucket.insert(patient, int(buckets.size() - 1));
        return int(buckets.size() - 1);
    }
};

/** Indexes the entries (those not superseded by a later version). */
BundleIndex indexBundle(const JsonView &entries, const QSet<int> &superseded);

} // namespace mend::fhir
