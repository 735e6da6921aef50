#pragma once

#include "diary.h"
#include "listrows.h"
#include "recordlistmodel.h"
#include "services/cohort.h"
#include "workerjob.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <atomic>

struct DiaryServices;

/**
 * The clinic's cohort list (sorted and filtered in core) and its folder import, which runs on a
 * worker thread with its own database connection and can be cancelled between patients.
 */
class CohortController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(RecordListModel *rows READ rows CONSTANT)
    Q_PROPERTY(QStringList sortKeys READ sortKeys CONSTANT)
    Q_PROPERTY(QStringList sortLabels READ sortLabels CONSTANT)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY changed)
    Q_PROPERTY(bool openAlertsOnly READ openAlertsOnly WRITE setOpenAlertsOnly NOTIFY changed)
    Q_PROPERTY(bool importing READ importing NOTIFY importChanged)
    Q_PROPERTY(double progress READ progress NOTIFY importChanged)
    Q_PROPERTY(QString importText READ importText NOTIFY importChanged)
public:
    CohortController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);
    ~CohortController() override;

    /** The patients, sorted and filtered as chosen, as words ready to show. */
    RecordListModel *rows() const { return m_list; }
    QStringList sortKeys() const { return mend::cohortSortKeys(); }
    /** The sort keys in words, in the same order ("Pain change", not "pain-change"). */
    QStringList sortLabels() const;
    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    bool openAlertsOnly() const { return m_openAlertsOnly; }
    void setOpenAlertsOnly(bool on);
    bool importing() const { return m_import.busy(); }
    double progress() const { return m_progress; }
    QString importText() const { return m_importText; }

    /** The list is read when first shown, not at start-up; after that it follows the diary. */
    Q_INVOKABLE void open();
    /** Imports every Bundle of a folder off the GUI thread. */
    Q_INVOKABLE void importFolder(const QUrl &folder);
    /** Stops after the patient being imported now. */
    Q_INVOKABLE void cancelImport() { m_cancel = true; }

signals:
    void changed();
    void importChanged();
    void importFinished(const QString &message);

private:
    void reload();
    /** Fills the list from m_rows with the filter applied. */
    void publish();

    Diary *m_diary;
    DiaryServices *m_services;
    QList<mend::CohortRow> m_rows;
    RecordList<CohortListRow> *m_list = new RecordList<CohortListRow>(this);
    QString m_sortKey = QStringLiteral("patient");
    bool m_openAlertsOnly = false;
    bool m_opened = false;
    std::atomic<bool> m_cancel{false};
    double m_progress = 0;
    QString m_importText;
    WorkerJob m_import{this}; // last: waited for before the members its job uses are gone
};
