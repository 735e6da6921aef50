#pragma once

#include "episode.h"
#include "instrument.h"
#include "promresponse.h"
#include "protocol.h"

namespace mend {

/** Where a scheduled questionnaire stands today. */
enum class DueStatus
{
    Upcoming, ///< its window has not opened
    Due,      ///< window open, target day not passed
    Overdue,  ///< target day passed, window still open
    Missed,   ///< window closed without a complete response
    Done      ///< answered completely
};

/** One instrument at one time point of the protocol's schedule. */
struct ScheduledQuestionnaire
{
    PromTimePoint timePoint;
    QString instrumentId;
    QString instrumentName;
    QDate target;
    QDate windowStart;
    QDate windowEnd;
    DueStatus status = DueStatus::Upcoming;
    std::optional<qint64> responseId; ///< the complete response, or the draft in progress
    bool inProgress = false;          ///< a draft exists (resume later)
};

/**
 * The schedule for an episode: every time point x every instrument (instruments asking about change
 * since the injection are left out of time points on or before it), with today's status.
 */
QList<ScheduledQuestionnaire> questionnaireSchedule(const Episode &episode,
                                                    const QList<PromTimePoint> &timePoints,
                                                    const QList<Instrument> &instruments,
                                                    const QList<PromResponse> &responses,
                                                    const QDate &today);

/** The entries a patient should act on now: due or overdue. */
QList<ScheduledQuestionnaire> actionable(const QList<ScheduledQuestionnaire> &schedule);

/** The stable key of a status ("due", "overdue", ...), for the CLI and QML. */
QString toKey(DueStatus status);

} // namespace mend
