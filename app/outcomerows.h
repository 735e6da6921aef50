#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

/*
 * The values the results and questionnaire pages show, one gadget each (see RecordListModel for
 * the lists): words ready to show, except `verdictState`, which the delegate turns into a colour.
 */

/** A questionnaire to answer now (due, overdue, or begun and not finished). */
struct DueListRow
{
    Q_GADGET
    QML_VALUE_TYPE(dueQuestionnaire)
    Q_PROPERTY(QString instrumentId MEMBER instrumentId)
    Q_PROPERTY(QString timePointId MEMBER timePointId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString detail MEMBER detail)
    Q_PROPERTY(bool inProgress MEMBER inProgress)
public:
    QString instrumentId;
    QString timePointId;
    QString title;
    QString detail;
    bool inProgress = false;
    bool operator==(const DueListRow &) const = default;
};

/** A verdict on the results page: the patient's sentence (`plain`), and for the clinician the
 *  time point, the measure and threshold, the numbers and the source. */
struct OutcomeVerdictRow
{
    Q_GADGET
    Q_PROPERTY(QString timePoint MEMBER timePoint)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString verdictState MEMBER verdictState)
    Q_PROPERTY(QString stateText MEMBER stateText)
    Q_PROPERTY(QString plain MEMBER plain)
    Q_PROPERTY(bool forPatient MEMBER forPatient)
    Q_PROPERTY(QString numbers MEMBER numbers)
    Q_PROPERTY(QString source MEMBER source)
    Q_PROPERTY(QString population MEMBER population)
public:
    QString timePoint;
    QString label;
    QString verdictState; ///< "met", "not yet met" or "not assessable"
    QString stateText;
    QString plain;
    bool forPatient = false; ///< one verdict per kind of threshold: the one a patient sees
    QString numbers;
    QString source;
    QString population;
    bool operator==(const OutcomeVerdictRow &) const = default;
};

/** A questionnaire by its id (`instrumentId`) and its name. */
struct InstrumentChoiceRow
{
    Q_GADGET
    Q_PROPERTY(QString instrumentId MEMBER instrumentId)
    Q_PROPERTY(QString name MEMBER name)
public:
    QString instrumentId;
    QString name;
    bool operator==(const InstrumentChoiceRow &) const = default;
};

/** One complete set of answers: the ISO date, the time point and questionnaire in words, and
 *  the scores as the questionnaire writes them. */
struct ResponseListRow
{
    Q_GADGET
    Q_PROPERTY(QString date MEMBER date)
    Q_PROPERTY(QString timePoint MEMBER timePoint)
    Q_PROPERTY(QString instrument MEMBER instrument)
    Q_PROPERTY(QString score MEMBER score)
public:
    QString date;
    QString timePoint;
    QString instrument;
    QString score;
    bool operator==(const ResponseListRow &) const = default;
};

/** An answer to the question shown: the button's text (with the group's heading first, for a
 *  grid of questions) and the answer's own words for a screen reader. */
struct QuestionOptionRow
{
    Q_GADGET
    Q_PROPERTY(QString optionText MEMBER optionText)
    Q_PROPERTY(QString label MEMBER label)
public:
    QString optionText; ///< not `text`: a Button delegate has a text of its own
    QString label;
    bool operator==(const QuestionOptionRow &) const = default;
};

/** One questionnaire's chart: the title and the axes' ranges (x in days since the injection),
 *  and the band around the first score in a patient's words (`bandLabel`) and a clinician's
 *  (`bandDetail`), both empty without a baseline and an MCID. */
struct PromChartAxes
{
    Q_GADGET
    QML_VALUE_TYPE(promChartAxes)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(double yMin MEMBER yMin)
    Q_PROPERTY(double yMax MEMBER yMax)
    Q_PROPERTY(int xMin MEMBER xMin)
    Q_PROPERTY(int xMax MEMBER xMax)
    Q_PROPERTY(QString bandLabel MEMBER bandLabel)
    Q_PROPERTY(QString bandDetail MEMBER bandDetail)
    Q_PROPERTY(int count MEMBER count)
public:
    QString title;
    double yMin = 0;
    double yMax = 100;
    int xMin = -14;
    int xMax = 60;
    QString bandLabel;
    QString bandDetail;
    int count = 0; ///< the scores drawn
};
