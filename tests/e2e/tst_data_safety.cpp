// What the diary must survive from other processes: the app and mend-cli on one diary, two
// writers at once, a restore while another process writes, a diary opened through a link.
#include "datasafetysupport.h"
#include "runningapp.h"

#include <QFileInfo>
#include <QThread>

TEST_CASE("The app and mend-cli write one diary in turns and at once: nothing lost or damaged",
          "[e2e][data-safety][multiprocess]")
{
    CliFixture cli;
    addEpisode(cli);
    mustSucceed(cli(logArgs(399, 5))); // so that the app's first start makes its daily backup
    RunningApp app(cli.db());
    int expected = 1;
    int day = 398;
    for (int round = 0; round < 12; ++round) {
        mustSucceed(cli(logArgs(day--, 4)));
        ++expected;
        REQUIRE(app.logDay(day--, 3) == QStringLiteral("saved"));
        ++expected;
        // At once: a CLI writer running while the app saves.
        QProcess writer;
        QStringList args{QStringLiteral("--db"), cli.db()};
        args += logArgs(day--, 2);
        writer.start(QStringLiteral(MEND_CLI_PATH), args);
        REQUIRE(app.logDay(day--, 6) == QStringLiteral("saved"));
        REQUIRE(writer.waitForFinished(30000));
        INFO(writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitCode() == 0);
        expected += 2;
        // The app shows what the CLI wrote, without a restart.
        CHECK(app.shownEntries() == expected);
    }
    CHECK(entryCount(cli) == expected);
    CHECK(app.quit() == 0);
    const auto [integrity, count] = inspect(cli.db());
    CHECK(integrity == QStringLiteral("ok"));
    CHECK(count == expected);
    CHECK(QDir(cli.dir.filePath(QStringLiteral("cli-backups")))
              .entryList({QStringLiteral("*-daily-*.sqlite")})
              .size() == 1);
}

TEST_CASE("Two mend-cli writers at once: every save succeeds", "[e2e][data-safety][multiprocess]")
{
    CliFixture cli;
    addEpisode(cli, 900);
    constexpr int kSaves = kSanitizedBuild ? 50 : 150;
    QList<QProcess *> writers;
    for (int w = 0; w < 2; ++w) {
        auto *p = new QProcess;
        // One shell loop per writer, so the two really overlap: the saves of writer w are on
        // the days w, w + 2, w + 4, …
        QString script;
        for (int i = 0; i < kSaves; ++i)
            script +=
                QStringLiteral("'%1' --db '%2' log --date %3 --pain 4 || echo FAILED\n")
                    .arg(QStringLiteral(MEND_CLI_PATH), cli.db(), isoDaysFromToday(-(w + 2 * i)));
        p->start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        writers << p;
    }
    int failed = 0;
    QByteArray errors;
    for (auto *p : writers) {
        REQUIRE(p->waitForFinished(300000));
        failed += int(p->readAllStandardOutput().count("FAILED"));
        errors += p->readAllStandardError();
        delete p;
    }
    INFO(errors.left(2000).toStdString());
    CHECK(failed == 0);
    CHECK(entryCount(cli) == 2 * kSaves);
}

TEST_CASE("A diary opened through a link is restored in place and the link stays a link",
          "[e2e][data-safety][backup]")
{
    CliFixture cli;
    QDir(cli.dir.path()).mkdir(QStringLiteral("real"));
    const QString real = cli.dir.filePath(QStringLiteral("real/diary.sqlite"));
    const QString link = cli.dir.filePath(QStringLiteral("diary.sqlite"));
    auto run = [&](QStringList args) {
        args.prepend(link);
        args.prepend(QStringLiteral("--db"));
        return runProgram(QStringLiteral(MEND_CLI_PATH), args);
    };
    // The backups folder is itself a link (to another disk, say): Mend follows it.
    QDir(cli.dir.path()).mkdir(QStringLiteral("elsewhere"));
    REQUIRE(QFile::link(cli.dir.filePath(QStringLiteral("elsewhere")),
                        cli.dir.filePath(QStringLiteral("real/diary-backups"))));
    mustSucceed(runProgram(QStringLiteral(MEND_CLI_PATH),
                           {QStringLiteral("--db"), real, QStringLiteral("demo")}));
    REQUIRE(QFile::link(real, link));
    const int before =
        int(QJsonDocument::fromJson(run({QStringLiteral("entries")}).out).array().size());
    mustSucceed(run({QStringLiteral("backup"), QStringLiteral("create")}));
    CHECK(QDir(cli.dir.filePath(QStringLiteral("elsewhere"))).entryList(QDir::Files).size() == 1);
    mustSucceed(run(logArgs(0, 1)));
    const QString name =
        QDir(cli.dir.filePath(QStringLiteral("elsewhere"))).entryList(QDir::Files).value(0);
    mustSucceed(run({QStringLiteral("backup"), QStringLiteral("restore"), name}));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).symLinkTarget() == real);
    CHECK(int(QJsonDocument::fromJson(run({QStringLiteral("entries")}).out).array().size()) ==
          before);
    CHECK_FALSE(QDir(cli.dir.path()).entryList({QStringLiteral("diary.sqlite.replaced-*")}).size());
    CHECK(QDir(cli.dir.filePath(QStringLiteral("real")))
              .entryList({QStringLiteral("diary.sqlite.replaced-*")})
              .size() == 1);
}

TEST_CASE("A restore while another process writes never leaves an empty diary",
          "[e2e][data-safety][backup]")
{
    CliFixture cli;
    addEpisode(cli, 900);
    mustSucceed(cli(logArgs(0, 3)));
    mustSucceed(cli({QStringLiteral("backup"), QStringLiteral("create")}));
    const QString name =
        QDir(cli.dir.filePath(QStringLiteral("cli-backups"))).entryList(QDir::Files).value(0);
    QProcess writer;
    QString script;
    for (int i = 1; i <= 60; ++i)
        script += QStringLiteral("'%1' --db '%2' log --date %3 --pain 4 || echo FAILED\n")
                      .arg(QStringLiteral(MEND_CLI_PATH), cli.db(), isoDaysFromToday(-i));
    writer.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    for (int i = 0; i < 5; ++i) {
        const auto r = cli({QStringLiteral("backup"), QStringLiteral("restore"), name});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        QThread::msleep(100);
    }
    REQUIRE(writer.waitForFinished(120000));
    CHECK(writer.readAllStandardOutput().count("FAILED") == 0);
    // Every episode list shows the episode: the path never named a new, empty diary.
    CHECK(cli.json({QStringLiteral("episode"), QStringLiteral("list")}).array().size() == 1);
    CHECK(inspect(cli.db()).first == QStringLiteral("ok"));
}
