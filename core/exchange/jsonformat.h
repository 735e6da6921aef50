#pragma once

#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/episodesummary.h"
#include "domain/milestones.h"
#include "storage/alertrepository.h"

#include <QJsonObject>

namespace mend {

/** An episode as JSON with stable keys (the CLI's and tests' format). */
QJsonObject episodeToJson(const Episode &episode);
/** A daily entry as JSON; absent optional values are omitted. Adds day/week since injection. */
QJsonObject entryToJson(const DailyEntry &entry, const Episode &episode);
/** The headline figures: baseline, latest 7-day average, change, adherence. */
QJsonObject summaryToJson(const EpisodeSummary &summary, const Episode &episode);

/** A milestone's status with its window, rule values and evidence. */
QJsonObject milestoneToJson(const MilestoneResult &result, const Episode &episode);
/** A personal goal with its status. */
QJsonObject goalToJson(const Goal &goal, MilestoneStatus status);
/** A stored red-flag alert. */
QJsonObject alertToJson(const Alert &alert, const Episode &episode);
/** A red flag just tripped (not yet stored). */
QJsonObject redFlagToJson(const RedFlag &flag);
QJsonObject eventToJson(const TreatmentEvent &event, const Episode &episode);

} // namespace mend
