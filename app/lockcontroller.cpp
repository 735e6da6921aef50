#include "lockcontroller.h"

#include "diaryservices.h"

#include <QCoreApplication>
#include <QEvent>

using namespace mend;

LockController::LockController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services), m_settings(services->database)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMinutes() * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, &LockController::lockNow);
    // While a wait after wrong PINs runs, the screen counts down.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (waitSeconds() == 0)
            m_countdown.stop();
        Q_EMIT changed();
    });
    QCoreApplication::instance()->installEventFilter(this);
    m_enabled = appLock().enabled();
    setLocked(m_enabled);
    if (waitSeconds() > 0)
        m_countdown.start();
}

void LockController::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    m_enabled = appLock().enabled();
    setLocked(m_enabled);
}

int LockController::waitSeconds() const
{
    return appLock().waitSeconds(m_diary->now());
}

int LockController::idleMinutes() const
{
    return appLock().idleMinutes();
}

bool LockController::unlock(const QString &pin)
{
    const UnlockResult r = appLock().tryUnlock(pin, m_diary->now());
    m_message = r.message;
    if (r.waitSeconds > 0)
        m_countdown.start();
    if (r.unlocked)
        setLocked(false);
    Q_EMIT changed();
    return r.unlocked;
}

QString LockController::setPin(const QString &current, const QString &pin, const QString &repeat)
{
    AppLock lock = appLock();
    if (lock.enabled()) {
        const UnlockResult r = lock.tryUnlock(current, m_diary->now());
        if (!r.unlocked)
            return tr("Current PIN: %1").arg(r.message);
    }
    if (auto s = AppLock::validatePin(pin); !s)
        return tr("New PIN: %1").arg(s.error().message);
    if (pin != repeat)
        return tr("The two new PINs differ.");
    if (auto s = lock.setPin(pin); !s)
        return s.error().text();
    m_enabled = true;
    m_idle.start();
    Q_EMIT changed();
    return {};
}

QString LockController::removePin(const QString &current)
{
    if (auto s = appLock().removePin(current, m_diary->now()); !s)
        return s.error().message;
    m_enabled = false;
    Q_EMIT changed();
    return {};
}

void LockController::lockNow()
{
    if (enabled())
        setLocked(true);
}

void LockController::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (!locked) {
        m_message.clear();
        m_idle.start();
    }
    Q_EMIT changed();
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (!m_locked && m_enabled)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
