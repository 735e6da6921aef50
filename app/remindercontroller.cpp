#include "remindercontroller.h"

#include "diaryservices.h"

#include "platform/reminderscheduler.h"
#include "services/outcomeservice.h"
#include "services/reminderpreferences.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace mend;

ReminderController::ReminderController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    m_settings = loadReminderSettings(services->settings);
    diary->whenChanged(Diary::EpisodeChange | Diary::QuestionnairesChange, this,
                       [this] { refresh(); });
    // A log saved changes only whether today is logged: the schedule is not read again.
    diary->whenChanged(Diary::EntriesChange, this, [this] { remind(); });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_diary->today() != m_scheduleDay)
            refresh();
        else
            remind();
    });
    m_timer.start(60 * 1000);
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) &&
        QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray = new QSystemTrayIcon(this);
    refresh();
}

ReminderController::~ReminderController() = default;

bool ReminderController::systemNotifications() const
{
    return m_tray != nullptr;
}

void ReminderController::refresh()
{
    m_scheduleDay = m_diary->today();
    const auto &episode = m_diary->episode();
    m_schedule = episode ? m_services->outcomes.schedule(*episode, m_scheduleDay)
                         : QList<ScheduledQuestionnaire>{};
    remind();
}

void ReminderController::remind()
{
    const auto &episode = m_diary->episode();
    const bool loggedToday =
        episode && m_services->entries.findByDate(episode->id, m_diary->today()).has_value();
    m_current = dueReminders(m_settings, m_diary->now(), loggedToday, m_schedule, m_locked);
    if (m_tray && episode) {
        // Shared with `mend-cli remind`: an occasion notified by either is not notified again.
        auto &settings = m_services->settings;
        SentReminders sent(settings);
        for (const auto &r : m_current) {
            if (sent.contains(episode->id, r.key) || !sent.record(episode->id, r.key))
                continue;
            const NotificationText text = notificationText(r, m_lockEnabled);
            m_tray->show();
            m_tray->showMessage(text.title, text.body);
        }
    }
    updateBanners();
    Q_EMIT changed();
}

void ReminderController::updateBanners()
{
    QList<ReminderBannerRow> rows;
    for (const auto &r : m_current)
        if (!m_dismissed.contains(r.key))
            rows.append({r.key,
                         r.kind == Reminder::Kind::DailyLog ? QStringLiteral("log")
                                                            : QStringLiteral("questionnaire"),
                         r.title, r.text});
    m_banners->set(std::move(rows));
}

QString ReminderController::dailyTime() const
{
    return m_settings.dailyTime.toString(QStringLiteral("HH:mm"));
}

QString ReminderController::store(const ReminderSettings &settings)
{
    auto &repository = m_services->settings;
    if (auto s = saveReminderSettings(repository, settings); !s)
        return s.error().text();
    m_settings = settings;
    refresh();
    return {};
}

void ReminderController::setDailyEnabled(bool on)
{
    auto s = m_settings;
    s.dailyEnabled = on;
    store(s);
}

void ReminderController::setQuestionnaireEnabled(bool on)
{
    auto s = m_settings;
    s.questionnaireEnabled = on;
    store(s);
}

QString ReminderController::setDailyTime(const QString &text)
{
    auto time = parseReminderTime(text);
    if (!time)
        return time.error().message;
    auto s = m_settings;
    s.dailyTime = time.value();
    return store(s);
}

void ReminderController::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    refresh();
}

void ReminderController::setScheduler(mend::platform::ReminderScheduler *scheduler)
{
    m_scheduler = scheduler;
    Q_EMIT changed();
}

bool ReminderController::whenClosed() const
{
    return m_scheduler && m_scheduler->installed();
}

QString ReminderController::whenClosedHow() const
{
    return m_scheduler ? m_scheduler->describe() : QString();
}

QString ReminderController::setWhenClosed(bool on)
{
    if (!m_scheduler || on == whenClosed())
        return {};
    const Status done = on ? m_scheduler->install() : m_scheduler->remove();
    Q_EMIT changed();
    return done ? QString() : done.error().message;
}

void ReminderController::dismiss(const QString &key)
{
    m_dismissed.insert(key);
    updateBanners();
    Q_EMIT changed();
}
