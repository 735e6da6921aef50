#include "outcomescontroller.h"

#include "domain/recovery.h"
#include "domain/verdictwording.h"

#include "services/instrumentcatalog.h"
#include "services/outcomeservice.h"
#include "timelineseries.h"

#include <QLocale>
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

} // namespace

OutcomesController::OutcomesController(Diary *diary, QObject *parent)
    : QObject(parent), m_diary(diary)
{
    diary->whenChanged(Diary::EpisodeChange | Diary::QuestionnairesChange, this,
                       [this] { reload(); });
    // The pain-based verdicts follow the entries: computed again when next shown.
    diary->whenChanged(Diary::EntriesChange, this, [this] {
        m_verdicts.reset();
        Q_EMIT verdictsChanged();
    });
    reload();
}

void OutcomesController::reload()
{
    m_all = InstrumentCatalog(m_diary->database()).all();
    m_schedule.clear();
    m_verdicts.reset();
    m_inputs = {};
    if (const auto &episode = m_diary->episode()) {
        m_inputs = OutcomeService(m_diary->database()).inputs(*episode, m_diary->today(), {});
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
    Q_EMIT changed();
    Q_EMIT verdictsChanged();
}

QVariantMap OutcomesController::nextDue() const
{
    for (const auto &row : m_due->rows())
        if (!row.inProgress)
            return {{QStringLiteral("instrumentId"), row.instrumentId},
                    {QStringLiteral("timePointId"), row.timePointId},
                    {QStringLiteral("title"), row.title}};
    return {};
}

bool OutcomesController::hasBaselineAnswers() const
{
    return std::any_of(m_schedule.cbegin(), m_schedule.cend(), [](const auto &s) {
        return s.timePoint.day <= 0 && s.status == DueStatus::Done;
    });
}

QVariantList OutcomesController::verdicts() const
{
    QVariantList out;
    if (!m_verdicts) {
        mend::OutcomeInputs inputs = m_inputs;
        inputs.entries = m_diary->episodeEntries();
        m_verdicts = m_diary->episode() ? outcomeVerdicts(inputs) : QList<Verdict>{};
    }
    for (const auto &v : *m_verdicts)
        out.append(QVariantMap{
            {QStringLiteral("timePoint"), v.timePointLabel},
            {QStringLiteral("label"), v.measureLabel + QStringLiteral(" · ") + v.criterionLabel},
            {QStringLiteral("state"), toKey(v.state)},
            {QStringLiteral("stateText"), stateText(v.state)},
            {QStringLiteral("plain"), v.plain},
            {QStringLiteral("forPatient"), v.forPatient},
            {QStringLiteral("numbers"), numbersText(v)},
            {QStringLiteral("source"), v.source + QLatin1Char(' ') + v.evidence},
            {QStringLiteral("population"), v.population}});
    return out;
}

QVariantList OutcomesController::instruments() const
{
    QVariantList out;
    for (const auto &i : m_inputs.instruments)
        out.append(
            QVariantMap{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.shortName}});
    return out;
}

QVariantList OutcomesController::extraInstruments() const
{
    QVariantList out;
    const auto &ep = m_diary->episode();
    for (const auto &i : m_all)
        if (!findIn(m_inputs.instruments, i.id) && !i.changeSinceInjection && ep &&
            i.validFor(ep->site)) // no hip questionnaire for a knee
            out.append(QVariantMap{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name}});
    return out;
}

QVariantList OutcomesController::rows() const
{
    QVariantList out;
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
        out.append(QVariantMap{{QStringLiteral("date"), r.answeredOn.toString(Qt::ISODate)},
                               {QStringLiteral("timePoint"), timePoint},
                               {QStringLiteral("instrument"), instrument->shortName},
                               {QStringLiteral("score"), scores.join(QStringLiteral(", "))}});
    }
    return out;
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

QVariantMap OutcomesController::chart(const QString &instrumentId) const
{
    const auto *instrument = findIn(m_all, instrumentId);
    if (!instrument || instrument->scales.isEmpty())
        return {};
    const auto &scale = instrument->scales.first();
    const auto data = chartData(*instrument);
    QVariantList timePoints;
    for (const auto &tp : m_inputs.timePoints)
        if (tp.day <= data.xMax + 7)
            timePoints.append(QVariantMap{{QStringLiteral("day"), tp.day},
                                          {QStringLiteral("label"), patientLabel(tp)}});
    return {{QStringLiteral("title"), scale.label},
            {QStringLiteral("yMin"), scale.scoreMin.toDouble()},
            {QStringLiteral("yMax"), scale.scoreMax.toDouble()},
            {QStringLiteral("xMin"), -14},
            {QStringLiteral("xMax"), data.xMax + 7},
            {QStringLiteral("timePoints"), timePoints},
            {QStringLiteral("bandLabel"), data.bandLabel},
            {QStringLiteral("bandDetail"), data.bandDetail},
            {QStringLiteral("count"), int(data.points.size())}};
}

void OutcomesController::fillChart(const QString &instrumentId, QAbstractSeries *scores,
                                   QAbstractSeries *bandHigh, QAbstractSeries *bandLow) const
{
    const auto *instrument = findIn(m_all, instrumentId);
    const auto data = instrument ? chartData(*instrument) : ChartData{};
    replaceSeries(scores, data.points);
    QList<QPointF> high;
    QList<QPointF> low;
    if (data.band) {
        high = {QPointF(-14, data.band->second), QPointF(data.xMax + 7, data.band->second)};
        low = {QPointF(-14, data.band->first), QPointF(data.xMax + 7, data.band->first)};
    }
    replaceSeries(bandHigh, high);
    replaceSeries(bandLow, low);
}
