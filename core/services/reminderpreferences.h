#pragma once

#include "domain/reminders.h"
#include "storage/settingsrepository.h"

namespace mend {

/** The patient's reminder settings from the settings table (defaults where none are stored). */
ReminderSettings loadReminderSettings(const SettingsRepository &settings);
/** Stores every reminder setting in one transaction. */
Status saveReminderSettings(SettingsRepository &settings, const ReminderSettings &reminders);

/**
 * The occasions already sent as a system notification, by the app or by `mend-cli remind`, so
 * that each is notified once however many times the timer runs. Kept in the settings table (the
 * most recent kKept), so both processes see the same record.
 */
class SentReminders
{
public:
    static constexpr int kKept = 64;

    explicit SentReminders(SettingsRepository &settings);
    bool contains(qint64 episodeId, const QString &key) const;
    Status record(qint64 episodeId, const QString &key);

private:
    QStringList stored() const;

    SettingsRepository &m_settings;
};

} // namespace mend
