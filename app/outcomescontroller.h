#pragma once

#include "diary.h"
#include "domain/instrument.h"
#include "domain/outcomes.h"
#include "domain/promschedule.h"
#include "listrows.h"
#include "recordlistmodel.h"

#include <QObject>
#include <QPointF>
#include <QVariantList>
#include <QtCharts/QAbstractSeries>
#include <QtQml/qqmlregistration.h>

/**
 * Questionnaires due, verdicts (met / not yet met) and the results per instrument for charts and
 * the table; everything computed in core, read once per diary change.
 */
class OutcomesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(RecordListModel *due READ due CONSTANT)
    Q_PROPERTY(bool hasBaselineAnswers READ hasBaselineAnswers NOTIFY changed)
    Q_PROPERTY(QVariantList verdicts READ verdicts NOTIFY verdictsChanged)
    Q_PROPERTY(QVariantList instruments READ instruments NOTIFY changed)
    Q_PROPERTY(QVariantList extraInstruments READ extraInstruments NOTIFY changed)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
public:
    explicit OutcomesController(Diary *diary, QObject *parent = nullptr);

    /** Due and overdue questionnaires, the most pressing first. */
    RecordListModel *due() const { return m_due; }
    /** The first questionnaire due that is not begun: {instrumentId, timePointId, title}, or
     *  empty when every one due is answered or begun. */
    Q_INVOKABLE QVariantMap nextDue() const;
    /** Whether the questionnaires before the injection were answered (the comparisons need them).
     */
    bool hasBaselineAnswers() const;
    /** [{timePoint, label, state, plain, numbers, source, population}] */
    QVariantList verdicts() const;
    /** The scheduled instruments with results: [{id, name}]. */
    QVariantList instruments() const;
    /** Instruments to answer off-schedule (e.g. the full KOOS): [{id, name}]. */
    QVariantList extraInstruments() const;
    /** Every complete response: [{date, timePoint, instrument, score, change}]. */
    QVariantList rows() const;

    /**
     * One instrument's chart axes: {title, yMin, yMax, xMin, xMax, timePoints [{day, label}],
     * bandLabel and bandDetail ("" without a baseline and an MCID)}.
     */
    Q_INVOKABLE QVariantMap chart(const QString &instrumentId) const;
    /** Fills the score line (day, score) and the MCID band around baseline, one call each. */
    Q_INVOKABLE void fillChart(const QString &instrumentId, QAbstractSeries *scores,
                               QAbstractSeries *bandHigh, QAbstractSeries *bandLow) const;

signals:
    void changed();
    void verdictsChanged();

private:
    struct ChartData
    {
        QList<QPointF> points;
        std::optional<std::pair<double, double>> band;
        QString bandLabel;  ///< the band in a patient's words
        QString bandDetail; ///< with the threshold's name and population, for the clinician
        int xMax = 42;
    };
    ChartData chartData(const mend::Instrument &instrument) const;
    void reload();

    Diary *m_diary;
    QList<mend::ScheduledQuestionnaire> m_schedule;
    RecordList<DueListRow> *m_due = new RecordList<DueListRow>(this);
    /** Computed when first shown (the Results page), not at start-up. */
    mutable std::optional<QList<mend::Verdict>> m_verdicts;
    mend::OutcomeInputs m_inputs; // without the entries, which only the verdicts need
    QList<mend::Instrument> m_all;
};
