#include "backupcontroller.h"

#include "diaryservices.h"

#include "storage/backupstore.h"
#include "storage/database.h"

#include <QLocale>
#include <memory>

using namespace mend;

BackupController::BackupController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
}

RecordListModel *BackupController::backups() const
{
    QList<BackupListRow> rows;
    const QLocale locale;
    for (const auto &b : BackupStore(m_services->database->path()).list())
        rows.append(
            {b.name,
             QStringLiteral("%1 · %2").arg(locale.toString(b.createdAt, QLocale::ShortFormat),
                                           backupKindLabel(b.kind)),
             toKey(b.kind), locale.formattedDataSize(b.bytes)});
    m_backups->set(std::move(rows));
    return m_backups;
}

QString BackupController::directory() const
{
    return BackupStore(m_services->database->path()).directory();
}

QString BackupController::keptWhere() const
{
    return m_home ? m_home->describe(m_services->database->path()) : QString();
}

QString BackupController::backUpNow()
{
    auto error = std::make_shared<QString>();
    const bool started = m_job.start(
        [error, path = m_services->database->path(), now = m_diary->now()] {
            auto made = BackupStore(path).create(BackupKind::Manual, now);
            if (!made)
                *error = made.error().text();
        },
        [this, error] {
            Q_EMIT busyChanged();
            Q_EMIT changed();
            Q_EMIT backupFinished(*error);
        });
    if (!started)
        return tr("A backup is being made; wait for it to finish.");
    Q_EMIT busyChanged();
    return {};
}

QString BackupController::restore(const QString &name)
{
    if (m_job.busy())
        return tr("A backup is being made; wait for it to finish.");
    const BackupStore store(m_services->database->path());
    const auto backup = store.find(name);
    if (!backup)
        return tr("There is no backup named %1.").arg(name);
    auto current = store.create(BackupKind::PreRestore, m_diary->now());
    if (!current)
        return tr("Nothing was restored: the copy of your diary as it is now failed (%1).")
            .arg(current.error().text());
    if (auto s = m_services->database->replaceContents(backup->path); !s)
        return tr("Nothing was restored: %1").arg(s.error().text());
    m_diary->reload(Diary::everything());
    Q_EMIT changed();
    return {};
}
