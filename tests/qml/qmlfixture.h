#pragma once

#include "backupcontroller.h"
#include "cohortcontroller.h"
#include "diary.h"
#include "entrycontroller.h"
#include "episodecontroller.h"
#include "historymodel.h"
#include "lockcontroller.h"
#include "outcomescontroller.h"
#include "protocolcontroller.h"
#include "questionnairecontroller.h"
#include "remindercontroller.h"
#include "reviewcontroller.h"
#include "timelinecontroller.h"
#include "treatmentcontroller.h"

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

    EntryController *entry() const { return m_entry.get(); }
    HistoryModel *history() const { return m_history.get(); }
    EpisodeController *episodes() const { return m_episodes.get(); }
    QString todayIso() const;
    TimelineController *timeline() const { return m_timeline.get(); }
    TreatmentController *treatments() const { return m_treatments.get(); }
    QuestionnaireController *questionnaire() const { return m_questionnaire.get(); }
    OutcomesController *outcomes() const { return m_outcomes.get(); }
    ReminderController *reminders() const { return m_reminders.get(); }
    LockController *lock() const { return m_lock.get(); }
    ReviewController *review() const { return m_review.get(); }
    BackupController *backups() const { return m_backups.get(); }
    CohortController *cohort() const { return m_cohort.get(); }
    ProtocolController *protocol() const { return m_protocol.get(); }
    Diary *diary() const { return m_diary.get(); }
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
    std::unique_ptr<Diary> m_diary;
    std::unique_ptr<EntryController> m_entry;
    std::unique_ptr<HistoryModel> m_history;
    std::unique_ptr<EpisodeController> m_episodes;
    std::unique_ptr<TimelineController> m_timeline;
    std::unique_ptr<TreatmentController> m_treatments;
    std::unique_ptr<QuestionnaireController> m_questionnaire;
    std::unique_ptr<OutcomesController> m_outcomes;
    std::unique_ptr<ReminderController> m_reminders;
    std::unique_ptr<LockController> m_lock;
    std::unique_ptr<ReviewController> m_review;
    std::unique_ptr<BackupController> m_backups;
    std::unique_ptr<CohortController> m_cohort;
    std::unique_ptr<ProtocolController> m_protocol;
};
