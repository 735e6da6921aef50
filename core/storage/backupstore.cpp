#include "backupstore.h"

#include "databasecheck.h"

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
        return Error{{}, QStringLiteral("the backup copy failed: %1").arg(s.error().message)};
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{{}, QStringLiteral("cannot write the backup %1").arg(target)};
    }
    if (kind == BackupKind::Daily)
        pruneDaily();
    return *find(name);
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

void BackupStore::pruneDaily() const
{
    int kept = 0;
    for (const auto &b : list()) {
        if (b.kind != BackupKind::Daily)
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
    if (QFileInfo::exists(m_databasePath)) {
        const QString aside =
            m_databasePath + QStringLiteral(".replaced-") + now.toString(kStampFormat);
        for (const QString &ext : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!QFileInfo::exists(m_databasePath + ext))
                continue;
            if (!QFile::rename(m_databasePath + ext, aside + ext))
                return Error{{},
                             QStringLiteral("cannot move %1 aside to %2")
                                 .arg(m_databasePath + ext, aside + ext)};
        }
    }
    const QString partial = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backup.path, partial) || !syncFile(partial) ||
        !QFile::rename(partial, m_databasePath)) {
        QFile::remove(partial);
        return Error{{}, QStringLiteral("cannot copy %1 to %2").arg(backup.path, m_databasePath)};
    }
    return Done{};
}

} // namespace mend
