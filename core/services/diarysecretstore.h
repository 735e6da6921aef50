#pragma once

#include "secretstore.h"
#include "storage/settingsrepository.h"

namespace mend {

/** The PIN's digest in the diary's settings table (lock.salt, lock.digest, lock.iterations), so
 *  that it moves with the diary and mend-cli sees the same lock: Linux's SecretStore. */
class DiarySecretStore : public SecretStore
{
public:
    explicit DiarySecretStore(SettingsRepository &settings);

    std::optional<PinSecret> pinSecret() const override;
    Status storePinSecret(const PinSecret &secret) override;
    Status clearPinSecret() override;

private:
    SettingsRepository &m_settings;
};

} // namespace mend
