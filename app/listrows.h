#pragma once

#include <QMetaType>
#include <QString>

/*
 * The cohort's and Settings' lists: one gadget per row, whose properties are the list's roles (see
 * RecordListModel). Every value is ready to show: words, not keys, except `state`/`status`/`kind`,
 * which the delegates turn into a colour or an icon.
 */

/** A patient of the clinic's cohort. */
struct CohortListRow
{
    Q_GADGET
    Q_PROPERTY(int episodeId MEMBER episodeId)
    Q_PROPERTY(QString patient MEMBER patient)
    Q_PROPERTY(QString site MEMBER site)
    Q_PROPERTY(QString days MEMBER days)
    Q_PROPERTY(QString pain MEMBER pain)
    Q_PROPERTY(QString milestones MEMBER milestones)
    Q_PROPERTY(int alerts MEMBER alerts)
    Q_PROPERTY(QString adherence MEMBER adherence)
public:
    int episodeId = 0;
    QString patient;
    QString site;
    QString days;
    QString pain;
    QString milestones;
    int alerts = 0;
    QString adherence;
    bool operator==(const CohortListRow &) const = default;
};

/** A backup of the diary in Settings: `name` is the file restoring it names. */
struct BackupListRow
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString sizeText MEMBER sizeText)
public:
    QString name;
    QString label;
    QString kind;
    QString sizeText;
    bool operator==(const BackupListRow &) const = default;
};
