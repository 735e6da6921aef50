#pragma once

#include "diary.h"
#include "workerjob.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

class QQmlEngine;
class QJSEngine;
class OutputFiles;

/**
 * Settings → "Your diary as a file": the whole diary saved as a FHIR file (to move it to a new
 * phone or give it to the clinic) and a FHIR or CSV file imported (a restore into an empty diary
 * too), each on a worker thread. The diary's days win a conflict unless the person then chooses the
 * file's. A QML singleton: main.cpp makes the instance.
 */
class DiaryFileController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(DiaryFiles)
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool saving READ saving NOTIFY changed)
    Q_PROPERTY(QString report READ report NOTIFY changed)
    Q_PROPERTY(bool reportIsError READ reportIsError NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY changed)
public:
    DiaryFileController(Diary *diary, DiaryServices *services, OutputFiles *output,
                        QObject *parent = nullptr);

    static void provide(DiaryFileController *instance);
    static DiaryFileController *create(QQmlEngine *, QJSEngine *);

    bool busy() const { return m_job.busy(); }
    /** The busy job is a save (else an import). */
    bool saving() const { return m_job.busy() && m_saving; }
    /** What the last import did, grouped by reason (or why nothing was imported). */
    QString report() const { return m_report; }
    bool reportIsError() const { return m_reportIsError; }
    /** Days of the last import kept as the diary had them although the file differs. */
    int conflicts() const { return m_conflicts; }

    /** Saves the whole diary as a FHIR file in Mend's folder on a worker thread; savedTo says
     *  where, saveFailed why not. */
    Q_INVOKABLE void exportDiary();
    /** Imports a file on a worker thread; replace: the file's values win a conflict. */
    Q_INVOKABLE void importFile(const QUrl &file, bool replace = false);
    /** Imports the last file again, taking the file's values for the days that differ. */
    Q_INVOKABLE void takeTheFilesValues() { importFile(m_lastFile, true); }

signals:
    void changed();
    void savedTo(const QUrl &file);
    /** Why the diary was not saved; a file that was there is left as it was. */
    void saveFailed(const QString &reason);
    /** One line for a toast: what the import did. */
    void importFinished(const QString &summary);

private:
    Diary *m_diary;
    DiaryServices *m_services;
    OutputFiles *m_output;
    WorkerJob m_job{this};
    QUrl m_lastFile;
    bool m_saving = false;
    QString m_report;
    bool m_reportIsError = false;
    int m_conflicts = 0;
};
