#pragma once

#include "domain/dailyentry.h"
#include "domain/result.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/**
 * The day's form as QML edits it, one typed property per field. A pain or grade of -1 is "not
 * given"; numbers stay text as typed, so a wrong one is shown back at its field. `errors` holds
 * every field a save refused (core's field name -> plain words), not only the first.
 */
class EntryDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The EntryController holds the day's draft")
    Q_PROPERTY(int painAverage MEMBER m_painAverage NOTIFY changed)
    Q_PROPERTY(int painRest MEMBER m_painRest NOTIFY changed)
    Q_PROPERTY(int painActivity MEMBER m_painActivity NOTIFY changed)
    Q_PROPERTY(int painWorst MEMBER m_painWorst NOTIFY changed)
    Q_PROPERTY(QString steps MEMBER m_steps NOTIFY changed)
    Q_PROPERTY(QString activeMinutes MEMBER m_activeMinutes NOTIFY changed)
    Q_PROPERTY(QString activityLevel MEMBER m_activityLevel NOTIFY changed)
    Q_PROPERTY(QString walkingAid MEMBER m_walkingAid NOTIFY changed)
    Q_PROPERTY(int soreness MEMBER m_soreness NOTIFY changed)
    Q_PROPERTY(int swelling MEMBER m_swelling NOTIFY changed)
    Q_PROPERTY(int bruising MEMBER m_bruising NOTIFY changed)
    Q_PROPERTY(int redness MEMBER m_redness NOTIFY changed)
    Q_PROPERTY(int warmth MEMBER m_warmth NOTIFY changed)
    Q_PROPERTY(bool fever MEMBER m_fever NOTIFY changed)
    Q_PROPERTY(bool painMedication MEMBER m_painMedication NOTIFY changed)
    Q_PROPERTY(QString temperature MEMBER m_temperature NOTIFY changed)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY changed)
    /** The keys of the warning signs ticked (core's safetyFlags() keys). */
    Q_PROPERTY(QStringList warningSigns MEMBER m_signs NOTIFY changed)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    /** Whether anything folded under "More" holds a value (the form then opens it). */
    Q_PROPERTY(bool hasDetails READ hasDetails NOTIFY changed)
public:
    explicit EntryDraft(QObject *parent = nullptr);

    /** The degrees typed for a movement ("" when none), on the treated or the other side. */
    Q_INVOKABLE QString rom(const QString &movement, bool otherSide) const;
    Q_INVOKABLE void setRom(const QString &movement, bool otherSide, const QString &text);
    Q_INVOKABLE bool hasSign(const QString &key) const { return m_signs.contains(key); }
    Q_INVOKABLE void setSign(const QString &key, bool ticked);

    QVariantMap errors() const { return m_errors; }
    bool hasDetails() const;

    /** Shows a stored entry (or an empty form) and clears the errors; emits loaded(). */
    void load(const std::optional<mend::DailyEntry> &entry);

    /** The entry the draft describes for a day, and every field that cannot be read as typed
     *  (ranges are core's validation's to check). */
    struct Reading
    {
        mend::DailyEntry entry;
        QList<mend::Error> problems;
    };
    Reading read(const QDate &date) const;

    /** Marks the fields refused: the first problem of each field is kept. */
    void setErrors(const QList<mend::Error> &problems);

signals:
    void changed();
    /** New values came from storage: the form's controls show them again. */
    void loaded();
    void errorsChanged();

private:
    int m_painAverage = -1;
    int m_painRest = -1;
    int m_painActivity = -1;
    int m_painWorst = -1;
    QString m_steps;
    QString m_activeMinutes;
    QString m_activityLevel;
    QString m_walkingAid;
    int m_soreness = -1;
    int m_swelling = -1;
    int m_bruising = -1;
    int m_redness = -1;
    int m_warmth = -1;
    bool m_fever = false;
    bool m_painMedication = false;
    QString m_temperature;
    QString m_note;
    QStringList m_signs;
    /** movement -> degrees as typed, one map per side. */
    QMap<QString, QString> m_rom;
    QMap<QString, QString> m_romOther;
    QVariantMap m_errors;
};
