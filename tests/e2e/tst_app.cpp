#include "processrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

/** Distinct colours in a sampled grid: a blank or single-colour render has very few. */
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

TEST_CASE("mend --demo --screenshot renders every main screen, none blank", "[e2e][app]")
{
    QTemporaryDir dir;
    const auto r =
        runProgram(QStringLiteral(MEND_APP_PATH),
                   {QStringLiteral("--demo"), QStringLiteral("--screenshot"), dir.path()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (const char *screen :
         {"today", "timeline", "history", "results", "results-detail", "questionnaire", "settings",
          "review", "cohort", "setup", "protocol"}) {
        const QString path = dir.filePath(QLatin1String(screen) + QStringLiteral(".png"));
        INFO(path.toStdString());
        CHECK(r.out.contains(path.toUtf8()));
        QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == 390);
        CHECK(image.height() == 844);
        CHECK(distinctColours(image) > 40);
    }
}

TEST_CASE("mend --screenshot --size renders a wide window", "[e2e][app]")
{
    QTemporaryDir dir;
    const auto r =
        runProgram(QStringLiteral(MEND_APP_PATH),
                   {QStringLiteral("--demo"), QStringLiteral("--size"), QStringLiteral("1280x800"),
                    QStringLiteral("--screenshot"), dir.path()});
    REQUIRE(r.exitCode == 0);
    QImage image(dir.filePath(QStringLiteral("timeline.png")));
    CHECK(image.size() == QSize(1280, 800));
}

TEST_CASE("mend refuses a file that is not a Mend database and leaves it alone", "[e2e][app]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("not a database\n").repeated(100);
    f.write(garbage);
    f.close();
    const auto r = runProgram(QStringLiteral(MEND_APP_PATH), {QStringLiteral("--db"), path},
                              {QStringLiteral("MEND_NO_ERROR_WINDOW=1")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(path.toUtf8()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == garbage);
}

TEST_CASE("mend shows a damaged diary's problem and its backups, and leaves the file alone",
          "[e2e][app]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/schemas/mend-v4.sqlite"), path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    for (int i = 3 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char(0x5a);
    REQUIRE(f.seek(0));
    f.write(bytes);
    f.close();
    const QString shots = dir.filePath(QStringLiteral("shots"));
    const auto r =
        runProgram(QStringLiteral(MEND_APP_PATH),
                   {QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shots});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("the file is damaged"));
    const QImage image(QDir(shots).filePath(QStringLiteral("startup-error.png")));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 390);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == bytes);
}

TEST_CASE("mend makes the day's backup of a diary at start, once", "[e2e][app]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/schemas/mend-v4.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString shots = dir.filePath(QStringLiteral("shots"));
    for (int run = 0; run < 2; ++run) {
        const auto r = runProgram(QStringLiteral(MEND_APP_PATH),
                                  {QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                   shots, QStringLiteral("--size"), QStringLiteral("390x844")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QStringList backups = QDir(dir.filePath(QStringLiteral("diary-backups")))
                                    .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    CHECK(backups.filter(QStringLiteral("-pre-migration-v4.sqlite")).size() == 1);
    // The day's backup is taken after the migration: at the newest schema version (above 4).
    const QStringList daily =
        backups.filter(QRegularExpression(QStringLiteral("-daily-v[0-9]+\\.sqlite$")));
    REQUIRE(daily.size() == 1);
    CHECK(daily.first().section(QStringLiteral("-v"), -1).section(u'.', 0, 0).toInt() > 4);
    CHECK(backups.size() == 2);
}

TEST_CASE("mend rejects a malformed --size", "[e2e][app]")
{
    const auto r =
        runProgram(QStringLiteral(MEND_APP_PATH),
                   {QStringLiteral("--size"), QStringLiteral("huge"), QStringLiteral("--demo")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--size: 'huge' is not WIDTHxHEIGHT"));
}

TEST_CASE("mend rejects a --language it does not have, and writes nothing", "[e2e][app]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const auto r = runProgram(QStringLiteral(MEND_APP_PATH),
                              {QStringLiteral("--language"), QStringLiteral("xx"),
                               QStringLiteral("--db"), db, QStringLiteral("--self-test")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--language: \"xx\" is not one of system, en, es"));
    CHECK_FALSE(QFileInfo::exists(db));
}
