#include "domain/pbkdf2.h"
#include "services/applock.h"
#include "testsupport.h"

#include <QPasswordDigestor>
#include <QSqlQuery>
#include <ctime>

using namespace mend;

TEST_CASE("PBKDF2-HMAC-SHA-256 matches RFC 7914's test vectors and Qt's digestor", "[applock]")
{
    // RFC 7914 §11, "PBKDF2-HMAC-SHA256" vectors.
    CHECK(pbkdf2Sha256("passwd", "salt", 1, 64).toHex() ==
          "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
          "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    CHECK(pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex() ==
          "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    // A long key (hashed first) and a key length that is not a multiple of the digest.
    const QByteArray longKey(100, 'k');
    CHECK(pbkdf2Sha256(longKey, "pepper", 7, 45) ==
          QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, longKey, "pepper", 7, 45));
    CHECK(pbkdf2Sha256("1234", "0123456789abcdef", 1000, 32) ==
          QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "1234", "0123456789abcdef",
                                             1000, 32));
    CHECK(pbkdf2Sha256("x", "y", 0, 32).isEmpty());
}

TEST_CASE("The app lock keeps only a salted digest and checks the PIN", "[applock]")
{
    test::TempStore store;
    SettingsRepository settings(store.db);
    AppLock lock(settings);
    CHECK_FALSE(lock.enabled());
    CHECK(lock.tryUnlock(QString(), test::fixedNow()).unlocked); // no lock, nothing to unlock

    for (const char *bad : {"", "123", "123456789", "12a4", " 1234", "١٢٣٤"}) {
        auto refused = lock.setPin(QString::fromUtf8(bad));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().text() == QStringLiteral("pin: use 4 to 8 digits"));
        CHECK_FALSE(lock.enabled());
    }
    REQUIRE(lock.setPin(QStringLiteral("2468")).ok());
    CHECK(lock.enabled());
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(value, '|') FROM setting")));
    REQUIRE(q.next());
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("2468")));
    q.finish();

    CHECK_FALSE(lock.tryUnlock(QStringLiteral("1357"), test::fixedNow()).unlocked);
    CHECK(lock.tryUnlock(QStringLiteral("2468"), test::fixedNow()).unlocked);

    // The same PIN set twice gets a new salt, so a new digest.
    const QString first = settings.value(QStringLiteral("lock.digest")).value();
    REQUIRE(lock.setPin(QStringLiteral("2468")).ok());
    CHECK(settings.value(QStringLiteral("lock.digest")).value() != first);

    CHECK_FALSE(lock.removePin(QStringLiteral("0000"), test::fixedNow()).ok());
    CHECK(lock.enabled());
    REQUIRE(lock.removePin(QStringLiteral("2468"), test::fixedNow()).ok());
    CHECK_FALSE(lock.enabled());
}

TEST_CASE("Wrong PINs make the next attempt wait, doubling, also after a restart", "[applock]")
{
    test::TempStore store;
    SettingsRepository settings(store.db);
    REQUIRE(AppLock(settings).setPin(QStringLiteral("13579")).ok());
    QDateTime now = test::fixedNow();
    {
        AppLock lock(settings);
        for (int i = 1; i < AppLock::kFreeAttempts; ++i) {
            const auto r = lock.tryUnlock(QStringLiteral("00000"), now);
            CHECK_FALSE(r.unlocked);
            CHECK(r.waitSeconds == 0);
        }
        const auto fifth = lock.tryUnlock(QStringLiteral("00000"), now);
        CHECK(fifth.waitSeconds == AppLock::kFirstDelaySeconds);
        CHECK(fifth.message == QStringLiteral("Wrong PIN. Try again in 30 second(s)."));
    }
    AppLock restarted(settings);
    // Even the right PIN waits until the delay is over.
    const auto early = restarted.tryUnlock(QStringLiteral("13579"), now.addSecs(10));
    CHECK_FALSE(early.unlocked);
    CHECK(early.waitSeconds == 20);
    now = now.addSecs(31);
    CHECK(restarted.tryUnlock(QStringLiteral("11111"), now).waitSeconds == 60);
    now = now.addSecs(61);
    CHECK(restarted.tryUnlock(QStringLiteral("11111"), now).waitSeconds == 120);
    for (int i = 0; i < 12; ++i) {
        now = now.addSecs(AppLock::kMaxDelaySeconds + 1);
        CHECK(restarted.tryUnlock(QStringLiteral("11111"), now).waitSeconds <=
              AppLock::kMaxDelaySeconds);
    }
    now = now.addSecs(AppLock::kMaxDelaySeconds + 1);
    CHECK(restarted.tryUnlock(QStringLiteral("13579"), now).unlocked);
    // A success resets the count: the next wrong PIN does not wait.
    CHECK(restarted.tryUnlock(QStringLiteral("11111"), now).waitSeconds == 0);
}

TEST_CASE("The PIN wait survives clock jumps and time zones, and never exceeds its maximum",
          "[applock][clock]")
{
    test::TempStore store;
    SettingsRepository settings(store.db);
    REQUIRE(AppLock(settings).setPin(QStringLiteral("13579")).ok());
    const QDateTime realNow = test::fixedNow();
    // Five wrong PINs while the clock is 5,000 days ahead (as under faketime +5000d) …
    const QDateTime ahead = realNow.addDays(5000);
    for (int i = 0; i < AppLock::kFreeAttempts; ++i)
        AppLock(settings).tryUnlock(QStringLiteral("00000"), ahead);
    // … and back at the real time the wait is at most the longest one, not 13 years.
    CHECK(AppLock(settings).waitSeconds(realNow) == AppLock::kMaxDelaySeconds);
    CHECK(AppLock(settings).tryUnlock(QStringLiteral("13579"), realNow).waitSeconds ==
          AppLock::kMaxDelaySeconds);
}

TEST_CASE("The PIN wait is the same in another time zone after a restart", "[applock][clock]")
{
    const QByteArray savedTz = qgetenv("TZ");
    qputenv("TZ", "Pacific/Auckland");
    ::tzset();
    test::TempStore store;
    SettingsRepository settings(store.db);
    REQUIRE(AppLock(settings).setPin(QStringLiteral("13579")).ok());
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(18, 0)); // local: Auckland
    for (int i = 0; i < AppLock::kFreeAttempts; ++i)
        AppLock(settings).tryUnlock(QStringLiteral("00000"), now);
    const QDateTime instant = now.toUTC();
    qputenv("TZ", "America/Los_Angeles");
    ::tzset();
    const QDateTime sameInstant = instant.toLocalTime(); // local: Los Angeles
    const int wait = AppLock(settings).waitSeconds(sameInstant.addSecs(5));
    if (savedTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", savedTz);
    ::tzset();
    CHECK(wait == AppLock::kFirstDelaySeconds - 5);
}

TEST_CASE("When a wrong PIN cannot be counted, no PIN is checked (fail closed)",
          "[applock][hostile]")
{
    test::TempStore store;
    SettingsRepository settings(store.db);
    REQUIRE(AppLock(settings).setPin(QStringLiteral("13579")).ok());
    // Every write to the settings fails from now on, as on a full disk.
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER full_disk_update BEFORE UPDATE ON setting BEGIN "
                                  "SELECT RAISE(ABORT, 'database or disk is full'); END")));
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER full_disk_insert BEFORE INSERT ON setting BEGIN "
                                  "SELECT RAISE(ABORT, 'database or disk is full'); END")));
    QDateTime now = test::fixedNow();
    for (int i = 0; i < 10; ++i) {
        now = now.addSecs(AppLock::kMaxDelaySeconds + 1);
        CHECK_FALSE(AppLock(settings).tryUnlock(QStringLiteral("00000"), now).unlocked);
    }
    const auto right = AppLock(settings).tryUnlock(QStringLiteral("13579"), now.addSecs(1));
    CHECK_FALSE(right.unlocked);
    CHECK(right.message.startsWith(QStringLiteral("Mend could not save this attempt")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER full_disk_update")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER full_disk_insert")));
    CHECK(AppLock(settings).tryUnlock(QStringLiteral("13579"), now.addSecs(2)).unlocked);
}

namespace {

/** A platform keystore as the Android Keystore or the iOS Keychain would be, in memory. */
class KeystoreStandIn : public SecretStore
{
public:
    std::optional<PinSecret> pinSecret() const override { return kept; }
    Status storePinSecret(const PinSecret &secret) override
    {
        if (full)
            return Error{QStringLiteral("pin"), QStringLiteral("the keystore is full")};
        kept = secret;
        return Done{};
    }
    Status clearPinSecret() override
    {
        kept.reset();
        return Done{};
    }

    std::optional<PinSecret> kept;
    bool full = false;
};

} // namespace

TEST_CASE("With a platform's keystore the PIN's digest is kept there, never in the diary, and the "
          "wait after wrong PINs stays in the diary",
          "[applock]")
{
    test::TempStore store;
    SettingsRepository settings(store.db);
    KeystoreStandIn keystore;
    AppLock lock(settings, keystore);

    keystore.full = true;
    CHECK(lock.setPin(QStringLiteral("4821")).error().text() == "pin: the keystore is full");
    CHECK_FALSE(lock.enabled());
    keystore.full = false;

    REQUIRE(lock.setPin(QStringLiteral("4821")).ok());
    CHECK(lock.enabled());
    REQUIRE(keystore.kept.has_value());
    CHECK(keystore.kept->iterations == AppLock::kIterations);
    CHECK(keystore.kept->salt.size() == 16);
    CHECK(keystore.kept->digest ==
          pbkdf2Sha256("4821", keystore.kept->salt, AppLock::kIterations, 32));
    for (const char *key : {"lock.salt", "lock.digest", "lock.iterations"})
        CHECK(settings.value(QString::fromLatin1(key)).value_or(QString()).isEmpty());
    CHECK_FALSE(AppLock(settings).enabled()); // the diary alone knows of no PIN

    CHECK_FALSE(lock.tryUnlock(QStringLiteral("0000"), test::fixedNow()).unlocked);
    CHECK(settings.value(QStringLiteral("lock.failures")) == QStringLiteral("1"));
    CHECK(lock.tryUnlock(QStringLiteral("4821"), test::fixedNow()).unlocked);
    CHECK(settings.value(QStringLiteral("lock.failures")) == QStringLiteral("0"));

    REQUIRE(lock.removePin(QStringLiteral("4821"), test::fixedNow()).ok());
    CHECK_FALSE(keystore.kept.has_value());
    CHECK_FALSE(lock.enabled());
}

TEST_CASE("A damaged digest in the diary keeps the lock on and matches no PIN", "[applock]")
{
    test::TempStore store;
    SettingsRepository settings(store.db);
    REQUIRE(settings.setValue(QStringLiteral("lock.digest"), QStringLiteral("x")).ok());
    AppLock lock(settings);
    CHECK(lock.enabled());
    CHECK_FALSE(lock.tryUnlock(QStringLiteral("1234"), test::fixedNow()).unlocked);
}
