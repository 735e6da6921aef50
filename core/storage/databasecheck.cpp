#include "databasecheck.h"

#include "migrations.h"
#include "storageproblem.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace mend {
namespace {

QString checkConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mend-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

DatabaseFileCheck problem(DatabaseFileState state, const QString &path, const QString &what,
                          int version = 0)
{
    return {state, version, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), what)};
}

// SQLite's result code for a file whose header is not an SQLite database's.
constexpr int kSqliteNotADatabase = 26;

DatabaseFileCheck inspect(QSqlDatabase db, const QString &path)
{
    const int current = migrations().constLast().version;
    QSqlQuery q(db);
    // The file is read through SQLite only: opening and closing it through another descriptor
    // would drop the POSIX locks of every connection this process has on it (see sqlite.org,
    // "How To Corrupt An SQLite Database File", 2.2), and another process could then delete the
    // write-ahead log still in use here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) &&
        q.lastError().nativeErrorCode().toInt() == kSqliteNotADatabase)
        return problem(DatabaseFileState::NotSqlite, path,
                       QStringLiteral("this is not a Mend diary (not an SQLite database, or its "
                                      "first page is damaged)"));
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return problem(DatabaseFileState::Damaged, path,
                       QStringLiteral("the file is damaged and cannot be read (%1)")
                           .arg(q.lastError().databaseText()));
    QStringList findings;
    while (q.next())
        findings << q.value(0).toString();
    if (findings != QStringList{QStringLiteral("ok")})
        return problem(DatabaseFileState::Damaged, path,
                       QStringLiteral("the file is damaged (integrity check: %1)")
                           .arg(findings.mid(0, 3).join(QStringLiteral("; "))));
    auto pragma = [&](const char *name) {
        QSqlQuery p(db);
        return p.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && p.next()
                   ? p.value(0).toInt()
                   : -1;
    };
    const int applicationId = pragma("application_id");
    const int version = pragma("user_version");
    QSqlQuery tables(db);
    QStringList names;
    if (tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        while (tables.next())
            names << tables.value(0).toString();
    if (names.isEmpty() && version == 0)
        return {DatabaseFileState::Missing, 0, {}};
    const bool mendTables =
        names.contains(QStringLiteral("episode")) && names.contains(QStringLiteral("daily_entry"));
    const bool mend =
        applicationId == kMendApplicationId || (applicationId == 0 && version >= 1 && mendTables);
    if (!mend)
        return problem(DatabaseFileState::Foreign, path,
                       QStringLiteral("this is an SQLite database of another program, not a "
                                      "Mend diary"));
    if (version > current)
        return problem(DatabaseFileState::Newer, path,
                       QStringLiteral("it was written by a newer Mend (schema version %1; this "
                                      "Mend knows up to %2). Update Mend to open it.")
                           .arg(version)
                           .arg(current),
                       version);
    if (version < 1 || !mendTables)
        return problem(
            DatabaseFileState::Damaged, path,
            QStringLiteral("the Mend tables are missing (schema version %1)").arg(version));
    return {
        version == current ? DatabaseFileState::Current : DatabaseFileState::Older, version, {}};
}

} // namespace

DatabaseFileCheck checkDatabaseFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {DatabaseFileState::Missing, 0, {}};
    if (!info.isFile())
        return problem(DatabaseFileState::NotSqlite, path, QStringLiteral("this is not a file"));
    const QString name = checkConnectionName();
    DatabaseFileCheck result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            result = problem(
                DatabaseFileState::Damaged, path,
                QStringLiteral("the file cannot be opened (%1)").arg(db.lastError().text()));
        else
            result = inspect(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // A full disk or read-only storage makes SQLite fail as if the file were damaged ("disk I/O
    // error"): say what it really is, and that the file itself is fine as far as Mend knows.
    if (result.state == DatabaseFileState::Damaged)
        if (auto cause = storageProblem(path))
            return {DatabaseFileState::Unavailable, 0,
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), *cause)};
    return result;
}

} // namespace mend
