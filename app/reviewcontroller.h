#pragma once

#include "diary.h"
#include "workerjob.h"

#include "choicelist.h"
#include "recordlistmodel.h"
#include "reviewrows.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/**
 * The clinician's review of one episode (the diary's own, or a cohort patient's): baseline against
 * now, ROM against norms and the other side, adherence, verdicts, milestones, alerts, events,
 * evidence; and the PDF visit report.
 */
class ReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY changed)
    Q_PROPERTY(RecordListModel *measures READ measures CONSTANT)
    Q_PROPERTY(RecordListModel *rom READ rom CONSTANT)
    Q_PROPERTY(QString adherence READ adherence NOTIFY changed)
    Q_PROPERTY(QString stepsNote READ stepsNote NOTIFY changed)
    Q_PROPERTY(RecordListModel *verdicts READ verdicts CONSTANT)
    Q_PROPERTY(RecordListModel *milestones READ milestones CONSTANT)
    Q_PROPERTY(RecordListModel *events READ events CONSTANT)
    Q_PROPERTY(QString evidence READ evidence NOTIFY changed)
    Q_PROPERTY(bool writingReport READ writingReport NOTIFY reportChanged)
    /** False for a cohort patient whose Bundle named no injection: set day 0 first. */
    Q_PROPERTY(bool injectionRecorded READ injectionRecorded NOTIFY changed)
    Q_PROPERTY(QVariantList sites READ sites CONSTANT)
    Q_PROPERTY(QVariantList sides READ sides CONSTANT)
public:
    ReviewController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    QString title() const { return m_title; }
    /** Whose episode it is, when injected, and the date behind "now" (with its age when old). */
    QString subtitle() const { return m_subtitle; }
    /** Baseline and now of each measure (ReviewMeasureRow). */
    RecordListModel *measures() const { return m_measures; }
    /** Each movement's range of motion (ReviewRomRow). */
    RecordListModel *rom() const { return m_rom; }
    QString adherence() const { return m_adherence; }
    /** Where the steps came from when some were imported from a phone or a watch. */
    QString stepsNote() const { return m_stepsNote; }
    /** [{label, numbers, state, source}] */
    RecordListModel *verdicts() const { return m_verdicts; }
    /** [{window, text, status}] */
    RecordListModel *milestones() const { return m_milestones; }
    /** alerts and other treatments by date: [{date, text, kind}] */
    RecordListModel *events() const { return m_events; }
    QString evidence() const { return m_evidence; }

    /** Shows an episode (0 = the diary's current one). */
    Q_INVOKABLE void showEpisode(qint64 episodeId);
    bool injectionRecorded() const { return m_injectionRecorded; }
    QVariantList sites() const { return choiceList<mend::BodySite>(); }
    QVariantList sides() const { return choiceList<mend::Side>(); }
    /** Sets day 0 (YYYY-MM-DD), site and side of the shown cohort patient; "" or the error. */
    Q_INVOKABLE QString recordInjection(const QString &isoDate, const QString &site,
                                        const QString &side);
    /**
     * Starts writing the PDF visit report on a worker thread (its own database connection);
     * returns "" when started, else why not. reportFinished tells how it ended.
     */
    Q_INVOKABLE QString writeReport(const QUrl &file, bool letter);
    bool writingReport() const { return m_report.busy(); }

signals:
    void changed();
    void reportChanged();
    /** The report is written ("") or could not be (the reason). */
    void reportFinished(const QString &error);

private:
    void reload();

    Diary *m_diary;
    DiaryServices *m_services;
    WorkerJob m_report{this};
    qint64 m_episodeId = 0;
    bool m_shown = false;
    QString whoAndWhen(const mend::Episode &episode, const QList<mend::DailyEntry> &entries,
                       const QDate &today) const;
    QString m_title;
    QString m_subtitle;
    RecordList<ReviewMeasureRow> *m_measures = new RecordList<ReviewMeasureRow>(this);
    RecordList<ReviewRomRow> *m_rom = new RecordList<ReviewRomRow>(this);
    QString m_adherence;
    QString m_stepsNote;
    RecordList<VerdictListRow> *m_verdicts = new RecordList<VerdictListRow>(this);
    RecordList<MilestoneListRow> *m_milestones = new RecordList<MilestoneListRow>(this);
    RecordList<EventListRow> *m_events = new RecordList<EventListRow>(this);
    QString m_evidence;
    bool m_injectionRecorded = true;
};
