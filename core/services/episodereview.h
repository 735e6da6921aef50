#pragma once

#include "domain/activity.h"
#include "domain/alert.h"
#include "domain/episodesummary.h"
#include "domain/milestones.h"
#include "domain/outcomes.h"
#include "domain/romnorms.h"
#include "domain/treatmentevent.h"
#include "storage/database.h"

#include <memory>

namespace mend {

/** One figure of a review, baseline against now. The label is English; the app translates it
 *  in the "EpisodeReview" context. */
struct ReviewMeasure
{
    const char *label;
    Metric metric;
    int decimals;
    MetricSummary summary;
};

/** A movement of the episode's site: the treated side, the other side and the typical range. */
struct ReviewRom
{
    RomMovement movement;
    MetricSummary treated;
    MetricSummary other;
};

/**
 * Everything a follow-up visit shows of one episode, read and computed once as of a day: the
 * review screen and the PDF visit report are two views of this one value.
 */
struct EpisodeReview
{
    Episode episode;
    QDate today;
    QList<DailyEntry> entries;
    EpisodeSummary summary;
    QList<ReviewMeasure> measures; ///< average, rest, activity and worst pain, then steps
    /** Steps per day: typed, else from a phone's or a watch's export (the steps measure's days). */
    QList<DaySteps> steps;
    /** The exports those steps came from, if any: a review says so beside the steps. */
    ImportedSteps importedSteps;
    QList<ReviewRom> rom;
    std::optional<Protocol> protocol;
    QList<MilestoneResult> milestones;
    QList<Verdict> verdicts;
    QList<Alert> alerts;
    QList<TreatmentEvent> events; ///< other treatments, oldest first
};

/** The review of an episode as of today. `entries` are the episode's, when the caller has them
 *  already (read otherwise). */
EpisodeReview reviewEpisode(const std::shared_ptr<Database> &db, const Episode &episode,
                            const QDate &today,
                            const std::optional<QList<DailyEntry>> &entries = std::nullopt);

} // namespace mend
