#include "appcontrollers.h"

#include <QJSEngine>

namespace {
AppControllers *g_instance = nullptr;
}

AppControllers::AppControllers(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_episodes(diary, services), m_entry(diary, services),
      m_history(diary, services), m_timeline(diary, services), m_treatments(diary, services),
      m_protocol(diary, services), m_questionnaire(diary, services), m_outcomes(diary, services),
      m_reminders(diary, services), m_review(diary, services), m_cohort(diary, services),
      m_backups(diary, services), m_lock(diary, services)
{
    // Reminders say nothing of the diary while it is locked.
    const auto followLock = [this] {
        m_reminders.setLockEnabled(m_lock.enabled());
        m_reminders.setLocked(m_lock.locked());
    };
    connect(&m_lock, &LockController::changed, &m_reminders, followLock);
    followLock();
}

void AppControllers::provide(AppControllers *instance)
{
    g_instance = instance;
}

AppControllers *AppControllers::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance); // main.cpp or the test set-up provides it before loading QML
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}
