#include "clifixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int entryCount(const CliFixture &cli)
{
    return int(cli.json({QStringLiteral("entries")}).array().size());
}

void logDay(const CliFixture &cli, int daysAgo, int pain)
{
    const auto r = cli({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-daysAgo),
                        QStringLiteral("--pain"), QString::number(pain)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("mend-cli backup create, list and restore", "[e2e][cli][backup]")
{
    CliFixture cli;
    REQUIRE(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                 QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
                 QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                 QStringLiteral("--injected"), isoDaysFromToday(-30), QStringLiteral("--product"),
                 QStringLiteral("prp"), QStringLiteral("--baseline-pain"), QStringLiteral("6")})
                .exitCode == 0);
    logDay(cli, 3, 5);
    logDay(cli, 2, 4);
    const auto empty = cli({QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains("no backups yet"));

    const auto made = cli({QStringLiteral("backup"), QStringLiteral("create")});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains("cli-backups/mend-"));
    const QJsonArray listed =
        cli.json({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    REQUIRE(listed.size() == 1);
    const QString name = listed.at(0).toObject().value(QStringLiteral("name")).toString();
    CHECK(listed.at(0).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("manual"));

    logDay(cli, 1, 3);
    REQUIRE(entryCount(cli) == 3);
    const auto restored = cli({QStringLiteral("backup"), QStringLiteral("restore"), name});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(entryCount(cli) == 2);
    const QStringList aside =
        QDir(cli.dir.path()).entryList({QStringLiteral("cli.sqlite.replaced-*")}, QDir::Files);
    CHECK(aside.size() >= 1);

    requireOneLineRefusal(cli({QStringLiteral("backup"), QStringLiteral("restore"),
                               QStringLiteral("mend-19990101-000000-daily-v5.sqlite")}),
                          QStringLiteral("no backup named 'mend-19990101-000000-daily-v5.sqlite'"));
    requireOneLineRefusal(cli({QStringLiteral("backup"), QStringLiteral("restore")}),
                          QStringLiteral("backup restore needs a NAME"));
    CHECK(cli({QStringLiteral("backup"), QStringLiteral("wipe")}).exitCode == 2);
}

TEST_CASE("A damaged diary is refused untouched, and a backup restores it", "[e2e][cli][backup]")
{
    CliFixture cli;
    REQUIRE(cli({QStringLiteral("demo")}).exitCode == 0);
    const int before = entryCount(cli);
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("create")}).exitCode == 0);
    // Checkpoint the WAL into the file, then damage the file's pages.
    for (const QString &ext : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cli.db() + ext);
    QByteArray bytes = readBytes(cli.db());
    REQUIRE(bytes.size() > 6 * 4096);
    for (int i = 2 * 4096; i < 6 * 4096; ++i)
        bytes[i] = char(i * 31);
    {
        QFile f(cli.db());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const auto refused = cli({QStringLiteral("entries")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(cli.db().toUtf8()));
    CHECK(readBytes(cli.db()) == bytes);

    const QJsonArray listed =
        cli.json({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    REQUIRE(listed.size() >= 1);
    const auto restored = cli({QStringLiteral("backup"), QStringLiteral("restore"),
                               listed.at(0).toObject().value(QStringLiteral("name")).toString()});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(entryCount(cli) == before);
}

TEST_CASE("mend-cli updates a version-1 diary after a backup of it", "[e2e][cli][backup]")
{
    CliFixture cli;
    REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/schemas/mend-v1.sqlite"), cli.db()));
    QFile::setPermissions(cli.db(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto episodes = cli.json({QStringLiteral("episode"), QStringLiteral("list")}).array();
    CHECK(episodes.size() == 2);
    const QJsonArray listed =
        cli.json({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("pre-migration"));
    CHECK(listed.at(0).toObject().value(QStringLiteral("schemaVersion")).toInt() == 1);
}
