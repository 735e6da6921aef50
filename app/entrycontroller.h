#pragma once

#include "diary.h"
#include "entrydraft.h"
#include "recordlistmodel.h"
#include "todayrows.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

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
    /** The form's values and the errors at its fields; it follows the selected day. */
    Q_PROPERTY(EntryDraft *draft READ draft CONSTANT)
    Q_PROPERTY(QVariantList romMovements READ romMovements NOTIFY formChanged)
    Q_PROPERTY(QVariantList activityLevels READ activityLevels CONSTANT)
    Q_PROPERTY(QVariantList walkingAids READ walkingAids CONSTANT)
    Q_PROPERTY(QVariantList warningSigns READ warningSigns CONSTANT)
    /** What the last save's red-flag rules found, shown full screen at once. */
    Q_PROPERTY(RecordListModel *redFlags READ redFlags CONSTANT)
    Q_PROPERTY(bool redFlagEmergency READ redFlagEmergency NOTIFY redFlagsRaised)
public:
    EntryController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    QString dateIso() const;
    /** e.g. "Today · day 70, week 10" or "Tue 3 Nov · day 49, week 7". */
    QString dateLabel() const;
    bool isToday() const;
    bool exists() const;
    EntryDraft *draft() const { return m_draft; }
    RecordListModel *redFlags() const { return m_redFlags; }
    /** Whether one of the red flags raised calls for emergency services. */
    bool redFlagEmergency() const;
    /** The movements of the episode's site: key, label and "normal 0–140° (source)". */
    QVariantList romMovements() const;
    QVariantList activityLevels() const;
    QVariantList walkingAids() const;
    /** The yes/no warning signs the form asks: [{key, label}], from core's list. */
    QVariantList warningSigns() const;

    /** Edits the entry of another day (ISO date); today when empty. */
    Q_INVOKABLE void selectDate(const QString &isoDate);
    /** Validates and saves the draft for the selected day. Returns true, or false with every
     *  field refused in the draft's errors (a storage failure under "save"); nothing is stored
     *  then. After a refusal each edit checks the draft again, so a fixed field's mark goes. */
    Q_INVOKABLE bool save();
    /** The patient has seen the red-flag message: marks the episode's open alerts acknowledged. */
    Q_INVOKABLE void acknowledgeAlerts();

signals:
    void formChanged();
    /** A save went through; message is the confirmation to show. */
    void saved(const QString &message);
    /** The saved entry trips red-flag rules: redFlags lists them. */
    void redFlagsRaised();

private:
    void load();
    /** The entry the draft describes, and every problem the form parse and core's validation
     *  find in it (a field's parse problem hides its range check). */
    EntryDraft::Reading checked() const;
    void recheck();

    Diary *m_diary;
    DiaryServices *m_services;
    QDate m_date;
    std::optional<mend::DailyEntry> m_entry;
    EntryDraft *m_draft;
    RecordList<RedFlagRow> *m_redFlags = new RecordList<RedFlagRow>(this);
};
