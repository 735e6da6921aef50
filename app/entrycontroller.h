#pragma once

#include "diary.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/** The daily log form: which day it edits, the stored values, and saving them. */
class EntryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(QString dateIso READ dateIso NOTIFY formChanged)
    Q_PROPERTY(QString dateLabel READ dateLabel NOTIFY formChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY formChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY formChanged)
    Q_PROPERTY(QVariantMap form READ form NOTIFY formChanged)
    Q_PROPERTY(QVariantList romMovements READ romMovements NOTIFY formChanged)
    Q_PROPERTY(QVariantList activityLevels READ activityLevels CONSTANT)
    Q_PROPERTY(QVariantList walkingAids READ walkingAids CONSTANT)
    Q_PROPERTY(QVariantList warningSigns READ warningSigns CONSTANT)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorChanged)
public:
    explicit EntryController(Diary *diary, QObject *parent = nullptr);

    QString dateIso() const;
    /** e.g. "Today · day 70, week 10" or "Tue 3 Nov · day 49, week 7". */
    QString dateLabel() const;
    bool isToday() const;
    bool exists() const;
    QVariantMap form() const;
    /** The movements of the episode's site: key, label and "normal 0–140° (source)". */
    QVariantList romMovements() const;
    QVariantList activityLevels() const;
    QVariantList walkingAids() const;
    /** The yes/no warning signs the form asks: [{key, label}], from core's list. */
    QVariantList warningSigns() const;
    /** The field the last save refused (core's field name, e.g. "steps", "rom knee-flexion")
     *  mapped to what to tell the person there; empty when nothing is wrong. */
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    /** Edits the entry of another day (ISO date); today when empty. */
    Q_INVOKABLE void selectDate(const QString &isoDate);
    /** Validates and saves the form for the selected day. Returns "" or, when refused, the field
     *  it concerns (its words are in fieldErrors); nothing is stored then. */
    Q_INVOKABLE QString save(const QVariantMap &form);
    /** After a refused save, checks the edited form again so the field's error goes once it is
     *  fixed (and moves to the next field still wrong); stores nothing. */
    Q_INVOKABLE void recheck(const QVariantMap &form);
    /** The patient has seen the red-flag message: marks the episode's open alerts acknowledged. */
    Q_INVOKABLE void acknowledgeAlerts();

signals:
    void formChanged();
    void errorChanged();
    /** A save went through; message is the confirmation to show. */
    void saved(const QString &message);
    /** The saved entry trips red-flag rules: [{reason, severity}] to show full screen at once. */
    void redFlagsRaised(const QVariantList &flags);

private:
    void load();
    void setError(const mend::Error &error);
    /** The entry the form describes, validated, or the first error. */
    mend::Result<mend::DailyEntry> checked(const QVariantMap &form) const;

    Diary *m_diary;
    QDate m_date;
    std::optional<mend::DailyEntry> m_entry;
    QVariantMap m_fieldErrors;
};
