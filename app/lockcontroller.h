#pragma once

#include "diary.h"
#include "services/applock.h"
#include "services/diarysecretstore.h"
#include "storage/settingsrepository.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/**
 * The app lock for QML: locked on start when a PIN is set and after idleMinutes without a touch or
 * key; the PIN check, its storage and the wait after wrong PINs are in core (mend::AppLock).
 */
class LockController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY changed)
    Q_PROPERTY(int idleMinutes READ idleMinutes CONSTANT)
public:
    LockController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    /** Where the PIN's digest is kept: the diary unless a platform gives its keystore (main.cpp
     *  sets it before QML loads; it outlives this). */
    void setSecretStore(mend::SecretStore *secrets);

    bool enabled() const { return m_enabled; }
    bool locked() const { return m_locked; }
    QString message() const { return m_message; }
    int waitSeconds() const;
    int idleMinutes() const;

    /** Unlocks with the PIN; returns whether it did (message says why not). */
    Q_INVOKABLE bool unlock(const QString &pin);
    /** Sets or changes the PIN (current needed when one is set); returns "" or the error. */
    Q_INVOKABLE QString setPin(const QString &current, const QString &pin, const QString &repeat);
    /** Turns the lock off; returns "" or the error. */
    Q_INVOKABLE QString removePin(const QString &current);
    Q_INVOKABLE void lockNow();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLocked(bool locked);
    mend::AppLock appLock() const { return mend::AppLock(m_settings, *m_secrets); }

    Diary *m_diary;
    DiaryServices *m_services;
    mutable mend::SettingsRepository m_settings;
    mend::DiarySecretStore m_diarySecrets{m_settings};
    mend::SecretStore *m_secrets = &m_diarySecrets;
    bool m_enabled = false; // cached: the idle filter sees every key and touch
    bool m_locked = false;
    QString m_message;
    QTimer m_idle;
    QTimer m_countdown;
};
