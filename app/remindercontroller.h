#pragma once

#include "diary.h"
#include "domain/promschedule.h"
#include "domain/reminders.h"
#include "recordlistmodel.h"
#include "todayrows.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

class QSystemTrayIcon;
namespace mend::platform {
class ReminderScheduler;
}

/**
 * Reminders: the banners to show (always) and a system notification where the platform has one,
 * once per occasion. Re-checked every minute and on every diary change; silent while locked.
 */
class ReminderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(RecordListModel *banners READ banners CONSTANT)
    Q_PROPERTY(bool dailyEnabled READ dailyEnabled WRITE setDailyEnabled NOTIFY changed)
    Q_PROPERTY(QString dailyTime READ dailyTime NOTIFY changed)
    Q_PROPERTY(bool questionnaireEnabled READ questionnaireEnabled WRITE setQuestionnaireEnabled
                   NOTIFY changed)
    Q_PROPERTY(bool systemNotifications READ systemNotifications CONSTANT)
    Q_PROPERTY(bool locked READ locked WRITE setLocked NOTIFY changed)
    /** Whether this system can remind while Mend is closed (not for the demo diary). */
    Q_PROPERTY(bool whenClosedAvailable READ whenClosedAvailable NOTIFY changed)
    Q_PROPERTY(bool whenClosed READ whenClosed NOTIFY changed)
    Q_PROPERTY(QString whenClosedHow READ whenClosedHow NOTIFY changed)
public:
    ReminderController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);
    ~ReminderController() override;

    /** [{key, kind ("log" | "questionnaire"), title, text}] */
    /** The reminders due now and not dismissed (ReminderBannerRow). */
    RecordListModel *banners() const { return m_banners; }
    bool dailyEnabled() const { return m_settings.dailyEnabled; }
    void setDailyEnabled(bool on);
    QString dailyTime() const;
    bool questionnaireEnabled() const { return m_settings.questionnaireEnabled; }
    void setQuestionnaireEnabled(bool on);
    bool systemNotifications() const;
    /** While the app lock is on screen nothing is shown or notified. */
    bool locked() const { return m_locked; }
    void setLocked(bool locked);

    /** With the app lock on, a system notification says only that there is a reminder. */
    void setLockEnabled(bool on) { m_lockEnabled = on; }
    /** How reminders run while Mend is closed; none (the default) hides the choice. */
    void setScheduler(mend::platform::ReminderScheduler *scheduler);
    bool whenClosedAvailable() const { return m_scheduler != nullptr; }
    bool whenClosed() const;
    QString whenClosedHow() const;
    /** Turns reminders while Mend is closed on or off; returns "" or the error (then nothing
     *  changed). */
    Q_INVOKABLE QString setWhenClosed(bool on);

    /** Sets the daily reminder time from "HH:MM"; returns "" or the error (nothing changes). */
    Q_INVOKABLE QString setDailyTime(const QString &text);
    /** Hides a banner until the next occasion. */
    Q_INVOKABLE void dismiss(const QString &key);

signals:
    void changed();

private:
    /** Reads the questionnaire schedule again (it follows the questionnaires, the episode and
     *  the date), then remind(). */
    void refresh();
    /** Works out the reminders due now from the stored schedule and whether today is logged. */
    void remind();
    /** The banners: the reminders due now that were not dismissed. */
    void updateBanners();
    QString store(const mend::ReminderSettings &settings);

    Diary *m_diary;
    DiaryServices *m_services;
    mend::ReminderSettings m_settings;
    QList<mend::Reminder> m_current;
    QList<mend::ScheduledQuestionnaire> m_schedule;
    QDate m_scheduleDay;
    QSet<QString> m_dismissed;
    RecordList<ReminderBannerRow> *m_banners = new RecordList<ReminderBannerRow>(this);
    bool m_locked = false;
    bool m_lockEnabled = false;
    mend::platform::ReminderScheduler *m_scheduler = nullptr;
    QTimer m_timer;
    QSystemTrayIcon *m_tray = nullptr;
};
