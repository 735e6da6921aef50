#include "redflags.h"

#include "recovery.h"

#include <QCoreApplication>
#include <algorithm>

namespace mend {
namespace {

// Thresholds from ../shared/clinical-reference.md §5.3 (recommended app triggers [D], from
// clinic instructions (Peng) and standard septic-arthritis warning signs) and §5.4:
constexpr double kFeverC = 38.0;            // "Temperature ≥38.0 °C (100.4 °F) or chills"
constexpr int kFeverWindowDays = 14;        // "in the first 14 days after the injection"
constexpr int kFlareAllowanceDays = 3;      // "increasing after 72 h"; flare allowed until 72 h
constexpr int kPainAboveBaselinePoints = 3; // "Pain NRS rising ≥3 points above the baseline"

/** The translation context of these sentences: lupdate finds them by RedFlags::tr. */
struct RedFlags
{
    Q_DECLARE_TR_FUNCTIONS(RedFlags)
};

/** The latest entry before this one, within kTrendGapDays, on or after the injection day. */
const DailyEntry *previousEntry(const DailyEntry &entry, const Episode &episode,
                                const QList<DailyEntry> &others)
{
    const DailyEntry *best = nullptr;
    for (const auto &o : others) {
        if (o.date >= entry.date || o.date < episode.injectionDate ||
            o.date.daysTo(entry.date) > kTrendGapDays)
            continue;
        if (!best || o.date > best->date)
            best = &o;
    }
    return best;
}

} // namespace

QList<RedFlag> redFlagsFor(const DailyEntry &entry, const Episode &episode,
                           const QList<DailyEntry> &others, double baselinePain)
{
    QList<RedFlag> flags;
    const int day = dayOf(episode, entry.date);
    if (day < 0)
        return flags;
    const auto &s = entry.safety;
    const auto contact = AlertSeverity::ContactClinic;

    if (day <= kFeverWindowDays) {
        if (s.temperatureC && *s.temperatureC >= kFeverC)
            flags.append(
                {QStringLiteral("fever"),
                 RedFlags::tr("Temperature %1 °C on day %2 after the injection (38.0 °C or more in "
                              "the first 14 days).")
                     .arg(*s.temperatureC, 0, 'f', 1)
                     .arg(day),
                 contact});
        else if (s.chills || entry.symptoms.fever)
            flags.append({QStringLiteral("fever"),
                          RedFlags::tr("Fever or chills on day %1 after the injection.").arg(day),
                          contact});
    }
    if (s.spreadingRedness || s.hotJoint)
        flags.append({QStringLiteral("redness-hot-joint"),
                      RedFlags::tr("Redness spreading beyond the injection site, or a hot joint."),
                      contact});
    if (s.discharge)
        flags.append({QStringLiteral("discharge"),
                      RedFlags::tr("Pus or fluid coming from the injection site."), contact});
    if (day >= kFlareAllowanceDays) {
        const DailyEntry *prev = previousEntry(entry, episode, others);
        if (prev && entry.symptoms.swelling && prev->symptoms.swelling &&
            *entry.symptoms.swelling > *prev->symptoms.swelling)
            flags.append(
                {QStringLiteral("swelling-increasing"),
                 RedFlags::tr("Swelling is still increasing %1 days after the injection instead "
                              "of settling.")
                     .arg(day),
                 contact});
        const DailyEntry *prev2 = prev ? previousEntry(*prev, episode, others) : nullptr;
        if (prev && prev2 && entry.painAverage > prev->painAverage &&
            prev->painAverage > prev2->painAverage && entry.painAverage > baselinePain)
            flags.append(
                {QStringLiteral("pain-increasing"),
                 RedFlags::tr("Pain has gone up day after day (%1, %2, %3) more than 72 hours "
                              "after the injection.")
                     .arg(prev2->painAverage)
                     .arg(prev->painAverage)
                     .arg(entry.painAverage),
                 contact});
        if (entry.painAverage >= baselinePain + kPainAboveBaselinePoints)
            flags.append(
                {QStringLiteral("pain-above-baseline"),
                 RedFlags::tr("Pain %1/10 is 3 or more points above your usual pain before the "
                              "injection (%2) on day %3.")
                     .arg(entry.painAverage)
                     .arg(baselinePain, 0, 'f', 1)
                     .arg(day),
                 contact});
    }
    if (s.cannotBearWeight)
        flags.append({QStringLiteral("cannot-bear-weight"),
                      RedFlags::tr("You cannot bear weight on, or move, the treated joint."),
                      contact});
    if (s.calfPainSwelling)
        flags.append({QStringLiteral("calf-pain-swelling"),
                      RedFlags::tr("Calf pain or swelling (a possible blood clot)."), contact});
    if (s.shortOfBreath)
        flags.append(
            {QStringLiteral("short-of-breath"),
             RedFlags::tr("Sudden shortness of breath (a possible blood clot in the lungs)."),
             AlertSeverity::Emergency});
    if (s.numbnessWeakness)
        flags.append({QStringLiteral("numbness-weakness"),
                      RedFlags::tr("New numbness or weakness."), contact});
    if (s.harvestSiteProblem && episode.product == Product::BoneMarrowConcentrate)
        flags.append(
            {QStringLiteral("harvest-site"),
             RedFlags::tr("Bleeding that will not stop, or severe or increasing pain, at the "
                          "bone-marrow harvest site."),
             contact});
    return flags;
}

QString severityKey(AlertSeverity severity)
{
    return severity == AlertSeverity::Emergency ? QStringLiteral("emergency")
                                                : QStringLiteral("contact-clinic");
}

std::optional<AlertSeverity> severityFromKey(const QString &key)
{
    if (key == QLatin1String("emergency"))
        return AlertSeverity::Emergency;
    if (key == QLatin1String("contact-clinic"))
        return AlertSeverity::ContactClinic;
    return std::nullopt;
}

} // namespace mend
