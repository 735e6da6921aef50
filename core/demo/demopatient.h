#pragma once

#include "domain/episode.h"
#include "domain/result.h"
#include "services/promrecorder.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"
#include "storage/timelinerepository.h"

namespace mend {

/** Days between the demo patient's injection and today. */
inline constexpr int kDemoDaysSinceInjection = 70;

/**
 * Seeds a realistic, deterministic demo patient: knee osteoarthritis, bone-marrow concentrate
 * injected 10 weeks before today, a baseline week before it, then daily logs with day-to-day
 * noise, a post-injection flare, gradual improvement and a few missed days; physiotherapy
 * started on day 14 and a personal goal.
 */
Result<Episode> seedDemoPatient(EpisodeRepository &episodes, EntryRepository &entries,
                                TimelineRepository &timeline, const QDateTime &now);

/**
 * The demo patient's questionnaires: KOOS JR and global assessment before the injection, and with
 * the global change at 6 weeks.
 */
Status seedDemoQuestionnaires(PromRecorder &recorder, const Episode &episode, const QDateTime &now);

} // namespace mend
