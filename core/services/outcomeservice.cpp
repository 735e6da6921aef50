#include "outcomeservice.h"

#include "instrumentcatalog.h"
#include "protocolcatalog.h"
#include "storage/entryrepository.h"
#include "storage/promrepository.h"

namespace mend {

OutcomeService::OutcomeService(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

QList<PromTimePoint> OutcomeService::timePoints(const Episode &episode) const
{
    const auto protocol = ProtocolCatalog(m_db).forEpisode(episode);
    return protocol ? protocol->promSchedule : QList<PromTimePoint>{};
}

QList<ScheduledQuestionnaire> OutcomeService::schedule(const Episode &episode,
                                                       const QDate &today) const
{
    return questionnaireSchedule(episode, timePoints(episode),
                                 InstrumentCatalog(m_db).scheduledFor(episode.site),
                                 PromRepository(m_db).forEpisode(episode.id), today);
}

OutcomeInputs OutcomeService::inputs(const Episode &episode, const QDate &today) const
{
    return inputs(episode, today, EntryRepository(m_db).forEpisode(episode.id));
}

OutcomeInputs OutcomeService::inputs(const Episode &episode, const QDate &today,
                                     QList<DailyEntry> entries) const
{
    return {episode,
            timePoints(episode),
            std::move(entries),
            PromRepository(m_db).forEpisode(episode.id),
            InstrumentCatalog(m_db).scheduledFor(episode.site),
            today};
}

QList<Verdict> OutcomeService::verdicts(const Episode &episode, const QDate &today) const
{
    return outcomeVerdicts(inputs(episode, today));
}

} // namespace mend
