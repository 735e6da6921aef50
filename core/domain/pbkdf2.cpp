#include "pbkdf2.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace mend {
namespace {

constexpr int kBlock = 64; // SHA-256's block size
constexpr int kDigest = 32;

/** HMAC-SHA-256 with the key's inner and outer pads prepared once (RFC 2104). */
class Hmac
{
public:
    explicit Hmac(QByteArray key)
    {
        if (key.size() > kBlock)
            key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
        key.resize(kBlock, '\0');
        m_inner = key;
        m_outer = key;
        for (int i = 0; i < kBlock; ++i) {
            m_inner[i] = char(m_inner[i] ^ 0x36);
            m_outer[i] = char(m_outer[i] ^ 0x5c);
        }
    }
    QByteArray operator()(const QByteArray &message)
    {
        m_hash.reset();
        m_hash.addData(m_inner);
        m_hash.addData(message);
        const QByteArray inner = m_hash.result();
        m_hash.reset();
        m_hash.addData(m_outer);
        m_hash.addData(inner);
        return m_hash.result();
    }

private:
    QByteArray m_inner;
    QByteArray m_outer;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLength)
{
    if (iterations < 1 || keyLength < 1)
        return {};
    Hmac hmac(password);
    QByteArray key;
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        QByteArray index(4, '\0');
        qToBigEndian(block, index.data());
        QByteArray u = hmac(salt + index);
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            u = hmac(u);
            for (int b = 0; b < kDigest; ++b)
                t[b] = char(t[b] ^ u[b]);
        }
        key += t;
    }
    key.truncate(keyLength);
    return key;
}

} // namespace mend
