#pragma once

#include <QMetaType>
#include <QString>

/*
 * The review screen's lists: one gadget per row, whose properties are the list's roles (see
 * RecordListModel). Every value is ready to show: words, not keys, except `state`/`status`/`kind`,
 * which the delegates turn into a colour or an icon.
 */

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
