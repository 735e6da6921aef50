#pragma once

#include "database.h"
#include "domain/episode.h"
#include "domain/result.h"
#include "domain/treatmentevent.h"

#include <memory>

namespace mend {

/** Stores what surrounds the diary on the timeline: co-treatment events, series injections, goals.
 */
class TimelineRepository
{
public:
    explicit TimelineRepository(std::shared_ptr<Database> database);

    Result<TreatmentEvent> addEvent(TreatmentEvent event, const Episode &episode,
                                    const QDateTime &now);
    QList<TreatmentEvent> events(qint64 episodeId) const;

    Result<SeriesInjection> addSeriesInjection(SeriesInjection injection, const Episode &episode,
                                               const QDate &today);
    QList<SeriesInjection> seriesInjections(qint64 episodeId) const;

    Result<Goal> addGoal(Goal goal, const Episode &episode, const QDateTime &now);
    /** Ticks a goal off on a day (or clears it with an invalid date). */
    Status setGoalAchieved(qint64 goalId, const QDate &on);
    QList<Goal> goals(qint64 episodeId) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
