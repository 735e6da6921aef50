#pragma once

#include "domain/outcomes.h"
#include "domain/promschedule.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mend {

/** A score as JSON: the number rounded to its decimals (exact text in "…Exact" keys). */
QJsonValue rationalToJson(const std::optional<Rational> &value, int decimals);

/** The scales' scores of one scoring, with raw sums and reasons. */
QJsonObject scoresToJson(const Instrument &instrument, const QList<ScaleScore> &scores);
QJsonObject responseToJson(const PromResponse &response, const Instrument *instrument);
QJsonObject scheduledToJson(const ScheduledQuestionnaire &s);
QJsonObject verdictToJson(const Verdict &v);
/** Verdicts grouped per time point, in schedule order. */
QJsonArray verdictsByTimePoint(const QList<Verdict> &verdicts);

} // namespace mend
