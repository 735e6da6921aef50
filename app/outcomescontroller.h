#pragma once

#include "diary.h"
#include "domain/instrument.h"
#include "domain/outcomes.h"
#include "domain/promschedule.h"
#include "outcomerows.h"
#include "recordlistmodel.h"

#include <QObject>
#include <QPointF>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

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
    Q_PROPERTY(RecordListModel *verdicts READ verdicts NOTIFY verdictsChanged)
    Q_PROPERTY(RecordListModel *instruments READ instruments CONSTANT)
    Q_PROPERTY(RecordListModel *extraInstruments READ extraInstruments CONSTANT)
    Q_PROPERTY(RecordListModel *rows READ rows CONSTANT)
public:
    OutcomesController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    /** Due and overdue questionnaires, the most pressing first. */
    RecordListModel *due() const { return m_due; }
    /** The first questionnaire due that is not begun; its instrumentId is empty when every one
     *  due is answered or begun. */
    Q_INVOKABLE DueListRow nextDue() const;
    /** Whether the questionnaires before the injection were answered (the comparisons need them).
     */
    bool hasBaselineAnswers() const;
    /** The verdicts, computed when first read after a change (the results page). */
    RecordListModel *verdicts() const;
    /** The scheduled instruments with results. */
    RecordListModel *instruments() const { return filled(m_instruments); }
    /** Instruments to answer off-schedule (e.g. the full KOOS) that suit the injected site. */
    RecordListModel *extraInstruments() const { return filled(m_extraInstruments); }
    /** Every complete response, oldest first. */
    RecordListModel *rows() const { return filled(m_rows); }

    /** One instrument's chart: its title, ranges and the band's words. */
    Q_INVOKABLE PromChartAxes chart(const QString &instrumentId) const;
    /** Fills one instrument's chart: the score line and its dots (day, score), the MCID band
     *  around baseline, and the time points as the x axis's labels. */
    Q_INVOKABLE void fillChart(const QString &instrumentId, QAbstractSeries *scores,
                               QAbstractSeries *dots, QAbstractSeries *bandHigh,
                               QAbstractSeries *bandLow, QAbstractAxis *timePointAxis) const;

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
    void fillLists() const;
    /** The list, filled on the first read: the results page's lists cost nothing at start-up,
     *  and once read they follow every change. */
    RecordListModel *filled(RecordListModel *list) const
    {
        if (!m_listsRead) {
            m_listsRead = true;
            fillLists();
        }
        return list;
    }

    Diary *m_diary;
    DiaryServices *m_services;
    QList<mend::ScheduledQuestionnaire> m_schedule;
    RecordList<DueListRow> *m_due = new RecordList<DueListRow>(this);
    /** Computed when first shown (the Results page), not at start-up. */
    mutable bool m_verdictsStale = true;
    mutable bool m_listsRead = false;
    RecordList<OutcomeVerdictRow> *m_verdicts = new RecordList<OutcomeVerdictRow>(this);
    RecordList<InstrumentChoiceRow> *m_instruments = new RecordList<InstrumentChoiceRow>(this);
    RecordList<InstrumentChoiceRow> *m_extraInstruments = new RecordList<InstrumentChoiceRow>(this);
    RecordList<ResponseListRow> *m_rows = new RecordList<ResponseListRow>(this);
    mend::OutcomeInputs m_inputs; // without the entries, which only the verdicts need
    QList<mend::Instrument> m_all;
};
