#include "outcomescontroller.h"

#include "diaryservices.h"

#include "domain/recovery.h"
#include "domain/verdictwording.h"

#include "services/instrumentcatalog.h"
#include "services/outcomeservice.h"
#include "timelineseries.h"

#include <QLocale>
#include <QtCharts/QCategoryAxis>
#include <algorithm>

using namespace mend;

namespace {

const Instrument *findIn(const QList<Instrument> &list, const QString &id)
{
    for (const auto &i : list)
        if (i.id == id)
            return &i;
    return nullptr;
}

QString numbersText(const Verdict &v)
{
    if (!v.current)
        return v.reason;
    if (v.criterion == QLatin1String("pass"))
        return QObject::tr("Score %1 (PASS %2)").arg(inLocale(*v.current, v.decimals), v.threshold);
    if (!v.baseline || !v.improvement)
        return v.reason;
    QString text = QObject::tr("%1 → %2, improvement %3")
                       .arg(inLocale(*v.baseline, v.decimals), inLocale(*v.current, v.decimals),
                            inLocale(*v.improvement, v.decimals));
    if (v.improvementPercent)
        text += QObject::tr(" (%1 %)").arg(inLocale(*v.improvementPercent, 0));
    return text + QObject::tr("; needs %1")
                      .arg(QString(v.threshold).replace(QStringLiteral(">="), QStringLiteral("≥")));
}

/** The charts start two weeks before the injection, where the first answers are. */
constexpr int kChartStartDay = -14;

} // namespace

OutcomesController::OutcomesController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    diary->whenChanged(Diary::EpisodeChange | Diary::QuestionnairesChange, this,
                       [this] { reload(); });
    // The pain-based verdicts follow the entries: computed again when next shown.
    diary->whenChanged(Diary::EntriesChange, this, [this] {
        m_verdictsStale = true;
        Q_EMIT verdictsChanged();
    });
    reload();
}

void OutcomesController::reload()
{
    m_all = m_services->instruments.all();
    m_schedule.clear();
    m_verdictsStale = true;
    m_inputs = {};
    if (const auto &episode = m_diary->episode()) {
        m_inputs = m_services->outcomes.inputs(*episode, m_diary->today(), {});
        m_schedule = questionnaireSchedule(*episode, m_inputs.timePoints, m_inputs.instruments,
                                           m_inputs.responses, m_diary->today());
    }
    QList<DueListRow> due;
    for (const auto &s : actionable(m_schedule)) {
        // One date, the last day the answers count for this time point, as the locale writes it.
        const QString when =
            tr("%1 · please answer by %2")
                .arg(patientLabel(s.timePoint), QLocale().toString(s.windowEnd, tr("d MMMM")));
        due.append({s.instrumentId, s.timePoint.id, s.instrumentName, when, s.inProgress});
    }
    m_due->set(std::move(due));
    if (m_listsRead)
        fillLists();
    Q_EMIT changed();
    Q_EMIT verdictsChanged();
}

DueListRow OutcomesController::nextDue() const
{
    for (const auto &row : m_due->rows())
        if (!row.inProgress)
            return row;
    return {};
}

bool OutcomesController::hasBaselineAnswers() const
{
    return std::any_of(m_schedule.cbegin(), m_schedule.cend(), [](const auto &s) {
        return s.timePoint.day <= 0 && s.status == DueStatus::Done;
    });
}

RecordListModel *OutcomesController::verdicts() const
{
    if (!m_verdictsStale)
        return m_verdicts;
    m_verdictsStale = false;
    QList<Verdict> verdicts;
    if (m_diary->episode()) {
        mend::OutcomeInputs inputs = m_inputs;
        inputs.entries = m_diary->episodeEntries();
        verdicts = outcomeVerdicts(inputs);
    }
    QList<OutcomeVerdictRow> out;
    for (const auto &v : verdicts)
        out.append({v.timePointLabel, v.measureLabel + QStringLiteral(" · ") + v.criterionLabel,
                    toKey(v.state), stateText(v.state), v.plain, v.forPatient, numbersText(v),
                    v.source + QLatin1Char(' ') + v.evidence, v.population});
    m_verdicts->set(std::move(out));
    return m_verdicts;
}

void OutcomesController::fillLists() const
{
    QList<InstrumentChoiceRow> instruments;
    for (const auto &i : m_inputs.instruments)
        instruments.append({i.id, i.shortName});
    m_instruments->set(std::move(instruments));

    QList<InstrumentChoiceRow> extra;
    const auto &ep = m_diary->episode();
    for (const auto &i : m_all)
        if (!findIn(m_inputs.instruments, i.id) && !i.changeSinceInjection && ep &&
            i.validFor(ep->site)) // no hip questionnaire for a knee
            extra.append({i.id, i.name});
    m_extraInstruments->set(std::move(extra));

    QList<ResponseListRow> rows;
    for (const auto &r : m_inputs.responses) {
        const auto *instrument = findIn(m_all, r.instrumentId);
        if (!r.complete || !instrument)
            continue;
        QStringList scores;
        for (const auto &s : r.scores) {
            const auto *scale = instrument->scale(s.scaleId);
            const QString value =
                s.score ? s.score->toLocaleString(scale ? scale->decimals : 1) : tr("no score");
            scores << (r.scores.size() > 1 && scale ? scale->label + QLatin1Char(' ') + value
                                                    : value);
        }
        QString timePoint = tr("off-schedule");
        for (const auto &tp : m_inputs.timePoints)
            if (tp.id == r.timePointId)
                timePoint = patientLabel(tp);
        rows.append({r.answeredOn.toString(Qt::ISODate), timePoint, instrument->shortName,
                     scores.join(QStringLiteral(", "))});
    }
    m_rows->set(std::move(rows));
}

OutcomesController::ChartData OutcomesController::chartData(const Instrument &instrument) const
{
    ChartData data;
    const auto &episode = m_diary->episode();
    if (!episode || instrument.scales.isEmpty())
        return data;
    const auto &scale = instrument.scales.first();
    QString baseTpId;
    for (const auto &tp : m_inputs.timePoints)
        if (tp.day <= 0)
            baseTpId = tp.id;
    std::optional<Rational> baseline;
    for (const auto &r : m_inputs.responses) {
        const auto score =
            r.complete && r.instrumentId == instrument.id ? r.score(scale.id) : std::nullopt;
        if (!score)
            continue;
        const int day = dayOf(*episode, r.answeredOn);
        data.xMax = std::max(data.xMax, day);
        data.points.append(QPointF(day, score->toDouble()));
        if (!baseTpId.isEmpty() && r.timePointId == baseTpId)
            baseline = score;
    }
    // Show the next time point ahead of today as well, so the patient sees what comes.
    const int today = dayOf(*episode, m_diary->today());
    for (const auto &tp : m_inputs.timePoints)
        if (tp.day > data.xMax && (tp.day <= today || data.xMax < today))
            data.xMax = tp.day;
    if (const auto band = baseline ? mcidBand(scale, *baseline) : std::nullopt) {
        data.band = {band->low.toDouble(), band->high.toDouble()};
        data.bandLabel = tr("Too small a change to notice: within %1 points of your first score")
                             .arg(band->mcid.points->toShortString());
        data.bandDetail = tr("Within the MCID of baseline (± %1, %2)")
                              .arg(band->mcid.points->toShortString(), band->mcid.population);
    }
    return data;
}

PromChartAxes OutcomesController::chart(const QString &instrumentId) const
{
    const auto *instrument = findIn(m_all, instrumentId);
    if (!instrument || instrument->scales.isEmpty())
        return {};
    const auto &scale = instrument->scales.first();
    const auto data = chartData(*instrument);
    PromChartAxes axes;
    axes.title = scale.label;
    axes.yMin = scale.scoreMin.toDouble();
    axes.yMax = scale.scoreMax.toDouble();
    axes.xMin = kChartStartDay;
    axes.xMax = data.xMax + 7;
    axes.bandLabel = data.bandLabel;
    axes.bandDetail = data.bandDetail;
    axes.count = int(data.points.size());
    return axes;
}

void OutcomesController::fillChart(const QString &instrumentId, QAbstractSeries *scores,
                                   QAbstractSeries *dots, QAbstractSeries *bandHigh,
                                   QAbstractSeries *bandLow, QAbstractAxis *timePointAxis) const
{
    const auto *instrument = findIn(m_all, instrumentId);
    const auto data = instrument ? chartData(*instrument) : ChartData{};
    replaceSeries(scores, data.points);
    replaceSeries(dots, data.points);
    const int end = data.xMax + 7;
    QList<QPointF> high;
    QList<QPointF> low;
    if (data.band) {
        high = {QPointF(kChartStartDay, data.band->second), QPointF(end, data.band->second)};
        low = {QPointF(kChartStartDay, data.band->first), QPointF(end, data.band->first)};
    }
    replaceSeries(bandHigh, high);
    replaceSeries(bandLow, low);
    if (auto *axis = qobject_cast<QCategoryAxis *>(timePointAxis)) {
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        axis->setStartValue(kChartStartDay);
        for (const auto &tp : m_inputs.timePoints)
            if (tp.day <= end)
                axis->append(patientLabel(tp), tp.day);
    }
}
