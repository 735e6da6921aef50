#include "romnorms.h"

#include <QCoreApplication>
#include <algorithm>

namespace mend {
namespace {

struct NormRow
{
    BodySite site;
    const char *key;
    const char *label;
    int min;
    int max;
    const char *source;
    const char *tag;
};

// Normal ranges, from ../shared/clinical-reference.md §2.1 (the single home of these numbers):
//  - Upper extremity: AAOS column of Norkin & White, Measurement of Joint Motion, 5th ed.
//    (F.A. Davis 2016), Appendix Table A.1 [V].
//  - Lower extremity: U.S. 38 CFR §4.71 / §4.71a Plate II "normal range of motion" [V2].
//  - Spine: 38 CFR §4.71a General Rating Formula for the spine, Note 2 [R: not re-verified].
// Ranges are population values for adults of all ages; they fall with age (Merck note).
const NormRow kNorms[] = {
    {BodySite::Knee, "knee-flexion", QT_TRANSLATE_NOOP("Mend", "Knee flexion"), 0, 140,
     "38 CFR 4.71 Plate II", "V2"},
    {BodySite::Knee, "knee-extension", QT_TRANSLATE_NOOP("Mend", "Knee extension"), 0, 0,
     "38 CFR 4.71 Plate II", "V2"},
    {BodySite::Hip, "hip-flexion", QT_TRANSLATE_NOOP("Mend", "Hip flexion"), 0, 125,
     "38 CFR 4.71 Plate II", "V2"},
    {BodySite::Hip, "hip-extension", QT_TRANSLATE_NOOP("Mend", "Hip extension"), 0, 30,
     "38 CFR 4.71 Plate II", "V2"},
    {BodySite::Hip, "hip-abduction", QT_TRANSLATE_NOOP("Mend", "Hip abduction"), 0, 45,
     "38 CFR 4.71 Plate II", "V2"},
    {BodySite::Hip, "hip-internal-rotation", QT_TRANSLATE_NOOP("Mend", "Hip internal rotation"), 0,
     40, "38 CFR 4.71 Plate II", "V2"},
    {BodySite::Hip, "hip-external-rotation", QT_TRANSLATE_NOOP("Mend", "Hip external rotation"), 0,
     60, "38 CFR 4.71 Plate II", "V2"},
    {BodySite::Shoulder, "shoulder-flexion", QT_TRANSLATE_NOOP("Mend", "Shoulder flexion"), 0, 180,
     "AAOS (Norkin & White 2016)", "V"},
    {BodySite::Shoulder, "shoulder-abduction", QT_TRANSLATE_NOOP("Mend", "Shoulder abduction"), 0,
     180, "AAOS (Norkin & White 2016)", "V"},
    {BodySite::Shoulder, "shoulder-internal-rotation",
     QT_TRANSLATE_NOOP("Mend", "Shoulder internal rotation"), 0, 70, "AAOS (Norkin & White 2016)",
     "V"},
    {BodySite::Shoulder, "shoulder-external-rotation",
     QT_TRANSLATE_NOOP("Mend", "Shoulder external rotation"), 0, 90, "AAOS (Norkin & White 2016)",
     "V"},
    {BodySite::Elbow, "elbow-flexion", QT_TRANSLATE_NOOP("Mend", "Elbow flexion"), 0, 150,
     "AAOS (Norkin & White 2016)", "V"},
    {BodySite::Elbow, "elbow-extension", QT_TRANSLATE_NOOP("Mend", "Elbow extension"), 0, 0,
     "AAOS (Norkin & White 2016)", "V"},
    {BodySite::Elbow, "forearm-pronation", QT_TRANSLATE_NOOP("Mend", "Forearm pronation"), 0, 80,
     "AAOS (Norkin & White 2016)", "V"},
    {BodySite::Elbow, "forearm-supination", QT_TRANSLATE_NOOP("Mend", "Forearm supination"), 0, 80,
     "AAOS (Norkin & White 2016)", "V"},
    {BodySite::AnkleAchilles, "ankle-dorsiflexion", QT_TRANSLATE_NOOP("Mend", "Ankle dorsiflexion"),
     0, 20, "38 CFR 4.71 Plate II", "V2"},
    {BodySite::AnkleAchilles, "ankle-plantarflexion",
     QT_TRANSLATE_NOOP("Mend", "Ankle plantarflexion"), 0, 45, "38 CFR 4.71 Plate II", "V2"},
    {BodySite::LumbarSpine, "lumbar-flexion", QT_TRANSLATE_NOOP("Mend", "Forward bending"), 0, 90,
     "38 CFR 4.71a (thoracolumbar)", "R"},
    {BodySite::LumbarSpine, "lumbar-extension", QT_TRANSLATE_NOOP("Mend", "Backward bending"), 0,
     30, "38 CFR 4.71a (thoracolumbar)", "R"},
    {BodySite::LumbarSpine, "lumbar-lateral-flexion", QT_TRANSLATE_NOOP("Mend", "Side bending"), 0,
     30, "38 CFR 4.71a (thoracolumbar)", "R"},
    {BodySite::CervicalSpine, "cervical-flexion", QT_TRANSLATE_NOOP("Mend", "Neck flexion"), 0, 45,
     "38 CFR 4.71a (cervical)", "R"},
    {BodySite::CervicalSpine, "cervical-extension", QT_TRANSLATE_NOOP("Mend", "Neck extension"), 0,
     45, "38 CFR 4.71a (cervical)", "R"},
    {BodySite::CervicalSpine, "cervical-rotation", QT_TRANSLATE_NOOP("Mend", "Neck rotation"), 0,
     80, "38 CFR 4.71a (cervical)", "R"},
};

RomMovement toMovement(const NormRow &row)
{
    return {QString::fromLatin1(row.key),
            QCoreApplication::translate("Mend", row.label),
            row.min,
            row.max,
            QString::fromLatin1(row.source),
            QString::fromLatin1(row.tag)};
}

} // namespace

QList<RomMovement> romMovementsFor(BodySite site)
{
    QList<RomMovement> out;
    for (const auto &row : kNorms)
        if (row.site == site)
            out.append(toMovement(row));
    return out;
}

bool romMovementFits(BodySite site, QStringView key)
{
    return std::any_of(std::cbegin(kNorms), std::cend(kNorms), [&](const NormRow &row) {
        return row.site == site && key == QLatin1String(row.key);
    });
}

std::optional<RomMovement> romMovement(const QString &key)
{
    for (const auto &row : kNorms)
        if (key == QLatin1String(row.key))
            return toMovement(row);
    return std::nullopt;
}

} // namespace mend
