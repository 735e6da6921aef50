#pragma once

#include "instrument.h"
#include "result.h"

#include <QMap>

namespace mend {

/** Answers by item id; an item without an entry is unanswered. */
using Answers = QMap<QString, int>;

/** One scale's result: the score, or why there is none. */
struct ScaleScore
{
    QString scaleId;
    int answered = 0;
    int rawSum = 0;
    std::optional<Rational> score;
    QString reason; ///< set when there is no score (the missing-item rule said so)
};

/** Checks every answer against its item: known item, value among the item's options. */
Status checkAnswers(const Instrument &instrument, const Answers &answers);

/** Scores one scale by its method and missing-item rule. Answers must have passed checkAnswers. */
ScaleScore scoreScale(const ScaleDefinition &scale, const Answers &answers);

/** Checks the answers, then scores every scale of the instrument. */
Result<QList<ScaleScore>> scoreInstrument(const Instrument &instrument, const Answers &answers);

/**
 * Reads answers given in item order, "2,1,,3" (an empty place = unanswered), as on the command
 * line. Fails naming the place and the problem.
 */
Result<Answers> answersFromList(const Instrument &instrument, const QString &list);

} // namespace mend
