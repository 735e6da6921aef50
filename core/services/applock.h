#pragma once

#include "diarysecretstore.h"
#include "domain/result.h"
#include "storage/settingsrepository.h"

#include <QDateTime>

namespace mend {

/** What an unlock attempt found. */
struct UnlockResult
{
    bool unlocked = false;
    /** Seconds before the next attempt is allowed (0 when one may try now). */
    int waitSeconds = 0;
    QString message;
};

/**
 * The optional app lock: a 4-8 digit PIN kept only as a salted PBKDF2-HMAC-SHA-256 digest in the
 * platform's SecretStore (the diary on Linux). After kFreeAttempts wrong PINs each further one
 * makes the next attempt wait, doubling from kFirstDelaySeconds up to kMaxDelaySeconds; the count
 * is stored in the settings table, so restarting the app does not reset it.
 */
class AppLock
{
public:
    static constexpr int kIterations = 100000;
    static constexpr int kFreeAttempts = 5;
    static constexpr int kFirstDelaySeconds = 30;
    static constexpr int kMaxDelaySeconds = 15 * 60;
    static constexpr int kDefaultIdleMinutes = 5;

    /** The secret kept in the diary (Linux). */
    explicit AppLock(SettingsRepository &settings);
    /** The secret kept in secrets (a platform's keystore); the wait after wrong PINs in settings.
     */
    AppLock(SettingsRepository &settings, SecretStore &secrets);
    AppLock(const AppLock &) = delete;
    AppLock &operator=(const AppLock &) = delete;

    bool enabled() const;
    /** Checks the PIN's shape: 4 to 8 digits. */
    static Status validatePin(const QString &pin);
    /** Turns the lock on with this PIN (or changes it). */
    Status setPin(const QString &pin);
    /** Turns the lock off; needs the current PIN. */
    Status removePin(const QString &pin, const QDateTime &now);
    UnlockResult tryUnlock(const QString &pin, const QDateTime &now);
    /** Seconds to wait before trying again at now (0 when one may try). */
    int waitSeconds(const QDateTime &now) const;
    int idleMinutes() const;

private:
    bool matches(const QString &pin) const;
    /** The wait after this many wrong PINs in a row. */
    static int delayAfter(int failures);

    SettingsRepository &m_settings;
    DiarySecretStore m_diaryStore{m_settings};
    SecretStore &m_secrets;
};

} // namespace mend
