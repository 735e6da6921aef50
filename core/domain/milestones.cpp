#include "milestones.h"

#include "recovery.h"

#include <QCoreApplication>
#include <QLocale>

namespace mend {
namespace {

// Averages of whole numbers compared with thresholds: a tolerance far below any meaningful
// difference keeps "exactly 2 points" or "exactly 30 %" inclusive despite binary rounding.
constexpr double kTolerance = 1e-9;

/** The translation context of these sentences: lupdate finds them by Milestones::tr. */
struct Milestones
{
    Q_DECLARE_TR_FUNCTIONS(Milestones)
};

QString number(double v)
{
    return QLocale().toString(v, 'f', 1);
}

/** Entries from the injection day on: a 7-day average after the injection never mixes in the
 *  baseline days. */
QList<DailyEntry> afterInjection(const Episode &episode, const QList<DailyEntry> &entries)
{
    QList<DailyEntry> out;
    for (const auto &e : entries)
        if (e.date >= episode.injectionDate)
            out.append(e);
    return out;
}

} // namespace

bool ruleMet(const MilestoneRule &rule, double baseline, double average)
{
    switch (rule.type) {
    case MilestoneRule::Type::PainAtMostBaseline:
        return average <= baseline + rule.offsetPoints + kTolerance;
    case MilestoneRule::Type::PainReduction: {
        const double reduction = baseline - average;
        if (reduction + kTolerance >= rule.minPoints && rule.minPoints > 0)
            return true;
        return baseline > 0 && rule.minPercent > 0 &&
               reduction * 100.0 + kTolerance * baseline >= rule.minPercent * baseline;
    }
    }
    return false;
}

QList<MilestoneResult> evaluateMilestones(const Protocol &protocol, const Episode &episode,
                                          const QList<DailyEntry> &entries, const QDate &today)
{
    QList<MilestoneResult> out;
    const Baseline baseline = baselineOf(episode, entries, Metric::painAverage());
    const int todayDay = dayOf(episode, today);
    const QList<DailyEntry> post = afterInjection(episode, entries);
    for (const auto &def : protocol.milestones) {
        MilestoneResult r;
        r.definition = def;
        r.baseline = baseline.value;
        if (def.rule.type == MilestoneRule::Type::PainReduction && baseline.value &&
            *baseline.value <= 0) {
            r.status = MilestoneStatus::NotApplicable;
            r.detail = Milestones::tr("Your baseline pain is 0, so there is no pain to reduce.");
            out.append(r);
            continue;
        }
        const int lastDay = std::min(def.windowEndDay, todayDay);
        for (int day = def.windowStartDay; day <= lastDay && baseline.value; ++day) {
            const auto avg =
                rollingAverage(entries, episode.injectionDate.addDays(day), Metric::painAverage());
            if (!avg)
                continue;
            r.averageAtCheck = avg;
            if (ruleMet(def.rule, *baseline.value, *avg)) {
                r.status = MilestoneStatus::Achieved;
                r.achievedOn = episode.injectionDate.addDays(day);
                r.detail =
                    Milestones::tr("Met on day %1: 7-day average %2 against a baseline of %3.")
                        .arg(day)
                        .arg(number(*avg), number(*baseline.value));
                break;
            }
        }
        if (r.status != MilestoneStatus::Achieved) {
            if (todayDay < def.windowStartDay) {
                r.status = MilestoneStatus::Upcoming;
                r.detail = Milestones::tr("Window opens on day %1.").arg(def.windowStartDay);
            } else if (todayDay <= def.windowEndDay) {
                r.status = MilestoneStatus::InWindow;
                r.detail =
                    r.averageAtCheck
                        ? Milestones::tr("Not yet met: 7-day average %1 against a baseline of %2.")
                              .arg(number(*r.averageAtCheck), number(*baseline.value))
                        : Milestones::tr("Not yet met: no entries in the window yet.");
            } else {
                r.status = MilestoneStatus::NotMet;
                r.detail = r.averageAtCheck
                               ? Milestones::tr(
                                     "Not met by day %1: last 7-day average %2 against a baseline "
                                     "of %3.")
                                     .arg(def.windowEndDay)
                                     .arg(number(*r.averageAtCheck), number(*baseline.value))
                               : Milestones::tr("Not met by day %1: no entries in the window.")
                                     .arg(def.windowEndDay);
            }
        }
        out.append(r);
    }
    return out;
}

QString statusKey(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Upcoming:
        return QStringLiteral("upcoming");
    case MilestoneStatus::InWindow:
        return QStringLiteral("in-window");
    case MilestoneStatus::Achieved:
        return QStringLiteral("achieved");
    case MilestoneStatus::NotMet:
        return QStringLiteral("not-met");
    case MilestoneStatus::NotApplicable:
        break;
    }
    return QStringLiteral("not-applicable");
}

QString statusText(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Upcoming:
        return Milestones::tr("upcoming");
    case MilestoneStatus::InWindow:
        return Milestones::tr("open");
    case MilestoneStatus::Achieved:
        return Milestones::tr("met");
    case MilestoneStatus::NotMet:
        return Milestones::tr("not met");
    case MilestoneStatus::NotApplicable:
        break;
    }
    return Milestones::tr("not applicable");
}

MilestoneStatus goalStatus(const Goal &goal, const Episode &episode, const QDate &today)
{
    if (goal.achievedOn.isValid())
        return MilestoneStatus::Achieved;
    const int day = dayOf(episode, today);
    if (day < goal.windowStartDay)
        return MilestoneStatus::Upcoming;
    return day <= goal.windowEndDay ? MilestoneStatus::InWindow : MilestoneStatus::NotMet;
}

std::optional<std::pair<double, double>> envelopeBandAt(const Envelope &envelope, double baseline,
                                                        double week)
{
    const auto &pts = envelope.points;
    if (pts.size() < 2 || week < pts.first().week || week > pts.last().week)
        return std::nullopt;
    qsizetype i = 1;
    while (i < pts.size() - 1 && pts[i].week < week)
        ++i;
    // Straight lines between the published points (a drawing choice, not a model).
    const auto &a = pts[i - 1];
    const auto &b = pts[i];
    const double t = b.week == a.week ? 0 : (week - a.week) / (b.week - a.week);
    const double lower = a.lower + t * (b.lower - a.lower);
    const double upper = a.upper + t * (b.upper - a.upper);
    if (envelope.unit == Envelope::Unit::Fraction)
        return std::make_pair(baseline * lower, baseline * upper);
    return std::make_pair(baseline + lower, baseline + upper);
}

EnvelopeStatus envelopeStatus(const Envelope &envelope, const Episode &episode,
                              const QList<DailyEntry> &entries, const QDate &today)
{
    EnvelopeStatus status;
    const Baseline baseline = baselineOf(episode, entries, Metric::painAverage());
    if (!baseline.value)
        return status;
    for (const auto &point :
         rollingSeries(afterInjection(episode, entries), Metric::painAverage())) {
        if (point.date < episode.injectionDate || point.date > today)
            continue;
        const auto band =
            envelopeBandAt(envelope, *baseline.value, dayOf(episode, point.date) / 7.0);
        if (!band)
            continue;
        const EnvelopePosition position =
            point.value < band->first - kTolerance    ? EnvelopePosition::Better
            : point.value > band->second + kTolerance ? EnvelopePosition::Worse
                                                      : EnvelopePosition::Within;
        if (!status.position || *status.position != position) {
            status.position = position;
            status.since = point.date;
        }
    }
    return status;
}

QString positionKey(EnvelopePosition position)
{
    switch (position) {
    case EnvelopePosition::Better:
        return QStringLiteral("better");
    case EnvelopePosition::Worse:
        return QStringLiteral("worse");
    case EnvelopePosition::Within:
        break;
    }
    return QStringLiteral("within");
}

} // namespace mend
