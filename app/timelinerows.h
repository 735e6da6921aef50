#pragma once

#include <QMetaType>
#include <QString>

/*
 * The timeline's lists: one gadget per row, whose properties are the list's roles (see
 * RecordListModel). Every value is ready to show: words, not keys, except `state`/`status`/`kind`,
 * which the delegates turn into a colour or an icon.
 */

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
