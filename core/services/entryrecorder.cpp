#include "entryrecorder.h"

#include "domain/limits.h"
#include "domain/recovery.h"

namespace mend {

EntryRecorder::EntryRecorder(std::shared_ptr<Database> database)
    : m_db(database), m_entries(database), m_alerts(database)
{
}

Result<RecordedEntry> EntryRecorder::record(const DailyEntry &entry, const Episode &episode,
                                            const QDateTime &now)
{
    RecordedEntry recorded;
    Error failure;
    auto status = m_db->inTransaction([&]() -> Status {
        auto saved = m_entries.save(entry, episode, now);
        if (!saved)
            return saved.error();
        recorded.entry = saved.value();
        // Only what the rules read: the baseline window and the days just before this entry,
        // not the whole diary.
        const auto baselineEntries =
            m_entries.forEpisode(episode.id, episode.injectionDate.addDays(-kBaselineWindowDays),
                                 episode.injectionDate.addDays(-1));
        const auto recent = m_entries.forEpisode(
            episode.id, recorded.entry.date.addDays(-kRedFlagLookbackDays), recorded.entry.date);
        const auto baseline = baselineOf(episode, baselineEntries, Metric::painAverage());
        recorded.redFlags =
            redFlagsFor(recorded.entry, episode, recent, baseline.value.value_or(0));
        for (const auto &flag : recorded.redFlags)
            if (auto added = m_alerts.addIfNew(episode.id, recorded.entry.date, flag, now); !added)
                return added.error();
        return Done{};
    });
    if (!status)
        return status.error();
    return recorded;
}

} // namespace mend
