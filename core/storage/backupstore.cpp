#include "backupstore.h"

#include "database.h"
#include "databasecheck.h"
#include "storageproblem.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace mend {
namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

const QList<std::pair<BackupKind, QString>> &kindKeys()
{
    static const QList<std::pair<BackupKind, QString>> keys{
        {BackupKind::Daily, QStringLiteral("daily")},
        {BackupKind::PreMigration, QStringLiteral("pre-migration")},
        {BackupKind::PreRestore, QStringLiteral("pre-restore")},
        {BackupKind::Manual, QStringLiteral("manual")}};
    return keys;
}

std::optional<BackupKind> kindFromKey(const QString &key)
{
    for (const auto &[kind, k] : kindKeys())
        if (k == key)
            return kind;
    return std::nullopt;
}

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mend-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(f.handle()) == 0;
}

Status vacuumInto(const QString &source, const QString &target)
{
    const QString name = connectionName();
    Status result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        if (!db.open()) {
            result = Error{{}, db.lastError().text()};
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(target);
            if (!q.exec())
                result = Error{{}, q.lastError().text()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/** "<diary>.replaced-<time>", with -2, -3, … when a restore in the same second made one. */
QString asideName(const QString &databasePath, const QDateTime &now)
{
    const QString stem = databasePath + QStringLiteral(".replaced-") + now.toString(kStampFormat);
    QString name = stem;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral(".partial"));
         ++n)
        name = stem + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

QString toKey(BackupKind kind)
{
    for (const auto &[k, key] : kindKeys())
        if (k == kind)
            return key;
    return {};
}

QString backupKindLabel(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return QCoreApplication::translate("Mend", "daily");
    case BackupKind::PreMigration:
        return QCoreApplication::translate("Mend", "before an update");
    case BackupKind::PreRestore:
        return QCoreApplication::translate("Mend", "before a restore");
    case BackupKind::Manual:
        return QCoreApplication::translate("Mend", "made by you");
    }
    return {};
}

BackupStore::BackupStore(const QString &databasePath) : m_databasePath(databasePath)
{
    const QFileInfo info(databasePath);
    m_directory = info.dir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QList<BackupInfo> BackupStore::list() const
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^mend-(\d{8}-\d{6})(?:-\d+)?-([a-z-]+)-v(\d+)\.sqlite$)"));
    QList<BackupInfo> backups;
    const QDir dir(m_directory);
    for (const QFileInfo &file :
         dir.entryInfoList({QStringLiteral("mend-*.sqlite")}, QDir::Files)) {
        const auto m = pattern.match(file.fileName());
        if (!m.hasMatch())
            continue;
        const auto kind = kindFromKey(m.captured(2));
        const QDateTime at = QDateTime::fromString(m.captured(1), kStampFormat);
        if (!kind || !at.isValid())
            continue;
        backups.append({file.fileName(), file.absoluteFilePath(), *kind, at, m.captured(3).toInt(),
                        file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.name > b.name;
    });
    return backups;
}

std::optional<BackupInfo> BackupStore::find(const QString &nameOrPath) const
{
    const QString name = QFileInfo(nameOrPath).fileName();
    for (const auto &b : list())
        if (b.name == name)
            return b;
    return std::nullopt;
}

Result<BackupInfo> BackupStore::create(BackupKind kind, const QDateTime &now) const
{
    const DatabaseFileCheck check = checkDatabaseFile(m_databasePath);
    if (check.state == DatabaseFileState::Missing)
        return Error{{}, QStringLiteral("there is no diary to back up at %1").arg(m_databasePath)};
    if (!check.opensAsIs())
        return Error{{}, QStringLiteral("cannot back up %1").arg(check.problem)};
    if (!QDir().mkpath(m_directory))
        return Error{{}, QStringLiteral("cannot create the backup folder %1").arg(m_directory)};
    const QString stem = QStringLiteral("mend-") + now.toString(kStampFormat);
    const QString suffix =
        QStringLiteral("-%1-v%2.sqlite").arg(toKey(kind)).arg(check.schemaVersion);
    QString name = stem + suffix;
    for (int n = 2; QFileInfo::exists(QDir(m_directory).filePath(name)); ++n)
        name = stem + QStringLiteral("-%1").arg(n) + suffix;
    const QString target = QDir(m_directory).filePath(name);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto s = vacuumInto(m_databasePath, partial); !s) {
        QFile::remove(partial);
        return Error{{},
                     QStringLiteral("the backup copy failed: %1")
                         .arg(describeStorageError(partial, s.error().message))};
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (kind == BackupKind::PreMigration)
        if (auto same = identicalCopy(partial, kind, check.schemaVersion)) {
            // An update that failed and is tried again: the copy from the first try is the same.
            QFile::remove(partial);
            return *same;
        }
    if (!syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{{}, QStringLiteral("cannot write the backup %1").arg(target)};
    }
    if (kind == BackupKind::Daily)
        pruneDaily(name, now);
    if (auto made = find(name))
        return *made;
    return Error{{}, QStringLiteral("the backup %1 was written but cannot be found").arg(target)};
}

Result<std::optional<BackupInfo>> BackupStore::createDailyIfDue(const QDateTime &now) const
{
    for (const auto &b : list())
        if (b.kind == BackupKind::Daily && b.createdAt.date() == now.date())
            return std::optional<BackupInfo>();
    auto made = create(BackupKind::Daily, now);
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(made.value());
}

std::optional<BackupInfo> BackupStore::identicalCopy(const QString &copy, BackupKind kind,
                                                     int schemaVersion) const
{
    QFile made(copy);
    for (const auto &b : list()) {
        if (b.kind != kind || b.schemaVersion != schemaVersion)
            continue;
        // Only the newest of that kind and version; VACUUM INTO writes the same content as the
        // same bytes.
        QFile earlier(b.path);
        if (b.bytes != made.size() || !made.open(QIODevice::ReadOnly) ||
            !earlier.open(QIODevice::ReadOnly))
            return std::nullopt;
        while (!made.atEnd())
            if (made.read(1 << 16) != earlier.read(1 << 16))
                return std::nullopt;
        return b;
    }
    return std::nullopt;
}

void BackupStore::pruneDaily(const QString &justMade, const QDateTime &now) const
{
    // The names carry the clock's time, which may have been wrong: copies dated after now are
    // kept (the clock may be wrong now), the copy just made always stays, and of the others the
    // kDailyKept - 1 newest.
    int kept = 1;
    for (const auto &b : list()) {
        if (b.kind != BackupKind::Daily || b.name == justMade || b.createdAt > now)
            continue;
        if (++kept > kDailyKept)
            QFile::remove(b.path);
    }
}

Status BackupStore::restoreFile(const BackupInfo &backup, const QDateTime &now) const
{
    const DatabaseFileCheck check = checkDatabaseFile(backup.path);
    if (!check.opensAsIs() || check.state == DatabaseFileState::Missing)
        return Error{{},
                     QStringLiteral("cannot restore %1")
                         .arg(check.problem.isEmpty()
                                  ? backup.path + QStringLiteral(": it is empty")
                                  : check.problem)};
    // The copy is complete and on disk before anything at the diary's path changes; then one
    // rename puts it in place, so the path never names a missing or half-written file (a writer
    // starting meanwhile opens the old file or the restored one, never a new empty diary).
    const QString partial = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backup.path, partial) || !syncFile(partial)) {
        QFile::remove(partial);
        return Error{{},
                     QStringLiteral("cannot copy %1 beside the diary: %2; the diary was not "
                                    "changed")
                         .arg(backup.path,
                              storageProblem(partial).value_or(QStringLiteral("the copy failed")))};
    }
    if (QFileInfo::exists(m_databasePath)) {
        // The file that was there stays, under a second name (a hard link: nothing is copied).
        const QString aside = asideName(m_databasePath, now);
        for (const QString &ext : {QString(), QStringLiteral("-wal")}) {
            const QByteArray from = QFile::encodeName(m_databasePath + ext);
            if (QFileInfo::exists(m_databasePath + ext) &&
                ::link(from.constData(), QFile::encodeName(aside + ext).constData()) != 0) {
                QFile::remove(partial);
                return Error{{},
                             QStringLiteral("cannot keep %1 as %2; the diary was not changed")
                                 .arg(m_databasePath + ext, aside + ext)};
            }
        }
    }
    // The old file's log and index must not be applied to the restored file.
    for (const QString &ext : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_databasePath + ext);
    // rename(2), not QFile::rename: it replaces the file in one step (Qt's refuses to replace).
    if (::rename(QFile::encodeName(partial).constData(),
                 QFile::encodeName(m_databasePath).constData()) != 0) {
        QFile::remove(partial);
        return Error{{}, QStringLiteral("cannot put the copy in place of %1").arg(m_databasePath)};
    }
    return Done{};
}

Status BackupStore::restore(const BackupInfo &backup, const QDateTime &now) const
{
    const DatabaseFileCheck check = checkDatabaseFile(m_databasePath);
    if (check.state != DatabaseFileState::Current && check.state != DatabaseFileState::Older)
        return restoreFile(backup, now);
    // A healthy diary is restored inside SQLite (one transaction that other processes on the
    // file wait for): a full disk or a failure leaves it exactly as it was.
    auto opened = Database::open(m_databasePath);
    if (!opened)
        return opened.error();
    const QString aside = asideName(m_databasePath, now);
    const QString partial = aside + QStringLiteral(".partial");
    if (auto s = vacuumInto(m_databasePath, partial);
        !s || !syncFile(partial) || !QFile::rename(partial, aside)) {
        QFile::remove(partial);
        return Error{{},
                     QStringLiteral("cannot keep the diary as it is now as %1 (is the disk "
                                    "full?); nothing was restored")
                         .arg(aside)};
    }
    if (auto s = opened.value()->replaceContents(backup.path); !s)
        return Error{{}, QStringLiteral("%1; the diary was not changed").arg(s.error().message)};
    return Done{};
}

} // namespace mend
