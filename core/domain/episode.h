#pragma once

#include "treatment.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace mend {

/** One treatment episode: an injection (day 0) into one site, and the diary that follows it. */
struct Episode
{
    qint64 id = 0;
    BodySite site = BodySite::Knee;
    Side side = Side::Left;
    Condition condition = Condition::Osteoarthritis;
    QDate injectionDate;
    Product product = Product::BoneMarrowConcentrate;
    bool adjunctPrp = false;
    bool adjunctPhysio = false;
    QString clinic;
    QString notes;
    /** The earlier episode this one repeats, for repeat or maintenance injections. */
    std::optional<qint64> previousEpisodeId;
    /** Average pain (0-10) entered at set-up; the baseline when no pre-injection entries exist. */
    int baselinePain = 0;
    QDateTime createdAt;
    /** In a clinic database: the imported patient the episode belongs to. */
    std::optional<qint64> patientId;
    /** False for a clinic's patient whose Bundle records no injection: injectionDate is then a
     *  provisional day 0 (the data's first day + the baseline window) until the clinician sets
     *  it, and nothing that counts from day 0 is shown. */
    bool injectionRecorded = true;
};

/** Whether next is a repeat or maintenance injection of earlier: same site and side, later. */
inline bool isRepeatOf(const Episode &next, const Episode &earlier)
{
    return next.site == earlier.site && next.side == earlier.side &&
           next.injectionDate > earlier.injectionDate;
}

/** Where the injection went, in the language Mend runs in: "Left knee", "Lado izquierdo: rodilla".
 */
inline QString whereTreated(const Episode &episode)
{
    const QString site = toLabel(episode.site).toLower();
    switch (episode.side) {
    case Side::Left:
        return QCoreApplication::translate("Episode", "Left %1").arg(site);
    case Side::Right:
        return QCoreApplication::translate("Episode", "Right %1").arg(site);
    case Side::Both:
        return QCoreApplication::translate("Episode", "%1, both sides").arg(toLabel(episode.site));
    case Side::NotApplicable:
        break;
    }
    return toLabel(episode.site);
}

} // namespace mend
