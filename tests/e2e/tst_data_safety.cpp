// What the diary must survive, with real processes: the app and mend-cli on one diary, two
// writers at once, outputs that name the diary, a full disk (a small tmpfs, when the test runs as
// root), a clock behind its backups, links, odd arguments and hostile bytes.
#include "clifixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void mustSucceed(const RunResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void addEpisode(const CliFixture &cli, int injectedDaysAgo = 400)
{
    mustSucceed(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                     QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
                     QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                     QStringLiteral("--injected"), isoDaysFromToday(-injectedDaysAgo),
                     QStringLiteral("--product"), QStringLiteral("prp"),
                     QStringLiteral("--baseline-pain"), QStringLiteral("6")}));
}

QStringList logArgs(int daysAgo, int pain)
{
    return {QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-daysAgo),
            QStringLiteral("--pain"), QString::number(pain)};
}

int entryCount(const CliFixture &cli)
{
    return int(cli.json({QStringLiteral("entries")}).array().size());
}

/** PRAGMA integrity_check and the number of entries, read by this process after the others. */
std::pair<QString, int> inspect(const QString &path)
{
    const QString name = QStringLiteral("inspect-") + path;
    std::pair<QString, int> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        out.first = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM daily_entry")));
        REQUIRE(q.next());
        out.second = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/** The running app (`mend --control`, offscreen) on a diary, driven line by line. */
class RunningApp
{
public:
    explicit RunningApp(const QString &db)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(MEND_APP_PATH),
                        {QStringLiteral("--db"), db, QStringLiteral("--control")});
        REQUIRE(m_process.waitForStarted(10000));
        REQUIRE(readLine() == QStringLiteral("ready"));
    }
    ~RunningApp()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(20000))
            m_process.kill();
    }
    QString command(const QString &line)
    {
        m_process.write(line.toUtf8() + '\n');
        return readLine();
    }
    QString logDay(int daysAgo, int pain)
    {
        return command(QStringLiteral("log %1 %2").arg(isoDaysFromToday(-daysAgo)).arg(pain));
    }
    int shownEntries() { return command(QStringLiteral("count")).toInt(); }
    int quit()
    {
        command(QStringLiteral("quit"));
        m_process.closeWriteChannel();
        REQUIRE(m_process.waitForFinished(20000));
        INFO(m_process.readAllStandardError().toStdString());
        return m_process.exitCode();
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(20000))
                FAIL("the app did not answer: " << m_process.readAllStandardError().toStdString());
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QProcess m_process;
};

/** A small tmpfs mounted for the test (root only): a real full disk. */
class SmallDisk
{
public:
    explicit SmallDisk(int kib)
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=%1k").arg(kib),
                                       QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /** Fills the disk until at most keepKiB are free. */
    void fill(int keepKiB) const
    {
        QFile filler(path(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(1024, 'x');
        while (freeKiB() > keepKiB && filler.write(block) == block.size() && filler.flush()) {
        }
    }
    void unfill() const { QFile::remove(path(QStringLiteral("filler"))); }
    int freeKiB() const
    {
        struct statvfs fs
        {
        };
        return ::statvfs(QFile::encodeName(m_dir.path()).constData(), &fs) == 0
                   ? int(qint64(fs.f_bavail) * qint64(fs.f_frsize) / 1024)
                   : 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

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
