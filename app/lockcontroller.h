#pragma once

#include "diary.h"
#include "storage/settingsrepository.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

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
    explicit LockController(Diary *diary, QObject *parent = nullptr);

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

    Diary *m_diary;
    mutable mend::SettingsRepository m_settings;
    bool m_enabled = false; // cached: the idle filter sees every key and touch
    bool m_locked = false;
    QString m_message;
    QTimer m_idle;
    QTimer m_countdown;
};
