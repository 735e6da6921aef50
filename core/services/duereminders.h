#pragma once

#include "domain/episode.h"
#include "domain/reminders.h"
#include "storage/database.h"

#include <memory>
#include <optional>

namespace mend {

/**
 * The reminders due at `now` for an episode, from the stored reminder settings, the episode's
 * questionnaire schedule and whether today is logged: what the app's banner shows and what
 * `mend-cli remind` sends while the app is closed. None without an episode.
 */
QList<Reminder> remindersDueNow(const std::shared_ptr<Database> &database,
                                const std::optional<Episode> &episode, const QDateTime &now);

} // namespace mend
