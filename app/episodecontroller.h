#pragma once

#include "diary.h"
#include "episodedraft.h"
#include "platform/dialer.h"
#include "storage/database.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/** Episode set-up and the headline of the current episode, for the set-up page and the header. */
class EpisodeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(bool hasEpisode READ hasEpisode NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY changed)
    Q_PROPERTY(QString todayIso READ todayIso CONSTANT)
    Q_PROPERTY(QString earliestInjectionIso READ earliestInjectionIso CONSTANT)
    Q_PROPERTY(QString latestInjectionIso READ latestInjectionIso CONSTANT)
    Q_PROPERTY(QVariantList sites READ sites CONSTANT)
    Q_PROPERTY(QVariantList sides READ sides CONSTANT)
    Q_PROPERTY(QVariantList conditions READ conditions CONSTANT)
    Q_PROPERTY(QVariantList products READ products CONSTANT)
    Q_PROPERTY(QString patientIdentifier READ patientIdentifier NOTIFY changed)
    Q_PROPERTY(QString clinicPhone READ clinicPhone NOTIFY changed)
    Q_PROPERTY(bool clinicianMode READ clinicianMode NOTIFY changed)
    Q_PROPERTY(QString themeMode READ themeMode NOTIFY changed)
    /** "system", "en" or "es" (mend::languageKeys): shown from the next start. */
    Q_PROPERTY(QString language READ language NOTIFY changed)
    Q_PROPERTY(int textSizePercent READ textSizePercent NOTIFY changed)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    /** The set-up form's values, which create() checks and stores. */
    Q_PROPERTY(EpisodeDraft *draft READ draft CONSTANT)
public:
    EpisodeController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    bool hasEpisode() const;
    /** e.g. "Left knee". */
    QString title() const;
    /** e.g. "Day 70 · week 10 · injected 15 Sep 2026". */
    QString subtitle() const;
    QString todayIso() const;
    /** The range of injection dates core accepts, for the date picker. */
    QString earliestInjectionIso() const;
    QString latestInjectionIso() const;
    QVariantList sites() const;
    QVariantList sides() const;
    QVariantList conditions() const;
    QVariantList products() const;

    EpisodeDraft *draft() const { return m_draft; }
    /**
     * Creates an episode from the set-up form (draft). Returns "" or the field that was refused;
     * its words are in fieldErrors and nothing is stored.
     */
    Q_INVOKABLE QString create();
    /** The field the last create refused (injected, baseline-pain, clinic, clinic phone, notes,
     *  or save for a storage failure) mapped to what to tell the person there. */
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    /** After a refused create, checks the edited form again so that a fixed field's error goes;
     *  stores nothing. */
    Q_INVOKABLE void recheck();
    /** The identifier exports carry (only what the patient entered; may be empty). */
    QString patientIdentifier() const;
    /** Stores it after checking it; returns "" or the error (nothing changes then). */
    Q_INVOKABLE QString setPatientIdentifier(const QString &identifier);
    /** The clinic's phone number for the warning screen (may be empty). */
    QString clinicPhone() const;
    /** The platform's way of placing a call (main.cpp sets it; none: no call is offered). */
    void setDialer(mend::platform::Dialer *dialer) { m_dialer = dialer; }
    /** Whether the warning screen can offer to call the clinic: a number is stored and this
     *  device has an app that places calls (asked when the screen opens, not at start). */
    Q_INVOKABLE bool canCallClinic() const;
    /** Opens the phone app with the clinic's number; "" or why it could not, in words. */
    Q_INVOKABLE QString callClinic();
    /** Stores it after checking it; returns "" or the error (nothing changes then). */
    Q_INVOKABLE QString setClinicPhone(const QString &phone);
    /** Whether the menu offers the clinician's screens (review, clinic cohort): off for a
     *  patient's diary, on for a clinic's device. */
    bool clinicianMode() const;
    /** Stores it; returns "" or the error (nothing changes then). */
    Q_INVOKABLE QString setClinicianMode(bool on);
    /** The colours chosen in Settings: "system" (the default), "light" or "dark". */
    QString themeMode() const;
    /** Stores it after core's check; returns "" or the error (nothing changes then). */
    Q_INVOKABLE QString setThemeMode(const QString &mode);
    QString language() const;
    /** Stores the language; empty, or what is wrong in plain words. */
    Q_INVOKABLE QString setLanguage(const QString &key);
    /** The language stored in a diary ("system" when none or unknown), read before the window. */
    static QString storedLanguage(const std::shared_ptr<mend::Database> &database);
    /** The text size chosen in Settings, 100–200 % of the system's (100 by default). */
    int textSizePercent() const;
    /** Stores it after core's check; returns "" or the error (nothing changes then). */
    Q_INVOKABLE QString setTextSizePercent(int percent);

signals:
    void changed();
    void fieldErrorsChanged();

private:
    /** Shows the error at its field; returns the field. */
    QString refuse(const mend::Error &error);
    /** The episode the set-up form describes, checked as core checks it, or the first error. */
    mend::Result<mend::Episode> checked() const;

    /** Checks value, stores it under key; "" or the error (nothing changes then). */
    QString storeSetting(const QString &key, const QString &value,
                         mend::Status (*validate)(const QString &));

    Diary *m_diary;
    DiaryServices *m_services;
    mend::platform::Dialer *m_dialer = nullptr;
    QVariantMap m_fieldErrors;
    EpisodeDraft *m_draft = new EpisodeDraft(this);
};
