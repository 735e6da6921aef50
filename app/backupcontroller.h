#pragma once

#include "diary.h"
#include "listrows.h"
#include "platform/diaryhome.h"
#include "recordlistmodel.h"
#include "workerjob.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/** The diary's backups for Settings: the list, a copy now, and restoring one in place. */
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(RecordListModel *backups READ backups NOTIFY changed)
    Q_PROPERTY(QString directory READ directory CONSTANT)
    Q_PROPERTY(QString keptWhere READ keptWhere CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    BackupController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    /** [{name, label ("24 Nov 2026 18:00 · daily"), kind, sizeText}], newest first. */
    /** The backups (BackupListRow), newest first, read from the folder when asked for. */
    RecordListModel *backups() const;
    QString directory() const;
    /** The platform's account of where the diary is kept (main.cpp sets it before QML loads). */
    void setDiaryHome(const mend::platform::DiaryHome *home) { m_home = home; }
    /** Where the diary is kept and who can read it, in words ("" without a DiaryHome). */
    QString keptWhere() const;

    /**
     * Starts a manual copy on a worker thread (its own connection); returns "" when started,
     * else why not. backupFinished tells how it ended.
     */
    Q_INVOKABLE QString backUpNow();
    bool busy() const { return m_job.busy(); }
    /**
     * Replaces the diary with the named backup after copying the diary as it is now (kept as a
     * "pre-restore" backup); returns "" or the error (nothing changed then).
     */
    Q_INVOKABLE QString restore(const QString &name);

signals:
    void changed();
    void busyChanged();
    /** The manual copy is made ("") or failed (the reason). */
    void backupFinished(const QString &error);

private:
    Diary *m_diary;
    DiaryServices *m_services;
    RecordList<BackupListRow> *m_backups = new RecordList<BackupListRow>(this);
    const mend::platform::DiaryHome *m_home = nullptr;
    WorkerJob m_job{this};
};
