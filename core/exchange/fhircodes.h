#pragma once

#include "domain/treatment.h"

#include <QString>

// Code systems and codes used in Mend's FHIR R4 Bundles (docs/fhir.md). Standard codes and their
// sources: ../shared/clinical-reference.md §6.

namespace mend::fhir {

inline const QString kLoinc = QStringLiteral("http://loinc.org");
inline const QString kSnomed = QStringLiteral("http://snomed.info/sct");
inline const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
inline const QString kCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
/** Mend's own code system: ROM movements, symptoms, warning signs, episode details. */
inline const QString kMend = QStringLiteral("urn:mend:code");
/** Mend's extensions: "<base>/<name>". */
inline const QString kExtension = QStringLiteral("urn:mend:extension");
/** The stable identifier of each resource in a transaction export (its collection id). */
inline const QString kResourceIdentifier = QStringLiteral("urn:mend:resource");
/** Canonical of a Mend instrument: "<base>/<id>|<version>". */
inline const QString kQuestionnaire = QStringLiteral("urn:mend:questionnaire");

inline const QString kPainLoinc = QStringLiteral("72514-3");            // §6.1 [V]
inline const QString kStepsLoinc = QStringLiteral("55423-8");           // §6.1 [V2]
inline const QString kIntraArticularRoute = QStringLiteral("12130007"); // §6.2 [V2]
/** CPT, and its code for "Injection(s), platelet rich plasma, any site": the one injection code
 *  another system's Procedure is recognised by (§6.2 [V2]; no SNOMED code for a PRP or cell
 *  injection is verified). */
inline const QString kCpt = QStringLiteral("http://www.ama-assn.org/go/cpt");
inline const QString kPrpInjectionCpt = QStringLiteral("0232T");
inline const QString kLeftSnomed = QStringLiteral("7771000");   // §6.2 [R]
inline const QString kRightSnomed = QStringLiteral("24028007"); // §6.2 [R]

/**
 * Pain at rest, with activity and the worst of the day: Mend's own codes, so that a search for
 * 72514-3 finds one pain score a day, the 24-hour average (no verified LOINC code for each context:
 * clinical reference §6.1; §6.3 puts the context in a local code). Key = the code after "pain-".
 */
struct PainContext
{
    const char *key;
    const char *display;
};
inline constexpr PainContext kPainContexts[] = {
    {"rest", "Pain at rest (0-10)"},
    {"activity", "Pain with activity (0-10)"},
    {"worst-24h", "Worst pain in the last 24 hours (0-10)"}};

/** "rest" for Mend's code "pain-rest" (and the other contexts); empty for any other code. */
inline QString contextualPainCode(const QString &mendCode)
{
    if (!mendCode.startsWith(QLatin1String("pain-")))
        return {};
    for (const auto &c : kPainContexts)
        if (QStringView(mendCode).mid(5) == QLatin1String(c.key))
            return QString::fromLatin1(c.key);
    return {};
}

/** The SNOMED CT body structure for a site, where the reference verified one (§6.2). */
inline QString snomedSite(BodySite site)
{
    switch (site) {
    case BodySite::Knee:
        return QStringLiteral("72696002");
    case BodySite::Hip:
        return QStringLiteral("29836001");
    case BodySite::Shoulder:
        return QStringLiteral("16982005");
    case BodySite::CervicalSpine:
        return QStringLiteral("122494005");
    case BodySite::LumbarSpine:
        return QStringLiteral("122496007");
    case BodySite::Elbow:
    case BodySite::AnkleAchilles:
    case BodySite::Other:
        break; // not verified: Mend code only
    }
    return {};
}

} // namespace mend::fhir
