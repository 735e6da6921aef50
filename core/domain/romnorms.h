#pragma once

#include "treatment.h"

#include <QList>
#include <QString>
#include <optional>

namespace mend {

/** A movement that fits a body site, with its typical normal range and where that range comes from.
 */
struct RomMovement
{
    QString key;         ///< stable key, e.g. "knee-flexion"
    QString label;       ///< translated display name
    int normalMin = 0;   ///< degrees
    int normalMax = 0;   ///< degrees
    QString normSource;  ///< short citation shown next to the range
    QString evidenceTag; ///< tag from the clinical reference: V, V2 or R
};

/** The movements offered for a body site (empty for "other"). */
QList<RomMovement> romMovementsFor(BodySite site);

/** Whether the movement with this key fits the site (no translation, no copy: checked per entry).
 */
bool romMovementFits(BodySite site, QStringView key);

/** The movement with this key, for any site. */
std::optional<RomMovement> romMovement(const QString &key);

/** Plausible input bounds for any ROM reading (not a clinical norm: rejects typos like -400). */
inline constexpr int kRomInputMin = -30;
inline constexpr int kRomInputMax = 200;

} // namespace mend
