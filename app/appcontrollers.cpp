#include "appcontrollers.h"

#include <QJSEngine>

namespace {
AppControllers *g_instance = nullptr;
}

AppControllers::AppControllers(Diary *diary, QObject *parent)
    : QObject(parent), m_episodes(diary), m_entry(diary), m_history(diary), m_timeline(diary),
      m_treatments(diary), m_protocol(diary), m_questionnaire(diary), m_outcomes(diary),
      m_reminders(diary), m_review(diary), m_cohort(diary), m_backups(diary), m_lock(diary)
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
