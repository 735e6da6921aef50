#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mend {

/** Another treatment that can change the pain curve, drawn on every chart. */
struct TreatmentEvent
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QDate date;
    QString kind; ///< one of treatmentEventKinds()
    QString note;
    QDateTime createdAt;
};

/** An extra injection of a series (e.g. the 2nd and 3rd weekly PRP); day 0 stays the first. */
struct SeriesInjection
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QDate date;
    QString note;
};

/** A patient's own goal with a target window in days from the injection, ticked off by them. */
struct Goal
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QString text;
    int windowStartDay = 0;
    int windowEndDay = 0;
    QDate achievedOn; ///< invalid until ticked off
    QDateTime createdAt;
};

/** The kinds of co-treatment event, as key + label. */
struct EventKind
{
    const char *key;
    const char *label;
};
const QList<EventKind> &treatmentEventKinds();
/** A kind's label in the language Mend runs in; an unknown key (from an older file) as it is. */
QString eventKindLabel(const QString &key);

} // namespace mend
