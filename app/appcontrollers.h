#pragma once

#include "backupcontroller.h"
#include "cohortcontroller.h"
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
#include <QtQml/qqmlregistration.h>

class Diary;
struct DiaryServices;
class QQmlEngine;
class QJSEngine;

/**
 * Every controller of one diary, built once, and the one way QML reaches them: the singleton
 * `App` (App.entry, App.timeline, …). main.cpp and the QML tests make the instance and provide it
 * before the engine loads anything; no screen passes a controller on to another.
 */
class AppControllers : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(EpisodeController *episodes READ episodes CONSTANT)
    Q_PROPERTY(EntryController *entry READ entry CONSTANT)
    Q_PROPERTY(HistoryModel *history READ history CONSTANT)
    Q_PROPERTY(TimelineController *timeline READ timeline CONSTANT)
    Q_PROPERTY(TreatmentController *treatments READ treatments CONSTANT)
    Q_PROPERTY(ProtocolController *protocol READ protocol CONSTANT)
    Q_PROPERTY(QuestionnaireController *questionnaire READ questionnaire CONSTANT)
    Q_PROPERTY(OutcomesController *outcomes READ outcomes CONSTANT)
    Q_PROPERTY(ReminderController *reminders READ reminders CONSTANT)
    Q_PROPERTY(ReviewController *review READ review CONSTANT)
    Q_PROPERTY(CohortController *cohort READ cohort CONSTANT)
    Q_PROPERTY(BackupController *backups READ backups CONSTANT)
    Q_PROPERTY(LockController *lock READ lock CONSTANT)
public:
    AppControllers(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    static void provide(AppControllers *instance);
    static AppControllers *create(QQmlEngine *, QJSEngine *);

    EpisodeController *episodes() { return &m_episodes; }
    EntryController *entry() { return &m_entry; }
    HistoryModel *history() { return &m_history; }
    TimelineController *timeline() { return &m_timeline; }
    TreatmentController *treatments() { return &m_treatments; }
    ProtocolController *protocol() { return &m_protocol; }
    QuestionnaireController *questionnaire() { return &m_questionnaire; }
    OutcomesController *outcomes() { return &m_outcomes; }
    ReminderController *reminders() { return &m_reminders; }
    ReviewController *review() { return &m_review; }
    CohortController *cohort() { return &m_cohort; }
    BackupController *backups() { return &m_backups; }
    LockController *lock() { return &m_lock; }

private:
    EpisodeController m_episodes;
    EntryController m_entry;
    HistoryModel m_history;
    TimelineController m_timeline;
    TreatmentController m_treatments;
    ProtocolController m_protocol;
    QuestionnaireController m_questionnaire;
    OutcomesController m_outcomes;
    ReminderController m_reminders;
    ReviewController m_review;
    CohortController m_cohort;
    BackupController m_backups;
    LockController m_lock;
};
