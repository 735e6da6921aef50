#include "timelinedata.h"

#include "diary.h"
#include "diaryservices.h"

using namespace mend;

TimelineData TimelineData::read(const Diary &diary, DiaryServices &services)
{
    TimelineData d;
    if (const auto &ep = diary.episode()) {
        const auto &entries = diary.episodeEntries();
        d.steps = stepsByDay(entries, services.activity.forEpisode(ep->id));
        d.protocol = services.protocols.forEpisode(*ep);
        if (d.protocol)
            d.milestoneResults = evaluateMilestones(*d.protocol, *ep, entries, diary.today());
        d.goals = services.timeline.goals(ep->id);
        d.events = services.timeline.events(ep->id);
        d.alerts = services.alerts.forEpisode(ep->id);
        d.seriesInjections = services.timeline.seriesInjections(ep->id);
    }
    d.allEpisodes = services.episodes.all();
    return d;
}
