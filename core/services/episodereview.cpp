#include "episodereview.h"

#include "services/outcomeservice.h"
#include "services/protocolcatalog.h"
#include "storage/activityrepository.h"
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
    r.steps = stepsByDay(r.entries, ActivityRepository(db).forEpisode(episode.id));
    // Steps are summed over every day that has them, imported ones too; pain over logged days.
    QList<DailyEntry> stepDays;
    stepDays.reserve(r.steps.size());
    for (const DaySteps &d : std::as_const(r.steps)) {
        DailyEntry day;
        day.episodeId = episode.id;
        day.date = d.date;
        day.steps = d.steps;
        stepDays.append(day);
    }
    r.importedSteps = importedSteps(r.steps);
    for (const auto &[label, metric] : metrics) {
        const bool steps = metric.key == Metric::steps().key;
        r.measures.append({label, metric, steps ? 0 : 1,
                           summarizeMetric(episode, steps ? stepDays : r.entries, metric, today)});
    }
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
