#include "fhirbundleindex.h"

namespace mend::fhir {

QStringList namesOf(const JsonView &entry)
{
    QStringList names;
    if (const QString url = entry.value("fullUrl").toString(); !url.isEmpty())
        names << url;
    const JsonView resource = entry.value("resource");
    if (const QString id = resource.value("id").toString(); !id.isEmpty())
        names << resource.value("resourceType").toString() + QLatin1Char('/') + id;
    return names;
}

QStringList formsOf(const QString &reference)
{
    QStringList forms{reference};
    if (reference.startsWith(QLatin1String("http"))) {
        const QStringList parts = reference.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() >= 2)
            forms << parts.at(parts.size() - 2) + QLatin1Char('/') + parts.last();
    }
    return forms;
}

bool isMendInjection(const JsonView &resource)
{
    return resource.value("resourceType").equals("Procedure") &&
           codeIn(resource.value("code"), kMend).startsWith(QLatin1String("injection-"));
}

bool isInjection(const JsonView &resource)
{
    if (!resource.value("resourceType").equals("Procedure")) // every resource is asked: first
        return false;
    const JsonView code = resource.value("code");
    return codeIn(code, kMend).startsWith(QLatin1String("injection-")) ||
           codeIn(code, kCpt) == kPrpInjectionCpt;
}

QDate performedOn(const JsonView &r)
{
    // Synthea and many EHRs give a period (start and end) rather than a dateTime.
    const JsonView performed = r.value("performedDateTime");
    return dateOf(performed.isUndefined() ? r.value("performedPeriod").value("start") : performed);
}

namespace {

/** A reference's bytes to compare with an earlier one: empty when there is none, nothing when it
 *  cannot be compared as bytes (escaped, or not a string). */
std::optional<std::string_view> referenceBytes(const JsonView &reference)
{
    if (reference.isUndefined())
        return std::string_view();
    return reference.unescaped();
}

} // namespace

int BundleIndex::patientFor(const JsonView &resource)
{
    const JsonView reference = resource.value("subject").value("reference");
    const auto bytes = referenceBytes(reference);
    if (m_lastPatient.matches(0, bytes, std::string_view()))
        return m_lastPatient.answer;
    const QString ref = reference.toString();
    int answer = ref.isEmpty() && patients.size() == 1 ? 0 : -1;
    if (const auto found = lookUp(patientNames, ref))
        answer = *found;
    m_lastPatient = {0, bytes, std::string_view(), answer};
    return answer;
}

int BundleIndex::bucketFor(int patient, const JsonView &resource, const MendExtensions &extensions)
{
    const JsonView partOf = resource.value("partOf");
    const JsonView episode = extensions.value(QLatin1String("episode")).value("reference");
    // Only a partOf of at most one reference is compared as bytes; other shapes are rare.
    const auto partOfBytes = partOf.isUndefined() ? std::optional(std::string_view())
                             : partOf.isArray() && partOf.size() == 1
                                 ? referenceBytes(partOf.first().value("reference"))
                                 : std::nullopt;
    const auto episodeBytes = referenceBytes(episode);
    if (m_lastBucket.matches(patient, partOfBytes, episodeBytes))
        return m_lastBucket.answer;
    const int answer = [&] {
        QStringList refs;
        for (const auto part : partOf)
            refs << part.value("reference").toString();
        refs << episode.toString();
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
    }();
    m_lastBucket = {patient, partOfBytes, episodeBytes, answer};
    return answer;
}

BundleIndex indexBundle(const JsonView &entries, const QSet<int> &superseded)
{
    BundleIndex index;
    QStringList subjects;
    std::optional<std::string_view> lastSubject;
    bool unnamed = false; // a resource that names no subject
    int at = 0;
    for (const auto entry : entries) {
        const JsonView r = entry.value("resource");
        if (superseded.contains(at++) || r.isUndefined())
            continue;
        if (r.value("resourceType").equals("Patient")) {
            FhirPatientContent patient;
            for (const auto id : r.value("identifier")) {
                if (id.value("system").equals("urn:mend:patient"))
                    patient.identifier = id.value("value").toString();
                else if (patient.label.isEmpty())
                    patient.label = id.value("value").toString();
            }
            if (patient.label.isEmpty())
                patient.label = r.value("id").toString();
            for (const auto &name : namesOf(entry))
                index.patientNames.insert(name, int(index.patients.size()));
            index.patients.append(patient);
        } else if (const JsonView subject = r.value("subject").value("reference");
                   subject.isString() && !subject.equals(std::string_view())) {
            // Converted once per run of resources that name the same subject.
            const auto bytes = subject.unescaped();
            if (!bytes || bytes != lastSubject)
                subjects << subject.toString();
            lastSubject = bytes;
        } else {
            unnamed = true;
        }
    }
    // A subject the Bundle does not hold (the HL7 examples' "Patient/example") is a patient too.
    for (const auto &subject : subjects)
        if (!lookUp(index.patientNames, subject)) {
            FhirPatientContent patient;
            patient.label = subject.section(QLatin1Char('/'), -1);
            index.patientNames.insert(subject, int(index.patients.size()));
            index.patients.append(patient);
        }
    if (index.patients.isEmpty() && unnamed) // one patient, whom the Bundle does not name
        index.patients.append(FhirPatientContent{});
    at = 0;
    for (const auto entry : entries) {
        const JsonView r = entry.value("resource");
        if (superseded.contains(at++) || !isInjection(r))
            continue;
        Bucket bucket;
        bucket.patient = index.patientFor(r);
        bucket.injectionDate = performedOn(r);
        bucket.content.procedureUrl = entry.value("fullUrl").toString();
        if (bucket.patient < 0)
            continue; // read again below, and skipped with the reason
        index.injectionAt.insert(at - 1, int(index.buckets.size()));
        for (const auto &name : namesOf(entry))
            index.injectionNames.insert(name, int(index.buckets.size()));
        index.buckets.append(bucket);
    }
    for (int i = 0; i < index.buckets.size(); ++i) {
        const Bucket &b = index.buckets.at(i);
        const auto it = index.defaultBucket.constFind(b.patient);
        if (it == index.defaultBucket.cend() ||
            index.buckets.at(*it).injectionDate <= b.injectionDate)
            index.defaultBucket.insert(b.patient, i);
    }
    return index;
}

} // namespace mend::fhir
