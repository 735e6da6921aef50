#include "backupcontroller.h"

#include "storage/backupstore.h"
#include "storage/database.h"

#include <QLocale>

using namespace mend;

BackupController::BackupController(Diary *diary, QObject *parent) : QObject(parent), m_diary(diary)
{
}

BackupController::~BackupController()
{
    if (m_worker)
        m_worker->wait(); // a copy being written is finished, never left half
}

QVariantList BackupController::backups() const
{
    QVariantList rows;
    const QLocale locale;
    for (const auto &b : BackupStore(m_diary->database()->path()).list())
        rows.append(QVariantMap{
            {QStringLiteral("name"), b.name},
            {QStringLiteral("label"),
             QStringLiteral("%1 · %2").arg(locale.toString(b.createdAt, QLocale::ShortFormat),
                                           backupKindLabel(b.kind))},
            {QStringLiteral("kind"), toKey(b.kind)},
            {QStringLiteral("sizeText"), locale.formattedDataSize(b.bytes)},
        });
    return rows;
}

QString BackupController::directory() const
{
    return BackupStore(m_diary->database()->path()).directory();
}

QString BackupController::backUpNow()
{
    if (m_worker)
        return tr("A backup is being made; wait for it to finish.");
    m_worker = QThread::create([this, path = m_diary->database()->path(), now = m_diary->now()] {
        auto made = BackupStore(path).create(BackupKind::Manual, now);
        QMetaObject::invokeMethod(this, [this, error = made ? QString() : made.error().text()] {
            emit backupFinished(error);
        });
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        emit busyChanged();
        emit changed();
    });
    m_worker->start();
    emit busyChanged();
    return {};
}

QString BackupController::restore(const QString &name)
{
    if (m_worker)
        return tr("A backup is being made; wait for it to finish.");
    const BackupStore store(m_diary->database()->path());
    const auto backup = store.find(name);
    if (!backup)
        return tr("There is no backup named %1.").arg(name);
    auto current = store.create(BackupKind::PreRestore, m_diary->now());
    if (!current)
        return tr("Nothing was restored: the copy of your diary as it is now failed (%1).")
            .arg(current.error().text());
    if (auto s = m_diary->database()->replaceContents(backup->path); !s)
        return tr("Nothing was restored: %1").arg(s.error().text());
    m_diary->reload();
    emit changed();
    return {};
}
