#include "duereminders.h"

#include "outcomeservice.h"
#include "reminderpreferences.h"
#include "storage/entryrepository.h"

namespace mend {

QList<Reminder> remindersDueNow(const std::shared_ptr<Database> &database,
                                const std::optional<Episode> &episode, const QDateTime &now)
{
    if (!episode)
        return {};
    const QDate today = now.date();
    const bool loggedToday = EntryRepository(database).findByDate(episode->id, today).has_value();
    return dueReminders(loadReminderSettings(SettingsRepository(database)), now, loggedToday,
                        OutcomeService(database).schedule(*episode, today), false);
}

} // namespace mend
