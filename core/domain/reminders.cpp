#include "reminders.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace mend {
namespace {

/** The translation context of the reminders' words: lupdate finds them by Reminders::tr. */
struct Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

} // namespace

QList<Reminder> dueReminders(const ReminderSettings &settings, const QDateTime &now,
                             bool loggedToday, const QList<ScheduledQuestionnaire> &schedule,
                             bool locked)
{
    QList<Reminder> out;
    if (locked)
        return out;
    if (settings.dailyEnabled && !loggedToday && now.time() >= settings.dailyTime)
        out.append({Reminder::Kind::DailyLog,
                    QStringLiteral("log:%1").arg(now.date().toString(Qt::ISODate)),
                    Reminders::tr("Time for today's diary"),
                    Reminders::tr("Log today's pain and activity; it takes a minute.")});
    if (!settings.questionnaireEnabled)
        return out;
    QStringList order;
    QMap<QString, QList<ScheduledQuestionnaire>> byTimePoint;
    for (const auto &s : actionable(schedule)) {
        if (!byTimePoint.contains(s.timePoint.id))
            order.append(s.timePoint.id);
        byTimePoint[s.timePoint.id].append(s);
    }
    for (const auto &id : order) {
        const auto &group = byTimePoint.value(id);
        QStringList names;
        bool overdue = false;
        for (const auto &s : group) {
            names.append(s.instrumentName);
            overdue = overdue || s.status == DueStatus::Overdue;
        }
        const auto &first = group.first();
        out.append(
            {Reminder::Kind::QuestionnaireDue, QStringLiteral("prom:%1").arg(id),
             overdue
                 ? Reminders::tr("%1 questionnaires are overdue").arg(patientLabel(first.timePoint))
                 : Reminders::tr("%1 questionnaires are due").arg(patientLabel(first.timePoint)),
             // One date, the last day the answers count, as the person's locale writes it.
             Reminders::tr("%1 (%2) · please answer by %3")
                 .arg(names.join(QStringLiteral(", ")))
                 .arg(names.size() == 1 ? Reminders::tr("1 questionnaire")
                                        : Reminders::tr("%1 questionnaires").arg(names.size()))
                 .arg(QLocale().toString(first.windowEnd, Reminders::tr("d MMMM")))});
    }
    return out;
}

QDateTime nextDailyReminder(const ReminderSettings &settings, const QDateTime &now)
{
    if (!settings.dailyEnabled)
        return {};
    QDateTime next(now.date(), settings.dailyTime, now.timeZone());
    if (next <= now)
        next = QDateTime(now.date().addDays(1), settings.dailyTime, now.timeZone());
    return next;
}

NotificationText notificationText(const Reminder &reminder, bool appLockOn)
{
    if (appLockOn)
        return {QStringLiteral("Mend"), Reminders::tr("You have a reminder. Open Mend to see it.")};
    return {reminder.title, reminder.text};
}

Result<QTime> parseReminderTime(const QString &text)
{
    static const QRegularExpression hhmm(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = hhmm.match(text.trimmed());
    const QTime t = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
    if (!t.isValid())
        return Error{QStringLiteral("reminderTime"),
                     QStringLiteral("'%1' is not a time; use HH:MM, 00:00 to 23:59").arg(text)};
    return t;
}

} // namespace mend
