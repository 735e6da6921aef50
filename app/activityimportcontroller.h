#pragma once

#include "diary.h"
#include "workerjob.h"

#include "domain/activity.h"
#include "platform/stepssource.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

struct DiaryServices;

class QQmlEngine;
class QJSEngine;

/**
 * Settings → "Steps from your phone or watch": an export read on a worker thread with its
 * progress and a Cancel, a preview of what it holds before anything is stored, then stored in one
 * transaction (or discarded). Never half a file: a cancelled or refused read stores nothing.
 * A QML singleton: main.cpp makes the instance.
 */
class ActivityImportController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ActivityImport)
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString preview READ preview NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool asksWhose READ asksWhose NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
public:
    enum Stage
    {
        Idle,
        Reading,
        Preview,
        Storing,
    };
    Q_ENUM(Stage)

    /** steps: where the days are read from (it outlives the controller). */
    ActivityImportController(Diary *diary, DiaryServices *services,
                             const mend::platform::StepsSource *steps, QObject *parent = nullptr);

    static void provide(ActivityImportController *instance);
    static ActivityImportController *create(QQmlEngine *, QJSEngine *);

    Stage stage() const { return m_stage; }
    /** 0 to 1 while reading. */
    double progress() const { return m_progress; }
    /** What the file holds and what storing would do, in words. */
    QString preview() const { return m_preview; }
    /** Why the last file was not read or stored. */
    QString error() const { return m_error; }
    /** The file holds several people's days (Fitbit's data sets): whose, by Id. */
    bool asksWhose() const { return m_asksWhose; }
    /** What the last import stored. */
    QString result() const { return m_result; }

    /** Reads the steps source: the file chosen (whose: the Id of the person, for a file of
     *  several). */
    Q_INVOKABLE void read(const QUrl &file, const QString &whose = {});
    /** Reads the last file again for the person with this Id. */
    Q_INVOKABLE void readFor(const QString &whose) { read(m_file, whose); }
    /** Stores what the preview shows. */
    Q_INVOKABLE void store();
    /** Stops a read, or discards the preview: nothing is stored. */
    Q_INVOKABLE void cancel();

signals:
    void changed();
    void progressChanged();
    /** One line for a toast. */
    void finished(const QString &summary);

private:
    void setStage(Stage stage);

    Diary *m_diary;
    DiaryServices *m_services;
    const mend::platform::StepsSource *m_steps;
    WorkerJob m_job{this};
    std::atomic<bool> m_cancel{false};
    Stage m_stage = Idle;
    double m_progress = 0;
    QUrl m_file;
    std::shared_ptr<mend::ActivityFile> m_read;
    QString m_preview;
    QString m_error;
    bool m_asksWhose = false;
    QString m_result;
};
