#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

/*
 * The rows of the lists QML shows, one gadget each: its properties are the list's roles (see
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

/** A questionnaire to answer now (due, overdue, or begun and not finished). */
struct DueListRow
{
    Q_GADGET
    QML_VALUE_TYPE(dueQuestionnaire)
    Q_PROPERTY(QString instrumentId MEMBER instrumentId)
    Q_PROPERTY(QString timePointId MEMBER timePointId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString detail MEMBER detail)
    Q_PROPERTY(bool inProgress MEMBER inProgress)
public:
    QString instrumentId;
    QString timePointId;
    QString title;
    QString detail;
    bool inProgress = false;
    bool operator==(const DueListRow &) const = default;
};

/** An outcome verdict for the clinician: "met" / "not yet met" (and those words in the language
 *  Mend runs in), the numbers and the source. (Not `state`: a delegate is an Item, which has a
 *  `state` of its own.) */
struct VerdictListRow
{
    Q_GADGET
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString numbers MEMBER numbers)
    Q_PROPERTY(QString outcome MEMBER outcome)
    Q_PROPERTY(QString outcomeText MEMBER outcomeText)
    Q_PROPERTY(QString source MEMBER source)
public:
    QString label;
    QString numbers;
    QString outcome;
    QString outcomeText;
    QString source;
    bool operator==(const VerdictListRow &) const = default;
};

/** A protocol milestone in the clinician's words, with its window in days and its status in
 *  words (statusText). */
struct MilestoneListRow
{
    Q_GADGET
    Q_PROPERTY(QString days MEMBER days)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString status MEMBER status)
public:
    QString days;
    QString text;
    QString status;
    bool operator==(const MilestoneListRow &) const = default;
};

/** A red-flag alert ("alert") or another treatment ("event") on a day (ISO date). */
struct EventListRow
{
    Q_GADGET
    Q_PROPERTY(QString date MEMBER date)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QString kind MEMBER kind)
public:
    QString date;
    QString description;
    QString kind;
    bool operator==(const EventListRow &) const = default;
};

/** A protocol milestone or the patient's goal on the timeline: its window as x values on the
 *  chart's axis (start, end), `status` as a key for the colour, the rest in words. */
struct TimelineMilestoneRow
{
    Q_GADGET
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString statusText MEMBER statusText)
    Q_PROPERTY(QString windowText MEMBER windowText)
    Q_PROPERTY(QString detail MEMBER detail)
    Q_PROPERTY(QString citation MEMBER citation)
    Q_PROPERTY(double start MEMBER start)
    Q_PROPERTY(double end MEMBER end)
    Q_PROPERTY(bool goal MEMBER goal)
    Q_PROPERTY(qint64 goalId MEMBER goalId)
public:
    QString title;
    QString status;
    QString statusText;
    QString windowText;
    QString detail;
    QString citation;
    double start = 0;
    double end = 0;
    bool goal = false;
    qint64 goalId = 0;
    bool operator==(const TimelineMilestoneRow &) const = default;
};

/** A day of the timeline's table (the charts' numbers for screen readers), all as text. */
struct TimelineTableRow
{
    Q_GADGET
    Q_PROPERTY(QString date MEMBER date)
    Q_PROPERTY(QString day MEMBER day)
    Q_PROPERTY(QString pain MEMBER pain)
    Q_PROPERTY(QString average MEMBER average)
    Q_PROPERTY(QString rom MEMBER rom)
    Q_PROPERTY(QString romOther MEMBER romOther)
    Q_PROPERTY(QString steps MEMBER steps)
public:
    QString date;
    QString day;
    QString pain;
    QString average;
    QString rom;
    QString romOther;
    QString steps;
    bool operator==(const TimelineTableRow &) const = default;
};

/** A reminder banner on Today: `kind` ("log" or "questionnaire") picks its colour, `key` is what
 *  dismissing it names. */
struct ReminderBannerRow
{
    Q_GADGET
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString text MEMBER text)
public:
    QString key;
    QString kind;
    QString title;
    QString text;
    bool operator==(const ReminderBannerRow &) const = default;
};

/** A red-flag rule the day's entry tripped: the reason in words, and whether it calls for
 *  emergency services rather than the clinic. */
struct RedFlagRow
{
    Q_GADGET
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(bool emergency MEMBER emergency)
public:
    QString reason;
    bool emergency = false;
    bool operator==(const RedFlagRow &) const = default;
};

/** A measure on the review: its baseline and latest 7-day average, and the change, as text.
 *  (atBaseline, not baseline: every Item has a `baseline` anchor line.) */
struct ReviewMeasureRow
{
    Q_GADGET
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString atBaseline MEMBER atBaseline)
    Q_PROPERTY(QString now MEMBER now)
    Q_PROPERTY(QString change MEMBER change)
public:
    QString label;
    QString atBaseline;
    QString now;
    QString change;
    bool operator==(const ReviewMeasureRow &) const = default;
};

/** A movement's range of motion on the review: now, baseline, the other side, the typical range. */
struct ReviewRomRow
{
    Q_GADGET
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString now MEMBER now)
    Q_PROPERTY(QString atBaseline MEMBER atBaseline)
    Q_PROPERTY(QString other MEMBER other)
    Q_PROPERTY(QString norm MEMBER norm)
public:
    QString label;
    QString now;
    QString atBaseline;
    QString other;
    QString norm;
    bool operator==(const ReviewRomRow &) const = default;
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
