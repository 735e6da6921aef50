// Another process on the same diary while this one has it open (the app and mend-cli): the other
// process is this test program again, writing through the SQLite C API.
#include "storage/backupstore.h"
#include "storage/databasecheck.h"
#include "testsupport.h"

#include <cstdio>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace mend;

namespace {

/**
 * Runs this test program again as another process ("--sqlite-child" and args, see
 * runSqliteChild) and returns what it printed; a fork without exec would share this process's
 * SQLite state, which is exactly what must not be shared here.
 */
QString runChild(const QStringList &args)
{
    int out[2];
    REQUIRE(::pipe(out) == 0);
    QList<QByteArray> bytes{QByteArrayLiteral("tst_core"), QByteArrayLiteral("--sqlite-child")};
    for (const auto &a : args)
        bytes.append(a.toUtf8());
    std::vector<char *> argv;
    for (auto &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::execv("/proc/self/exe", argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    QByteArray answer;
    char buffer[4096];
    for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;)
        answer.append(buffer, n);
    ::close(out[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    return QString::fromUtf8(answer).trimmed();
}

} // namespace

/** The other process: "write PATH EPISODE DATE" saves one entry; "inspect PATH" prints
 *  "<integrity check>|<entries>". Only the SQLite C API, one connection, closed at the end. */
int runSqliteChild(int argc, char *argv[])
{
    if (argc < 4)
        return 2;
    const QByteArray command = argv[2];
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[3], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return 1;
    sqlite3_busy_timeout(db, 5000);
    QByteArray answer;
    auto collect = [](void *out, int, char **values, char **) {
        static_cast<QByteArray *>(out)->append(values[0] ? values[0] : "NULL").append('|');
        return 0;
    };
    bool ok = true;
    if (command == "write" && argc == 6) {
        const QByteArray sql = QByteArray("INSERT INTO daily_entry (episode_id, entry_date, "
                                          "pain_average, created_at, updated_at) VALUES (") +
                               argv[4] + ", '" + argv[5] +
                               "', 3, '2026-11-24T18:00:00Z', '2026-11-24T18:00:00Z')";
        ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        answer = ok ? "written" : sqlite3_errmsg(db);
    } else if (command == "inspect") {
        sqlite3_exec(db, "PRAGMA integrity_check", collect, &answer, nullptr);
        sqlite3_exec(db, "SELECT count(*) FROM daily_entry", collect, &answer, nullptr);
    }
    ok = sqlite3_close(db) == SQLITE_OK && ok;
    std::printf("%s\n", answer.constData());
    return ok ? 0 : 1;
}

TEST_CASE("A backup made while the diary is open keeps another process from damaging it",
          "[multiprocess][backup]")
{
    test::TempStore store;
    const QDate injected(2026, 9, 1);
    auto episode = store.episodes->add(test::kneeEpisode(injected), test::fixedNow());
    REQUIRE(episode.ok());
    REQUIRE(store.entries->save(test::painEntry(injected.addDays(1), 5), episode.value(),
                                test::fixedNow()));
    const BackupStore backups(store.path());

    for (int round = 0; round < 5; ++round) {
        // What the app's daily backup and the start-up check do with the diary open here.
        const auto backup = backups.create(BackupKind::Manual, test::fixedNow().addSecs(round));
        INFO("round " << round << ": " << backup.error().text().toStdString());
        REQUIRE(backup.ok());
        CHECK(checkDatabaseFile(store.path()).state == DatabaseFileState::Current);
        CHECK(runChild({QStringLiteral("write"), store.path(), QString::number(episode.value().id),
                        injected.addDays(10 + 2 * round).toString(Qt::ISODate)}) ==
              QStringLiteral("written"));
        REQUIRE(store.entries->save(test::painEntry(injected.addDays(11 + 2 * round), 4),
                                    episode.value(), test::fixedNow()));
    }
    // Every acknowledged entry, from both processes, and an undamaged file.
    CHECK(runChild({QStringLiteral("inspect"), store.path()}) == QStringLiteral("ok|11|"));
}
