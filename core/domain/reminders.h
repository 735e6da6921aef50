#pragma once

#include "promschedule.h"
#include "result.h"

#include <QDateTime>
#include <QTime>

namespace mend {

/** When the patient wants to be reminded. */
struct ReminderSettings
{
    bool dailyEnabled = true;
    QTime dailyTime{20, 0};
    bool questionnaireEnabled = true;
};

/** Something to show in the banner (and as a system notification where there is one). */
struct Reminder
{
    enum class Kind
    {
        DailyLog,
        QuestionnaireDue
    };
    Kind kind = Kind::DailyLog;
    QString key; ///< stable per occasion ("log:2026-11-24", "prom:6w"): notify once per key
    QString title;
    QString text;
};

/**
 * The reminders that apply now: the daily log once its time has passed and today is not logged,
 * and one per time point with questionnaires due or overdue. None while the app lock is shown.
 */
QList<Reminder> dueReminders(const ReminderSettings &settings, const QDateTime &now,
                             bool loggedToday, const QList<ScheduledQuestionnaire> &schedule,
                             bool locked);

/** The next time the daily reminder falls due, strictly after now; invalid when it is off. */
QDateTime nextDailyReminder(const ReminderSettings &settings, const QDateTime &now);

/** What a system notification says for a reminder. With the app lock on it carries no health
 *  detail (no questionnaire names, nothing about the diary): only that Mend has a reminder. */
struct NotificationText
{
    QString title;
    QString body;
};
NotificationText notificationText(const Reminder &reminder, bool appLockOn);

/** Reads a reminder time typed as HH:MM (24-hour). */
Result<QTime> parseReminderTime(const QString &text);

} // namespace mend
