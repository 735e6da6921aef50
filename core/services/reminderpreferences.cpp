#include "reminderpreferences.h"

namespace mend {
namespace {

const QString kDailyEnabled = QStringLiteral("reminder.daily.enabled");
const QString kDailyTime = QStringLiteral("reminder.daily.time");
const QString kQuestionnaires = QStringLiteral("reminder.questionnaires.enabled");
const QString kSent = QStringLiteral("reminder.sent");

QString occasion(qint64 episodeId, const QString &key)
{
    return QStringLiteral("%1:%2").arg(episodeId).arg(key);
}

bool flag(const SettingsRepository &s, const QString &key, bool fallback)
{
    const auto v = s.value(key);
    return v ? *v == QLatin1String("1") : fallback;
}

} // namespace

ReminderSettings loadReminderSettings(const SettingsRepository &settings)
{
    ReminderSettings r;
    r.dailyEnabled = flag(settings, kDailyEnabled, r.dailyEnabled);
    r.questionnaireEnabled = flag(settings, kQuestionnaires, r.questionnaireEnabled);
    if (const auto time = settings.value(kDailyTime))
        if (auto parsed = parseReminderTime(*time))
            r.dailyTime = parsed.value();
    return r;
}

Status saveReminderSettings(SettingsRepository &settings, const ReminderSettings &reminders)
{
    const auto one = [](bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); };
    return settings.setValues({{kDailyEnabled, one(reminders.dailyEnabled)},
                               {kDailyTime, reminders.dailyTime.toString(QStringLiteral("HH:mm"))},
                               {kQuestionnaires, one(reminders.questionnaireEnabled)}});
}

SentReminders::SentReminders(SettingsRepository &settings) : m_settings(settings) {}

QStringList SentReminders::stored() const
{
    return m_settings.value(kSent).value_or(QString()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool SentReminders::contains(qint64 episodeId, const QString &key) const
{
    return stored().contains(occasion(episodeId, key));
}

Status SentReminders::record(qint64 episodeId, const QString &key)
{
    QStringList sent = stored();
    const QString entry = occasion(episodeId, key);
    if (sent.contains(entry))
        return Done{};
    sent.append(entry);
    while (sent.size() > kKept)
        sent.removeFirst();
    return m_settings.setValue(kSent, sent.join(QLatin1Char('\n')));
}

} // namespace mend
