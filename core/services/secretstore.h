#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <optional>

namespace mend {

/** What the app lock keeps of a PIN: never the PIN, its salted PBKDF2 digest. */
struct PinSecret
{
    QByteArray salt;
    QByteArray digest;
    int iterations = 0;
};

/**
 * Where the app lock's secret is kept: a platform seam (docs/platforms.md). It is declared in core
 * because the lock (AppLock) is. On Linux it is the diary itself (DiarySecretStore); a phone build
 * would keep it in the Android Keystore or the iOS Keychain.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /** The stored secret; none when the lock is off. A secret that is there but damaged is
     *  returned as it is (it matches no PIN): the lock fails closed. */
    virtual std::optional<PinSecret> pinSecret() const = 0;
    /** Replaces the secret as a whole, or changes nothing. */
    virtual Status storePinSecret(const PinSecret &secret) = 0;
    /** Removes it: the lock is then off. */
    virtual Status clearPinSecret() = 0;
};

} // namespace mend
