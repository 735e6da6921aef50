#include "episodereview.h"

#include "services/outcomeservice.h"
#include "services/protocolcatalog.h"
#include "storage/alertrepository.h"
#include "storage/entryrepository.h"
#include "storage/timelinerepository.h"

#include <QtGlobal>

namespace mend {

EpisodeReview reviewEpisode(const std::shared_ptr<Database> &db, const Episode &episode,
                            const QDate &today, const std::optional<QList<DailyEntry>> &entries)
{
    EpisodeReview r;
    r.episode = episode;
    r.today = today;
    r.entries = entries ? *entries : EntryRepository(db).forEpisode(episode.id);
    r.summary = summarize(episode, r.entries, today);
    const std::pair<const char *, Metric> metrics[] = {
        {QT_TRANSLATE_NOOP("EpisodeReview", "Average pain (0-10)"), Metric::painAverage()},
        {QT_TRANSLATE_NOOP("EpisodeReview", "Pain at rest"), Metric::painRest()},
        {QT_TRANSLATE_NOOP("EpisodeReview", "Pain with activity"), Metric::painActivity()},
        {QT_TRANSLATE_NOOP("EpisodeReview", "Worst pain"), Metric::painWorst()},
        {QT_TRANSLATE_NOOP("EpisodeReview", "Steps"), Metric::steps()}};
    for (const auto &[label, metric] : metrics)
        r.measures.append({label, metric, metric.key == Metric::steps().key ? 0 : 1,
                           summarizeMetric(episode, r.entries, metric, today)});
    for (const auto &movement : romMovementsFor(episode.site))
        r.rom.append({movement,
                      summarizeMetric(episode, r.entries, Metric::rom(movement.key), today),
                      summarizeMetric(episode, r.entries, Metric::rom(movement.key, RomSide::Other),
                                      today)});
    r.protocol = ProtocolCatalog(db).forEpisode(episode);
    if (r.protocol)
        r.milestones = evaluateMilestones(*r.protocol, episode, r.entries, today);
    r.verdicts = OutcomeService(db).verdicts(episode, today);
    r.alerts = AlertRepository(db).forEpisode(episode.id);
    r.events = TimelineRepository(db).events(episode.id);
    return r;
}

} // namespace mend
