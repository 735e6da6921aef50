#include "diarysecretstore.h"

#include <QList>

namespace mend {
namespace {

const QString kSalt = QStringLiteral("lock.salt");
const QString kDigest = QStringLiteral("lock.digest");
const QString kIterations = QStringLiteral("lock.iterations");
const QString kCleared = QStringLiteral(""); // stored as empty text (the column is NOT NULL)

QByteArray bytes(const SettingsRepository &settings, const QString &key)
{
    return QByteArray::fromBase64(settings.value(key).value_or(QString()).toLatin1());
}

} // namespace

DiarySecretStore::DiarySecretStore(SettingsRepository &settings) : m_settings(settings) {}

std::optional<PinSecret> DiarySecretStore::pinSecret() const
{
    // Any stored text means the lock is on, even text that does not decode: a damaged secret
    // then matches no PIN (the lock fails closed) rather than turning the lock off.
    if (m_settings.value(kDigest).value_or(QString()).isEmpty())
        return std::nullopt;
    return PinSecret{bytes(m_settings, kSalt), bytes(m_settings, kDigest),
                     m_settings.value(kIterations).value_or(QString()).toInt()};
}

Status DiarySecretStore::storePinSecret(const PinSecret &secret)
{
    return m_settings.setValues({{kSalt, QString::fromLatin1(secret.salt.toBase64())},
                                 {kDigest, QString::fromLatin1(secret.digest.toBase64())},
                                 {kIterations, QString::number(secret.iterations)}});
}

Status DiarySecretStore::clearPinSecret()
{
    return m_settings.setValues({{kSalt, kCleared}, {kDigest, kCleared}});
}

} // namespace mend
