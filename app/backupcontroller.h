#pragma once

#include "diary.h"
#include "workerjob.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The diary's backups for Settings: the list, a copy now, and restoring one in place. */
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(QVariantList backups READ backups NOTIFY changed)
    Q_PROPERTY(QString directory READ directory CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    explicit BackupController(Diary *diary, QObject *parent = nullptr);

    /** [{name, label ("24 Nov 2026 18:00 · daily"), kind, sizeText}], newest first. */
    QVariantList backups() const;
    QString directory() const;

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
    WorkerJob m_job{this};
};
