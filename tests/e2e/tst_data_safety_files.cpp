// What the diary must survive from files, disks and clocks: outputs that name the diary, odd
// --db paths, files only its user reads, a full disk (a small tmpfs, when the test runs as root),
// a clock behind its backups and hostile bytes in error messages.
#include "datasafetysupport.h"
#include "smalldisk.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <sys/stat.h>

TEST_CASE("An export or report over the diary, its log or a backup is refused and changes nothing",
          "[e2e][data-safety]")
{
    CliFixture cli;
    mustSucceed(cli({QStringLiteral("demo")}));
    mustSucceed(cli({QStringLiteral("backup"), QStringLiteral("create")}));
    const QString backup =
        cli.json({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")})
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("path"))
            .toString();
    const QString link = cli.dir.filePath(QStringLiteral("link-to-diary"));
    REQUIRE(QFile::link(cli.db(), link));
    const QByteArray diary = readBytes(cli.db());
    const QByteArray copy = readBytes(backup);
    const QString sameThroughDots =
        cli.dir.path() + QStringLiteral("/./sub/../") + QFileInfo(cli.db()).fileName();
    QDir(cli.dir.path()).mkdir(QStringLiteral("sub"));
    for (const QString &target :
         {cli.db(), cli.db() + QStringLiteral("-wal"), cli.db() + QStringLiteral("-shm"), backup,
          link, sameThroughDots}) {
        INFO(target.toStdString());
        requireOneLineRefusal(cli({QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("-o"), target}),
                              QStringLiteral("this is the diary itself or one of its backups"));
        requireOneLineRefusal(cli({QStringLiteral("report"), QStringLiteral("-o"), target}),
                              QStringLiteral("this is the diary itself or one of its backups"));
        requireOneLineRefusal(cli({QStringLiteral("import"), target}),
                              QStringLiteral("this is the diary itself or one of its backups"));
    }
    CHECK(readBytes(cli.db()) == diary);
    CHECK(readBytes(backup) == copy);
    CHECK(entryCount(cli) > 60);
}

TEST_CASE("A --db path that is empty or not UTF-8 is refused", "[e2e][data-safety]")
{
    CliFixture cli;
    const auto empty = runProgram(QStringLiteral(MEND_CLI_PATH),
                                  {QStringLiteral("--db"), QString(), QStringLiteral("entries")});
    requireOneLineRefusal(empty, QStringLiteral("--db needs a file path, not an empty one"));
    requireOneLineRefusal(runProgram(QStringLiteral(MEND_CLI_PATH),
                                     {QStringLiteral("--db="), QStringLiteral("entries")}),
                          QStringLiteral("--db needs a file path"));
    const auto app = runProgram(QStringLiteral(MEND_APP_PATH), {QStringLiteral("--db"), QString()});
    CHECK(app.exitCode == 2);
    CHECK(app.err.contains("--db needs a file path"));

    // A file name with a byte that is not UTF-8 (Latin-1 "é", octal 351), made by the shell.
    for (const char *program : {MEND_CLI_PATH, MEND_APP_PATH}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("exec '%1' --db \"$(printf '%2/caf\\351.sqlite')\" "
                                "--first-frame entries")
                     .arg(QString::fromUtf8(program), cli.dir.path())});
        if (!p.waitForFinished(30000))
            p.kill();
        const QByteArray err = p.readAllStandardError();
        INFO(program << ": " << err.toStdString());
        CHECK(p.exitCode() == 2);
        CHECK(err.contains("is not valid UTF-8"));
    }
    CHECK(QDir(cli.dir.path()).entryList(QDir::Files).isEmpty()); // no diary under another name
}

TEST_CASE("Every file Mend writes is readable by its user only, from the start",
          "[e2e][data-safety]")
{
    CliFixture cli;
    mustSucceed(cli({QStringLiteral("demo")}));
    mustSucceed(cli({QStringLiteral("backup"), QStringLiteral("create")}));
    const QString csv = cli.dir.filePath(QStringLiteral("out.csv"));
    const QString pdf = cli.dir.filePath(QStringLiteral("out.pdf"));
    mustSucceed(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("-o"), csv}));
    mustSucceed(cli({QStringLiteral("report"), QStringLiteral("-o"), pdf}));
    QStringList files{cli.db(), csv, pdf};
    const QDir backups(cli.dir.filePath(QStringLiteral("cli-backups")));
    for (const auto &name : backups.entryList(QDir::Files))
        files << backups.filePath(name);
    REQUIRE(files.size() >= 4);
    for (const auto &file : files) {
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(file).constData(), &st) == 0);
        INFO(file.toStdString());
        CHECK((st.st_mode & 0777) == 0600);
    }
    struct stat dir
    {
    };
    REQUIRE(::stat(QFile::encodeName(backups.path()).constData(), &dir) == 0);
    CHECK((dir.st_mode & 0077) == 0);
}

TEST_CASE("On a full disk: restore, report, export and an update fail cleanly and keep the diary",
          "[e2e][data-safety][full-disk]")
{
    SmallDisk disk(4096);
    if (!disk.mounted()) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    const QString db = disk.path(QStringLiteral("d.sqlite"));
    auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runProgram(QStringLiteral(MEND_CLI_PATH), args);
    };
    mustSucceed(cli({QStringLiteral("demo")}));
    mustSucceed(cli({QStringLiteral("backup"), QStringLiteral("create")}));
    mustSucceed(cli(logArgs(0, 2)));
    const auto entriesBefore = cli({QStringLiteral("entries")}).out;
    const QString name = QDir(disk.path(QStringLiteral("d-backups")))
                             .entryList({QStringLiteral("*-manual-*.sqlite")})
                             .value(0);
    REQUIRE_FALSE(name.isEmpty());

    // Room to open the diary, not to write a report or an export.
    disk.fill(56); // the -shm takes 32 KiB
    const auto report =
        cli({QStringLiteral("report"), QStringLiteral("-o"), disk.path(QStringLiteral("r.pdf"))});
    INFO("report: " << report.err.toStdString());
    CHECK(report.exitCode == 2);
    CHECK(report.err.contains("r.pdf: cannot be written: the disk is full"));
    const auto exported =
        cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fhir"),
             QStringLiteral("-o"), disk.path(QStringLiteral("e.json"))});
    INFO("export: " << exported.err.toStdString());
    CHECK(exported.exitCode == 2);
    CHECK(exported.err.contains("e.json: cannot be written: the disk is full"));
    disk.fill(4);
    const auto restore = cli({QStringLiteral("backup"), QStringLiteral("restore"), name});
    INFO("restore: " << restore.err.toStdString());
    CHECK(restore.exitCode == 2);
    CHECK(restore.err.contains("the disk is full"));
    const auto saved = cli(logArgs(1, 7));
    CHECK(saved.exitCode != 0);
    CHECK(saved.err.contains("the disk is full"));
    disk.unfill();
    // Nothing half-written is left, and the diary is as it was.
    QStringList left = QDir(disk.path(QString())).entryList(QDir::Files);
    left.removeAll(QStringLiteral("d.sqlite"));
    left.removeAll(QStringLiteral("d.sqlite-wal"));
    left.removeAll(QStringLiteral("d.sqlite-shm"));
    CHECK(left.isEmpty());
    CHECK(cli({QStringLiteral("entries")}).out == entriesBefore);
    CHECK(inspect(db).first == QStringLiteral("ok"));
}

TEST_CASE("An update on a full disk leaves the file as it was, a retry works once there is room",
          "[e2e][data-safety][full-disk]")
{
    SmallDisk disk(600);
    if (!disk.mounted()) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    const QString db = disk.path(QStringLiteral("d.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/schemas/mend-v1.sqlite"), db));
    const QByteArray original = readBytes(db);
    disk.fill(130);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto r = runProgram(
            QStringLiteral(MEND_CLI_PATH),
            {QStringLiteral("--db"), db, QStringLiteral("episode"), QStringLiteral("list")});
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains("the disk is full"));
    }
    disk.unfill();
    const auto r =
        runProgram(QStringLiteral(MEND_CLI_PATH),
                   {QStringLiteral("--db"), db, QStringLiteral("episode"), QStringLiteral("list")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out).array().size() == 2);
    const QStringList copies = QDir(disk.path(QStringLiteral("d-backups")))
                                   .entryList({QStringLiteral("*-pre-migration-v1.sqlite")});
    CHECK(copies.size() == 1); // not one per failed attempt
    CHECK(readBytes(disk.path(QStringLiteral("d-backups/")) + copies.value(0)).size() > 0);
    (void)original;
}

TEST_CASE("The app starts when the clock is behind the newest daily backups", "[e2e][clock]")
{
    CliFixture cli;
    mustSucceed(cli({QStringLiteral("demo")}));
    mustSucceed(cli({QStringLiteral("backup"), QStringLiteral("create")}));
    const QDir backups(cli.dir.filePath(QStringLiteral("cli-backups")));
    const QString manual = backups.filePath(backups.entryList(QDir::Files).value(0));
    const QString version = manual.section(QLatin1Char('-'), -1); // "v5.sqlite"
    // Seven daily copies dated 8 to 14 days ahead: the clock was ahead, or is behind now.
    for (int d = 8; d <= 14; ++d)
        REQUIRE(
            QFile::copy(manual, backups.filePath(QStringLiteral("mend-%1-090000-daily-%2")
                                                     .arg(QDate::currentDate().addDays(d).toString(
                                                              QStringLiteral("yyyyMMdd")),
                                                          version))));
    for (int start = 0; start < 2; ++start) {
        const auto r = runProgram(QStringLiteral(MEND_APP_PATH), {QStringLiteral("--db"), cli.db(),
                                                                  QStringLiteral("--first-frame")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QStringList daily = backups.entryList({QStringLiteral("*-daily-*.sqlite")});
    CHECK(daily.size() == 8); // today's copy, and the seven dated ahead are kept
    CHECK(daily.filter(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))).size() == 1);
}

TEST_CASE("Control characters from a file are shown escaped in error messages",
          "[e2e][data-safety][hostile]")
{
    CliFixture cli;
    addEpisode(cli, 30);
    const QString file = cli.dir.filePath(QStringLiteral("evil.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("date,pain_average,activity_level\r\n2026-01-01,4,\x1b]0;owned\x07\x1b[31mred\r\n");
    }
    const auto r = cli({QStringLiteral("import"), file});
    CHECK(r.exitCode == 2);
    const QByteArray all = r.out + r.err;
    INFO(all.toStdString());
    CHECK_FALSE(all.contains('\x1b'));
    CHECK_FALSE(all.contains('\x07'));
    CHECK(all.contains("\\x1b"));
}
