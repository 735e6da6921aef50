#pragma once

#include "domain/outcomes.h"
#include "domain/promschedule.h"
#include "storage/database.h"

#include <memory>

namespace mend {

/** Gathers an episode's protocol schedule, instruments, diary and responses for outcomes. */
class OutcomeService
{
public:
    explicit OutcomeService(std::shared_ptr<Database> database);

    /** The protocol's time points for the episode (empty when no protocol applies). */
    QList<PromTimePoint> timePoints(const Episode &episode) const;
    /** Every scheduled questionnaire with today's status. */
    QList<ScheduledQuestionnaire> schedule(const Episode &episode, const QDate &today) const;
    /** What the verdicts are computed from. */
    OutcomeInputs inputs(const Episode &episode, const QDate &today) const;
    /** The same with the episode's entries given (already read by the caller). */
    OutcomeInputs inputs(const Episode &episode, const QDate &today,
                         QList<DailyEntry> entries) const;
    /** Every verdict of the episode per reached time point. */
    QList<Verdict> verdicts(const Episode &episode, const QDate &today) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
