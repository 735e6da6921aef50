#include "outcomejson.h"

namespace mend {

QJsonValue rationalToJson(const std::optional<Rational> &value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    return value->toString(decimals).toDouble();
}

QJsonObject scoresToJson(const Instrument &instrument, const QList<ScaleScore> &scores)
{
    QJsonArray scales;
    for (const auto &s : scores) {
        const auto *def = instrument.scale(s.scaleId);
        const int decimals = def ? def->decimals : 3;
        QJsonObject o{{QStringLiteral("id"), s.scaleId},
                      {QStringLiteral("label"), def ? def->label : s.scaleId},
                      {QStringLiteral("answered"), s.answered},
                      {QStringLiteral("rawSum"), s.rawSum},
                      {QStringLiteral("score"), rationalToJson(s.score, decimals)}};
        if (s.score)
            o.insert(QStringLiteral("scoreExact"),
                     QStringLiteral("%1/%2").arg(s.score->numerator()).arg(s.score->denominator()));
        if (!s.reason.isEmpty())
            o.insert(QStringLiteral("reason"), s.reason);
        scales.append(o);
    }
    QJsonObject out{{QStringLiteral("instrument"), instrument.id},
                    {QStringLiteral("version"), instrument.version},
                    {QStringLiteral("name"), instrument.shortName},
                    {QStringLiteral("scales"), scales}};
    if (scores.size() == 1) {
        out.insert(QStringLiteral("rawSum"), scores.first().rawSum);
        out.insert(QStringLiteral("score"),
                   scales.first().toObject().value(QStringLiteral("score")));
    }
    return out;
}

QJsonObject responseToJson(const PromResponse &r, const Instrument *instrument)
{
    QJsonObject answers;
    for (auto it = r.answers.begin(); it != r.answers.end(); ++it)
        answers.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("instrument"), r.instrumentId},
                  {QStringLiteral("instrumentVersion"), r.instrumentVersion},
                  {QStringLiteral("timePoint"), r.timePointId},
                  {QStringLiteral("date"), r.answeredOn.toString(Qt::ISODate)},
                  {QStringLiteral("status"),
                   r.complete ? QStringLiteral("complete") : QStringLiteral("draft")},
                  {QStringLiteral("answers"), answers}};
    if (instrument && r.complete)
        o.insert(QStringLiteral("scores"),
                 scoresToJson(*instrument, r.scores).value(QStringLiteral("scales")));
    return o;
}

QJsonObject scheduledToJson(const ScheduledQuestionnaire &s)
{
    return {{QStringLiteral("timePoint"), s.timePoint.id},
            {QStringLiteral("label"), s.timePoint.label},
            {QStringLiteral("instrument"), s.instrumentId},
            {QStringLiteral("target"), s.target.toString(Qt::ISODate)},
            {QStringLiteral("windowStart"), s.windowStart.toString(Qt::ISODate)},
            {QStringLiteral("windowEnd"), s.windowEnd.toString(Qt::ISODate)},
            {QStringLiteral("status"), toKey(s.status)},
            {QStringLiteral("inProgress"), s.inProgress}};
}

QJsonObject verdictToJson(const Verdict &v)
{
    QJsonObject o{{QStringLiteral("measure"), v.measureId},
                  {QStringLiteral("label"), v.measureLabel},
                  {QStringLiteral("criterion"), v.criterion},
                  {QStringLiteral("criterionLabel"), v.criterionLabel},
                  {QStringLiteral("baseline"), rationalToJson(v.baseline, v.decimals)},
                  {QStringLiteral("current"), rationalToJson(v.current, v.decimals)},
                  {QStringLiteral("improvement"), rationalToJson(v.improvement, v.decimals)},
                  {QStringLiteral("improvementPercent"), rationalToJson(v.improvementPercent, 1)},
                  {QStringLiteral("threshold"), v.threshold},
                  {QStringLiteral("verdict"), toKey(v.state)},
                  {QStringLiteral("source"), v.source},
                  {QStringLiteral("population"), v.population},
                  {QStringLiteral("evidence"), v.evidence},
                  {QStringLiteral("plain"), v.plain}};
    if (!v.reason.isEmpty())
        o.insert(QStringLiteral("reason"), v.reason);
    return o;
}

QJsonArray verdictsByTimePoint(const QList<Verdict> &verdicts)
{
    QJsonArray out;
    QJsonArray group;
    const auto flush = [&](const Verdict &v) {
        out.append(QJsonObject{{QStringLiteral("timePoint"), v.timePointId},
                               {QStringLiteral("label"), v.timePointLabel},
                               {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                               {QStringLiteral("verdicts"), group}});
        group = {};
    };
    for (int i = 0; i < verdicts.size(); ++i) {
        group.append(verdictToJson(verdicts.at(i)));
        if (i + 1 == verdicts.size() ||
            verdicts.at(i + 1).timePointId != verdicts.at(i).timePointId)
            flush(verdicts.at(i));
    }
    return out;
}

} // namespace mend
