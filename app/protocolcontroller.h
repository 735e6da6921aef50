#pragma once

#include "diary.h"
#include "domain/protocol.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/** The protocol in use for the current episode: what it says, and loading a clinic's own file. */
class ProtocolController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString aftercare READ aftercare NOTIFY changed)
    Q_PROPERTY(QString aftercareSource READ aftercareSource NOTIFY changed)
    Q_PROPERTY(QString evidencePatient READ evidencePatient NOTIFY changed)
    Q_PROPERTY(QString evidenceClinician READ evidenceClinician NOTIFY changed)
    Q_PROPERTY(QString citations READ citations NOTIFY changed)
public:
    ProtocolController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    QString name() const;
    /** e.g. "Avoid anti-inflammatory painkillers (NSAIDs) for 14 days …" with its source. */
    QString aftercare() const;
    /** Where the aftercare advice comes from (for the clinician's part of the page). */
    QString aftercareSource() const;
    QString evidencePatient() const;
    QString evidenceClinician() const;
    QString citations() const;

    /** Checks and loads a clinic's protocol file. Returns "" or the error; a bad file changes
     * nothing. */
    Q_INVOKABLE QString load(const QUrl &file);

signals:
    void changed();

private:
    void reload();
    Diary *m_diary;
    DiaryServices *m_services;
    std::optional<mend::Protocol> m_current; ///< read once per diary change
};
