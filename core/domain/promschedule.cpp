#include "promschedule.h"

namespace mend {

QList<ScheduledQuestionnaire> questionnaireSchedule(const Episode &episode,
                                                    const QList<PromTimePoint> &timePoints,
                                                    const QList<Instrument> &instruments,
                                                    const QList<PromResponse> &responses,
                                                    const QDate &today)
{
    QList<ScheduledQuestionnaire> out;
    for (const auto &tp : timePoints) {
        for (const auto &instrument : instruments) {
            if (instrument.changeSinceInjection && tp.day <= 0)
                continue;
            ScheduledQuestionnaire s;
            s.timePoint = tp;
            s.instrumentId = instrument.id;
            s.instrumentName = instrument.shortName;
            s.target = episode.injectionDate.addDays(tp.day);
            s.windowStart = s.target.addDays(-tp.windowBefore);
            s.windowEnd = s.target.addDays(tp.windowAfter);
            for (const auto &r : responses) {
                if (r.episodeId != episode.id || r.instrumentId != instrument.id ||
                    r.timePointId != tp.id)
                    continue;
                s.responseId = r.id;
                s.inProgress = !r.complete;
            }
            if (s.responseId && !s.inProgress)
                s.status = DueStatus::Done;
            else if (today < s.windowStart)
                s.status = DueStatus::Upcoming;
            else if (today <= s.target)
                s.status = DueStatus::Due;
            else if (today <= s.windowEnd)
                s.status = DueStatus::Overdue;
            else
                s.status = DueStatus::Missed;
            out.append(s);
        }
    }
    return out;
}

QList<ScheduledQuestionnaire> actionable(const QList<ScheduledQuestionnaire> &schedule)
{
    QList<ScheduledQuestionnaire> out;
    for (const auto &s : schedule)
        if (s.status == DueStatus::Due || s.status == DueStatus::Overdue)
            out.append(s);
    return out;
}

QString toKey(DueStatus status)
{
    switch (status) {
    case DueStatus::Upcoming:
        return QStringLiteral("upcoming");
    case DueStatus::Due:
        return QStringLiteral("due");
    case DueStatus::Overdue:
        return QStringLiteral("overdue");
    case DueStatus::Missed:
        return QStringLiteral("missed");
    case DueStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace mend
