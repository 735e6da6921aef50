#pragma once

#include "diary.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/** What the patient adds around the diary: other treatments, series injections, personal goals. */
class TreatmentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(QVariantList eventKinds READ eventKinds CONSTANT)
    Q_PROPERTY(QString todayIso READ todayIso CONSTANT)
public:
    TreatmentController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    /** The event kinds plus "series" (a further injection of the series), as [{key, label}]. */
    QVariantList eventKinds() const;
    static constexpr const char *kSeriesKind = "series";
    QString todayIso() const;

    /**
     * Logs another treatment (an event kind, or "series" for a further injection of the series)
     * on an ISO date with a note. Returns "" or the error to show.
     */
    Q_INVOKABLE QString addTreatment(const QString &kind, const QString &isoDate,
                                     const QString &note);
    /** Adds a personal goal with a target window in weeks. Returns "" or the error to show. */
    Q_INVOKABLE QString addGoal(const QString &text, const QString &fromWeek,
                                const QString &byWeek);
    /** Ticks a goal off today, or clears the tick. */
    Q_INVOKABLE QString setGoalDone(qint64 goalId, bool done);

private:
    Diary *m_diary;
    DiaryServices *m_services;
};
