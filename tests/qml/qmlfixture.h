#pragma once

#include "appcontrollers.h"
#include "diary.h"
#include "diaryservices.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

/** A fresh diary with a knee episode injected 20 days ago, for the QML tests. */
class QmlFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(EntryController *entry READ entry CONSTANT)
    Q_PROPERTY(HistoryModel *history READ history CONSTANT)
    Q_PROPERTY(EpisodeController *episodes READ episodes CONSTANT)
    Q_PROPERTY(QString todayIso READ todayIso CONSTANT)
    Q_PROPERTY(TimelineController *timeline READ timeline CONSTANT)
    Q_PROPERTY(TreatmentController *treatments READ treatments CONSTANT)
    Q_PROPERTY(QuestionnaireController *questionnaire READ questionnaire CONSTANT)
    Q_PROPERTY(OutcomesController *outcomes READ outcomes CONSTANT)
    Q_PROPERTY(ReminderController *reminders READ reminders CONSTANT)
    Q_PROPERTY(LockController *lock READ lock CONSTANT)
    Q_PROPERTY(ReviewController *review READ review CONSTANT)
    Q_PROPERTY(BackupController *backups READ backups CONSTANT)
    Q_PROPERTY(CohortController *cohort READ cohort CONSTANT)
    Q_PROPERTY(ProtocolController *protocol READ protocol CONSTANT)
public:
    explicit QmlFixture(QObject *parent = nullptr);

    EntryController *entry() const { return m_controllers->entry(); }
    HistoryModel *history() const { return m_controllers->history(); }
    EpisodeController *episodes() const { return m_controllers->episodes(); }
    QString todayIso() const;
    TimelineController *timeline() const { return m_controllers->timeline(); }
    TreatmentController *treatments() const { return m_controllers->treatments(); }
    QuestionnaireController *questionnaire() const { return m_controllers->questionnaire(); }
    OutcomesController *outcomes() const { return m_controllers->outcomes(); }
    ReminderController *reminders() const { return m_controllers->reminders(); }
    LockController *lock() const { return m_controllers->lock(); }
    ReviewController *review() const { return m_controllers->review(); }
    BackupController *backups() const { return m_controllers->backups(); }
    CohortController *cohort() const { return m_controllers->cohort(); }
    ProtocolController *protocol() const { return m_controllers->protocol(); }
    Diary *diary() const { return m_diary.get(); }
    DiaryServices *services() const { return m_services.get(); }
    /** A folder holding this diary exported as one FHIR Bundle (a cohort of one patient). */
    Q_INVOKABLE QUrl cohortFolder() const;

    /** A file URL in the fixture's temporary folder (the file need not exist). */
    Q_INVOKABLE QUrl tempFile(const QString &name) const;
    /** The first bytes of a file as Latin-1 text ("" if it cannot be read). */
    Q_INVOKABLE QString fileStart(const QUrl &file, int bytes) const;

    /** "draft" or "complete: <scores>" of the latest response to an instrument; "" if none. */
    Q_INVOKABLE QString latestResponse(const QString &instrumentId) const;

    /** The stored average pain of a day, or -1 when no entry is stored. */
    Q_INVOKABLE int storedPain(const QString &isoDate) const;
    /** A stored ROM reading of a day (treated side), or -1000 when there is none. */
    Q_INVOKABLE int storedRom(const QString &isoDate, const QString &movement) const;
    /** Red-flag alerts not yet acknowledged. */
    Q_INVOKABLE int openAlerts() const;
    /** Sets up a repeat injection on the same knee today (the diary moves to it). */
    Q_INVOKABLE QString addRepeatEpisode();
    /** The number of stored entries. */
    Q_INVOKABLE int entryCount() const;
    /** Stores an entry directly (bypassing the form), to test editing and history. */
    Q_INVOKABLE bool store(const QString &isoDate, int pain);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DiaryServices> m_services;
    std::unique_ptr<Diary> m_diary;
    std::unique_ptr<AppControllers> m_controllers;
};
