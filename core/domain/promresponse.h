#pragma once

#include "instrumentscoring.h"

#include <QDate>
#include <QDateTime>

namespace mend {

/** A patient's answers to one instrument: a draft while in progress, then complete and scored. */
struct PromResponse
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QString instrumentId;
    int instrumentVersion = 1;
    QString timePointId; ///< the schedule's time point; empty when answered off-schedule
    QDate answeredOn;
    bool complete = false;
    Answers answers;
    QList<ScaleScore> scores; ///< empty for a draft
    QDateTime createdAt;
    QDateTime updatedAt;

    /** The score of a scale, if the response has one. */
    std::optional<Rational> score(const QString &scaleId) const
    {
        for (const auto &s : scores)
            if (s.scaleId == scaleId)
                return s.score;
        return std::nullopt;
    }
};

} // namespace mend
