#pragma once

#include <QMetaType>
#include <QString>

/*
 * Today's lists (reminder banners, the red flags a save raised): one gadget per row, whose
 * properties are the list's roles (see RecordListModel). Every value is ready to show: words, not
 * keys, except `state`/`status`/`kind`, which the delegates turn into a colour or an icon.
 */

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
