#include "applock.h"

#include "domain/pbkdf2.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace mend {
namespace {

const QString kFailures = QStringLiteral("lock.failures");
const QString kBlockedUntil = QStringLiteral("lock.blocked_until");
const QString kIdle = QStringLiteral("lock.idle_minutes");
const QString kCleared = QStringLiteral(""); // stored as empty text (the column is NOT NULL)

/** The translation context of these sentences: lupdate finds them by AppLockText::tr. */
struct AppLockText
{
    Q_DECLARE_TR_FUNCTIONS(AppLock)
};

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

AppLock::AppLock(SettingsRepository &settings) : m_settings(settings), m_secrets(m_diaryStore) {}

AppLock::AppLock(SettingsRepository &settings, SecretStore &secrets)
    : m_settings(settings), m_secrets(secrets)
{
}

bool AppLock::enabled() const
{
    return m_secrets.pinSecret().has_value();
}

Status AppLock::validatePin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch())
        return Error{QStringLiteral("pin"), AppLockText::tr("use 4 to 8 digits")};
    return Done{};
}

Status AppLock::setPin(const QString &pin)
{
    if (auto s = validatePin(pin); !s)
        return s;
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray digest = pbkdf2Sha256(pin.toUtf8(), salt, kIterations, 32);
    // The count first: a new PIN never inherits a wait, and a refused store changes no PIN.
    if (auto reset =
            m_settings.setValues({{kFailures, QStringLiteral("0")}, {kBlockedUntil, kCleared}});
        !reset)
        return reset;
    return m_secrets.storePinSecret({salt, digest, kIterations});
}

Status AppLock::removePin(const QString &pin, const QDateTime &now)
{
    const UnlockResult r = tryUnlock(pin, now);
    if (!r.unlocked)
        return Error{QStringLiteral("pin"), r.message};
    if (auto cleared = m_secrets.clearPinSecret(); !cleared)
        return cleared;
    return m_settings.setValues({{kFailures, QStringLiteral("0")}, {kBlockedUntil, kCleared}});
}

bool AppLock::matches(const QString &pin) const
{
    const std::optional<PinSecret> secret = m_secrets.pinSecret();
    if (!secret || secret->salt.isEmpty() || secret->digest.isEmpty() || secret->iterations < 1)
        return false;
    return constantTimeEqual(
        pbkdf2Sha256(pin.toUtf8(), secret->salt, secret->iterations, int(secret->digest.size())),
        secret->digest);
}

int AppLock::waitSeconds(const QDateTime &now) const
{
    // Stored in UTC ("…Z"), so a change of time zone moves nothing; capped at the longest wait,
    // so a clock that was far ahead when it was stored (or is far behind now) never locks out
    // for longer than that.
    const QDateTime until =
        QDateTime::fromString(m_settings.value(kBlockedUntil).value_or(QString()), Qt::ISODate);
    if (!until.isValid() || until <= now)
        return 0;
    const qint64 ms = now.msecsTo(until);
    return int(std::min<qint64>((ms + 999) / 1000, kMaxDelaySeconds));
}

int AppLock::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 10);
    return std::min(kFirstDelaySeconds << doublings, kMaxDelaySeconds);
}

UnlockResult AppLock::tryUnlock(const QString &pin, const QDateTime &now)
{
    if (!enabled())
        return {true, 0, {}};
    if (const int wait = waitSeconds(now); wait > 0)
        return {false, wait,
                AppLockText::tr("Too many wrong PINs: try again in %n second(s).", nullptr, wait)};
    // The attempt is counted as a failure before the PIN is checked, and not checked at all when
    // that cannot be saved (a full disk): killing the app or filling the disk never gives an
    // attacker free attempts. A right PIN then clears the count.
    const int failures = m_settings.value(kFailures).value_or(QString()).toInt() + 1;
    const int wait = delayAfter(failures);
    if (auto counted = m_settings.setValues(
            {{kFailures, QString::number(failures)},
             {kBlockedUntil,
              wait > 0 ? now.toUTC().addSecs(wait).toString(Qt::ISODate) : kCleared}});
        !counted)
        return {false, 0,
                AppLockText::tr(
                    "Mend could not save this attempt (the storage may be full), so the PIN was "
                    "not checked. Free some space and try again.")};
    if (matches(pin)) {
        m_settings.setValues({{kFailures, QStringLiteral("0")}, {kBlockedUntil, kCleared}});
        return {true, 0, {}};
    }
    if (wait > 0)
        return {false, wait,
                AppLockText::tr("Wrong PIN. Try again in %n second(s).", nullptr, wait)};
    return {false, 0,
            AppLockText::tr("Wrong PIN (%n more attempt(s) before a wait).", nullptr,
                            kFreeAttempts - failures)};
}

int AppLock::idleMinutes() const
{
    const int stored = m_settings.value(kIdle).value_or(QString()).toInt();
    return stored > 0 ? stored : kDefaultIdleMinutes;
}

} // namespace mend
