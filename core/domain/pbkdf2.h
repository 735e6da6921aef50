#pragma once

#include <QByteArray>

namespace mend {

/** PBKDF2 with HMAC-SHA-256 (RFC 8018 §5.2); the app lock stores only this of the PIN. */
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLength);

} // namespace mend
