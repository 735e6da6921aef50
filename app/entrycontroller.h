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
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
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
    QString errorField() const { return m_errorField; }

    /** Edits the entry of another day (ISO date); today when empty. */
    Q_INVOKABLE void selectDate(const QString &isoDate);
    /** Validates and saves the form for the selected day. Returns "" or the error to show. */
    Q_INVOKABLE QString save(const QVariantMap &form);
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
    void setErrorField(const QString &field);

    Diary *m_diary;
    QDate m_date;
    std::optional<mend::DailyEntry> m_entry;
    QString m_errorField;
};
