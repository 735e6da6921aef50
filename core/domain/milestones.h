#pragma once

#include "dailyentry.h"
#include "episode.h"
#include "protocol.h"
#include "treatmentevent.h"

#include <QDate>
#include <QList>
#include <optional>

namespace mend {

enum class MilestoneStatus
{
    Upcoming,
    InWindow,
    Achieved,
    NotMet,
    NotApplicable
};

/** Where a milestone (or personal goal) stands on a given day. */
struct MilestoneResult
{
    MilestoneDefinition definition;
    MilestoneStatus status = MilestoneStatus::Upcoming;
    QDate achievedOn;                     ///< when Achieved
    std::optional<double> averageAtCheck; ///< the 7-day average that met it, or the latest checked
    std::optional<double> baseline;
    QString detail; ///< plain words: why it is met, not yet met, or not applicable
};

/** Evaluates every milestone of the protocol for the episode as of today. */
QList<MilestoneResult> evaluateMilestones(const Protocol &protocol, const Episode &episode,
                                          const QList<DailyEntry> &entries, const QDate &today);

/** Whether the 7-day average meets a rule against the baseline (inclusive thresholds). */
bool ruleMet(const MilestoneRule &rule, double baseline, double average);

QString statusKey(MilestoneStatus status);
/** The status in words, in the language Mend runs in: "met", "open", "upcoming", "not met". */
QString statusText(MilestoneStatus status);

/** A personal goal's status: achieved once ticked off, else by its window. */
MilestoneStatus goalStatus(const Goal &goal, const Episode &episode, const QDate &today);

enum class EnvelopePosition
{
    Within,
    Better,
    Worse
};

/** The band at a week, in pain points; none outside the envelope's weeks. */
std::optional<std::pair<double, double>> envelopeBandAt(const Envelope &envelope, double baseline,
                                                        double week);

/** The current position of the 7-day average against the band, and the day it started. */
struct EnvelopeStatus
{
    std::optional<EnvelopePosition> position;
    QDate since;
};

EnvelopeStatus envelopeStatus(const Envelope &envelope, const Episode &episode,
                              const QList<DailyEntry> &entries, const QDate &today);

QString positionKey(EnvelopePosition position);

} // namespace mend
