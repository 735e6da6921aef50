#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/**
 * The set-up form as QML edits it, one typed property per field: the choices by their keys
 * ("knee", "left", …), the injection date as YYYY-MM-DD, the usual pain before it (-1: not
 * given) and the rest as typed. EpisodeController checks it as core does and stores it.
 */
class EpisodeDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The EpisodeController holds the set-up form's draft")
    Q_PROPERTY(QString site MEMBER site NOTIFY changed)
    Q_PROPERTY(QString side MEMBER side NOTIFY changed)
    Q_PROPERTY(QString condition MEMBER condition NOTIFY changed)
    Q_PROPERTY(QString product MEMBER product NOTIFY changed)
    Q_PROPERTY(QString injected MEMBER injected NOTIFY changed)
    Q_PROPERTY(int baselinePain MEMBER baselinePain NOTIFY changed)
    Q_PROPERTY(bool adjunctPrp MEMBER adjunctPrp NOTIFY changed)
    Q_PROPERTY(bool adjunctPhysio MEMBER adjunctPhysio NOTIFY changed)
    Q_PROPERTY(QString clinic MEMBER clinic NOTIFY changed)
    Q_PROPERTY(QString clinicPhone MEMBER clinicPhone NOTIFY changed)
    Q_PROPERTY(QString notes MEMBER notes NOTIFY changed)
public:
    using QObject::QObject;

    QString site;
    QString side;
    QString condition;
    QString product;
    QString injected;
    int baselinePain = -1;
    bool adjunctPrp = false;
    bool adjunctPhysio = false;
    QString clinic;
    QString clinicPhone;
    QString notes;

signals:
    void changed();
};
