#pragma once

#include "domain/activity.h"
#include "domain/alert.h"
#include "domain/episode.h"
#include "domain/milestones.h"
#include "domain/protocol.h"
#include "domain/treatmentevent.h"

#include <QList>
#include <optional>

class Diary;
struct DiaryServices;

/** What the timeline shows besides the days themselves: the open episode's steps, protocol,
 *  milestones, goals, treatments and alerts, and every episode for the comparison. */
struct TimelineData
{
    QList<mend::DaySteps> steps; // typed, else imported from a phone or a watch
    std::optional<mend::Protocol> protocol;
    QList<mend::MilestoneResult> milestoneResults;
    QList<mend::Goal> goals;
    QList<mend::TreatmentEvent> events;
    QList<mend::Alert> alerts;
    QList<mend::SeriesInjection> seriesInjections;
    QList<mend::Episode> allEpisodes;

    static TimelineData read(const Diary &diary, DiaryServices &services);
};
