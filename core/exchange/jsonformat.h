#pragma once

#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/episodesummary.h"

#include <QJsonObject>

namespace mend {

/** An episode as JSON with stable keys (the CLI's and tests' format). */
QJsonObject episodeToJson(const Episode &episode);
/** A daily entry as JSON; absent optional values are omitted. Adds day/week since injection. */
QJsonObject entryToJson(const DailyEntry &entry, const Episode &episode);
/** The headline figures: baseline, latest 7-day average, change, adherence. */
QJsonObject summaryToJson(const EpisodeSummary &summary, const Episode &episode);

} // namespace mend
