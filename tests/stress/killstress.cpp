// SIGKILLs writers at random moments and checks after every kill that the database is intact and
// holds every acknowledged entry with its exact values. Four phases:
//   1. crash_writer saving entries (synchronous=FULL, one transaction per entry);
//   2. mend-cli opening a schema-version-1 diary, i.e. killed during its migration: the file must
//      be at version 1 or the current one, with the matching tables, never a mix;
//   3. the app open on the same diary (mend --control, a second live process) logging its own days
//      while the writer is killed, mend-cli restoring a backup in the middle, and the app itself
//      SIGKILLed right after a save it acknowledged.
//   4. mend-cli importing a folder of FHIR Bundles into a clinic database: every patient found
//      is whole (a file is all or nothing, committed in batches), and the import run again
//      completes the cohort.
// Usage: kill_stress WRITER MEND_CLI MEND V1_FIXTURE KILLS [SEED]. Prints figures; exit 1 on any
// loss.

#include "demo/democohort.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/entryrepository.h"
#include "stressentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>
#include <signal.h>

namespace {

int g_failures = 0;

void fail(const QString &what)
{
    ++g_failures;
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(what));
}

/** Starts program, kills it with SIGKILL after delayMs (if still running); returns its stdout. */
QByteArray runAndKill(const QString &program, const QStringList &args, int delayMs, bool *killed)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        fail(QStringLiteral("cannot start ") + program);
        return {};
    }
    *killed = !p.waitForFinished(delayMs);
    if (*killed) {
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(10000);
    }
    return p.readAllStandardOutput();
}

QString integrity(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check did not run");
    return q.value(0).toString();
}

/** The days the app logged (after the writer's range), with the pain it saved. */
using AppDays = QMap<QDate, int>;

/** Every acknowledged entry (and any other) is there with exact values, with no gaps; the app's
 *  days are there too and nothing else. */
void verifyEntries(const QString &path, int acknowledged, int round, const AppDays &appDays = {})
{
    auto opened = mend::Database::open(path);
    if (!opened) {
        fail(QStringLiteral("round %1: cannot reopen: %2").arg(round).arg(opened.error().message));
        return;
    }
    auto db = opened.value();
    if (const QString check = integrity(db->connection()); check != QLatin1String("ok"))
        fail(QStringLiteral("round %1: integrity_check: %2").arg(round).arg(check));
    mend::EntryRepository entries(db);
    QList<mend::DailyEntry> stored;
    AppDays foundAppDays;
    for (const auto &e : entries.forEpisode(1)) {
        if (e.date < stress::firstAppDay())
            stored.append(e);
        else
            foundAppDays.insert(e.date, e.painAverage);
    }
    if (foundAppDays != appDays)
        fail(QStringLiteral("round %1: %2 days from the app stored, %3 acknowledged (or values "
                            "differ)")
                 .arg(round)
                 .arg(foundAppDays.size())
                 .arg(appDays.size()));
    if (stored.size() < acknowledged)
        fail(QStringLiteral("round %1: %2 entries stored, %3 acknowledged")
                 .arg(round)
                 .arg(stored.size())
                 .arg(acknowledged));
    for (int i = 0; i < stored.size(); ++i) {
        const auto expected = stress::entryFor(i);
        const auto &got = stored.at(i);
        if (got.date != expected.date || got.painAverage != expected.painAverage ||
            got.painRest != expected.painRest || got.steps != expected.steps ||
            got.note != expected.note || got.rom != expected.rom)
            fail(QStringLiteral("round %1: entry %2 (%3) differs from what was saved")
                     .arg(round)
                     .arg(i)
                     .arg(got.date.toString(Qt::ISODate)));
    }
}

int lastAck(const QByteArray &out)
{
    int last = -1;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("ack "))
            last = line.mid(4).toInt();
    return last;
}

QStringList tables(const QString &path)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (q.next())
                names << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return names;
}

/** The app (mend --control, offscreen) as a second live process on the diary. */
class RunningApp
{
public:
    RunningApp(const QString &program, const QString &db)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(program, {QStringLiteral("--db"), db, QStringLiteral("--control")});
        if (!m_process.waitForStarted(10000) || readLine() != QLatin1String("ready"))
            fail(QStringLiteral("the app did not start: ") +
                 QString::fromUtf8(m_process.readAllStandardError()));
    }
    ~RunningApp() { kill(); }
    QString command(const QString &line)
    {
        m_process.write(line.toUtf8() + '\n');
        return readLine();
    }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(30000))
                return QStringLiteral("(no answer) ") +
                       QString::fromUtf8(m_process.readAllStandardError());
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QProcess m_process;
};

QString runToEnd(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(program + u' ' + args.join(u' ') + QStringLiteral(": ") +
             QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/** Entries in the file (writer's and app's), as the app should show them. */
int storedCount(const QString &path)
{
    auto opened = mend::Database::open(path);
    if (!opened)
        return -1;
    QSqlQuery q(opened.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM daily_entry")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

struct AppPhaseFigures
{
    int rounds = 0;
    int appSaves = 0;
    int writerAcks = 0;
};

/** Phase 3: the writer killed again and again while the app is open and saving its own days; a
 *  restore by mend-cli in the middle; the app killed after an acknowledged save, then reopened. */
AppPhaseFigures runWithApp(const QString &writer, const QString &cli, const QString &mend,
                           const QString &path, int rounds, QRandomGenerator &random)
{
    AppPhaseFigures figures;
    figures.rounds = rounds;
    bool killed = false;
    // The app needs the episode: on a slow or busy machine (a sanitizer build, 2 cores shared)
    // the first writer can be killed before it made it, so it runs again, longer, until it has.
    int acknowledged = -1;
    for (int attempt = 1; attempt <= 10 && acknowledged < 0; ++attempt)
        acknowledged = lastAck(runAndKill(writer, {path}, 40 * attempt, &killed));
    if (acknowledged < 0)
        fail(QStringLiteral("the writer saved nothing in 10 runs"));
    ++acknowledged; // entries 0..N
    AppDays appDays;
    AppDays appDaysAtBackup;
    int acknowledgedAtBackup = 0;
    QString backupName;
    auto app = std::make_unique<RunningApp>(mend, path);
    for (int round = 1; round <= rounds; ++round) {
        acknowledged = std::max(
            acknowledged,
            lastAck(runAndKill(writer, {path}, 15 + int(random.bounded(60)), &killed)) + 1);
        const QDate day = stress::firstAppDay().addDays(round);
        const int pain = round % 11;
        if (const QString answer =
                app->command(QStringLiteral("log %1 %2").arg(day.toString(Qt::ISODate)).arg(pain));
            answer == QLatin1String("saved")) {
            appDays.insert(day, pain);
            ++figures.appSaves;
        } else {
            fail(QStringLiteral("app round %1: the app's save: %2").arg(round).arg(answer));
        }
        if (round == rounds / 3) {
            backupName =
                QFileInfo(runToEnd(cli, {QStringLiteral("--db"), path, QStringLiteral("backup"),
                                         QStringLiteral("create")}))
                    .fileName();
            acknowledgedAtBackup = storedCount(path) - int(appDays.size());
            appDaysAtBackup = appDays;
        }
        if (round == 2 * rounds / 3) {
            app->command(QStringLiteral("count")); // so the app holds the days the restore undoes
            runToEnd(cli, {QStringLiteral("--db"), path, QStringLiteral("backup"),
                           QStringLiteral("restore"), backupName});
            acknowledged = acknowledgedAtBackup;
            appDays = appDaysAtBackup;
        }
        verifyEntries(path, acknowledged, 1000 + round, appDays);
        const int shown = app->command(QStringLiteral("count")).toInt();
        if (shown != storedCount(path))
            fail(QStringLiteral("app round %1: the app shows %2 entries, the file holds %3")
                     .arg(round)
                     .arg(shown)
                     .arg(storedCount(path)));
        if (round == rounds - 1) { // killed right after a save it acknowledged
            app->kill();
            verifyEntries(path, acknowledged, 1000 + round, appDays);
            app = std::make_unique<RunningApp>(mend, path);
        }
    }
    figures.writerAcks = acknowledged;
    return figures;
}

} // namespace

struct CohortPhaseFigures
{
    int rounds = 0;
    int killedMidRun = 0;
    int patientsSeenAfterKills = 0; ///< summed over the rounds: each one checked whole
    int importMs = 0;               ///< one whole import, the range the kills are drawn from
};

/** Runs a program to its end whatever its exit code (mend-cli cohort import gives 2 when a file
 *  was already imported). */
void runToEndAnyCode(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        fail(program + u' ' + args.join(u' ') + QStringLiteral(" did not finish"));
}

/** Writes demo patients' Bundles into a folder; returns the days each one holds. */
int writeCohortBundles(const QString &folder, int patients)
{
    int days = 0;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 1; i <= patients; ++i) {
        const auto bundle = mend::demoPatientBundle(QStringLiteral("MRN-%1").arg(i), now, now);
        QFile f(QDir(folder).filePath(QStringLiteral("p%1.json").arg(i, 3, 10, QLatin1Char('0'))));
        if (!bundle || !f.open(QIODevice::WriteOnly) || f.write(bundle.value().json) <= 0)
            fail(QStringLiteral("cannot write the cohort's Bundles"));
        days = bundle ? bundle.value().days : 0;
    }
    return days;
}

/** Every cohort patient in the file has its whole diary (never part of a Bundle); their count. */
int wholePatients(const QString &path, int daysEach, const QString &when)
{
    auto opened = mend::Database::open(path);
    if (!opened) {
        fail(when + QStringLiteral(": the clinic database does not open: ") +
             opened.error().text());
        return -1;
    }
    const QString check = integrity(opened.value()->connection());
    if (check != QLatin1String("ok"))
        fail(when + QStringLiteral(": integrity_check says ") + check);
    QSqlQuery q(opened.value()->connection());
    q.exec(QStringLiteral("SELECT p.identifier, count(d.id) FROM patient p JOIN episode e ON "
                          "e.patient_id = p.id LEFT JOIN daily_entry d ON d.episode_id = e.id "
                          "GROUP BY e.id"));
    int whole = 0;
    while (q.next()) {
        if (q.value(1).toInt() != daysEach)
            fail(QStringLiteral("%1: patient %2 has %3 of %4 days")
                     .arg(when, q.value(0).toString())
                     .arg(q.value(1).toInt())
                     .arg(daysEach));
        ++whole;
    }
    return whole;
}

/** Phase 4: mend-cli importing a folder of Bundles into a clinic database, killed at random
 *  moments; then the same import run to its end completes the cohort. */
CohortPhaseFigures runCohortImports(const QString &cli, const QString &dir, int rounds,
                                    QRandomGenerator &random)
{
    CohortPhaseFigures figures;
    const QString bundles = QDir(dir).filePath(QStringLiteral("bundles"));
    QDir().mkpath(bundles);
    const int patients = 150; // an import of several batches
    const int days = writeCohortBundles(bundles, patients);
    const QStringList import{QStringLiteral("cohort"), QStringLiteral("import"), bundles,
                             QStringLiteral("--db")};
    // Kills land anywhere in a whole import's time: before the first commit, between batches,
    // or after the last.
    QElapsedTimer whole;
    whole.start();
    runToEndAnyCode(cli, import + QStringList{QDir(dir).filePath(QStringLiteral("timing.sqlite"))});
    const int importMs = int(whole.elapsed());
    figures.importMs = importMs;
    for (int round = 1; round <= rounds; ++round) {
        const QString clinic = QDir(dir).filePath(QStringLiteral("clinic-%1.sqlite").arg(round));
        bool killed = false;
        runAndKill(cli, import + QStringList{clinic}, 20 + int(random.bounded(importMs + 1)),
                   &killed);
        figures.killedMidRun += killed ? 1 : 0;
        const QString when = QStringLiteral("cohort round %1").arg(round);
        figures.patientsSeenAfterKills += std::max(0, wholePatients(clinic, days, when));
        runToEndAnyCode(cli, import + QStringList{clinic}); // counted below
        if (const int all = wholePatients(clinic, days, when + QStringLiteral(", run again"));
            all != patients)
            fail(QStringLiteral("%1: %2 of %3 patients after importing again")
                     .arg(when)
                     .arg(all)
                     .arg(patients));
        ++figures.rounds;
    }
    return figures;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 6) {
        std::fprintf(stderr, "usage: kill_stress WRITER MEND_CLI MEND V1_FIXTURE KILLS [SEED]\n");
        return 2;
    }
    const QString writer = QString::fromLocal8Bit(argv[1]);
    const QString cli = QString::fromLocal8Bit(argv[2]);
    const QString mend = QString::fromLocal8Bit(argv[3]);
    const QString fixture = QString::fromLocal8Bit(argv[4]);
    const int kills = QString::fromLocal8Bit(argv[5]).toInt();
    QRandomGenerator random(argc > 6 ? QString::fromLocal8Bit(argv[6]).toUInt() : 20261124u);
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();

    // Phase 1: killed while saving entries.
    int file = 0;
    int acknowledged = 0;
    int killedMidRun = 0;
    QString path = dir.filePath(QStringLiteral("stress-0.sqlite"));
    for (int round = 1; round <= kills; ++round) {
        if (acknowledged >= stress::kDaysPerFile - 200) {
            path = dir.filePath(QStringLiteral("stress-%1.sqlite").arg(++file));
            acknowledged = 0;
        }
        bool killed = false;
        const QByteArray out = runAndKill(writer, {path}, 15 + int(random.bounded(60)), &killed);
        killedMidRun += killed ? 1 : 0;
        acknowledged = std::max(acknowledged, lastAck(out) + 1);
        verifyEntries(path, acknowledged, round);
    }
    const qint64 phase1 = clock.restart();

    // Phase 2: killed while migrating a version-1 diary.
    const QStringList v1Tables = tables(fixture);
    QStringList currentTables;
    {
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        mend::Database::open(fresh);
        currentTables = tables(fresh);
    }
    const int migrationKills = std::max(1, kills / 4);
    int leftOld = 0;
    int leftNew = 0;
    for (int round = 1; round <= migrationKills; ++round) {
        const QString copy = dir.filePath(QStringLiteral("migrate-%1.sqlite").arg(round));
        QFile::copy(fixture, copy);
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        bool killed = false;
        runAndKill(cli, {QStringLiteral("--db"), copy, QStringLiteral("entries")},
                   2 + int(random.bounded(40)), &killed);
        const auto check = mend::checkDatabaseFile(copy);
        const QStringList found = tables(copy);
        if (check.state == mend::DatabaseFileState::Older && check.schemaVersion == 1 &&
            found == v1Tables)
            ++leftOld;
        else if (check.state == mend::DatabaseFileState::Current && found == currentTables)
            ++leftNew;
        else
            fail(QStringLiteral("migration round %1: state %2, version %3, tables %4")
                     .arg(round)
                     .arg(int(check.state))
                     .arg(check.schemaVersion)
                     .arg(found.join(u',')));
    }
    const qint64 phase2 = clock.restart();

    const AppPhaseFigures withApp =
        runWithApp(writer, cli, mend, dir.filePath(QStringLiteral("with-app.sqlite")),
                   std::max(6, kills / 10), random);
    const qint64 phase3 = clock.restart();

    const CohortPhaseFigures cohort =
        runCohortImports(cli, dir.path(), std::max(4, kills / 40), random);
    const qint64 phase4 = clock.elapsed();

    std::printf("kill_stress: %d writer kills (%d mid-run) over %d file(s), %d entries "
                "acknowledged in the last file, every one intact: %s (%.1f s)\n",
                kills, killedMidRun, file + 1, acknowledged, g_failures ? "NO" : "yes",
                phase1 / 1000.0);
    std::printf("kill_stress: %d migration kills: %d left version 1, %d left the current version, "
                "%d mixed (%.1f s)\n",
                migrationKills, leftOld, leftNew, migrationKills - leftOld - leftNew,
                phase2 / 1000.0);
    std::printf("kill_stress: %d writer kills with the app open: %d app saves, a restore by "
                "mend-cli and the app killed once, %d writer entries kept, app and file agree: %s "
                "(%.1f s)\n",
                withApp.rounds, withApp.appSaves, withApp.writerAcks, g_failures ? "NO" : "yes",
                phase3 / 1000.0);
    std::printf("kill_stress: %d cohort imports of %d ms killed (%d mid-run): %d patients found "
                "after the kills, each whole; importing again completed every cohort: %s (%.1f "
                "s)\n",
                cohort.rounds, cohort.importMs, cohort.killedMidRun, cohort.patientsSeenAfterKills,
                g_failures ? "NO" : "yes", phase4 / 1000.0);
    return g_failures == 0 ? 0 : 1;
}
