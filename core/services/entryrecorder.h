#pragma once

#include "domain/redflags.h"
#include "storage/alertrepository.h"
#include "storage/entryrepository.h"

namespace mend {

/** What saving an entry did: the stored entry and every red flag it trips (shown at once). */
struct RecordedEntry
{
    DailyEntry entry;
    QList<RedFlag> redFlags;
};

/** Saves a daily entry and the red-flag alerts it trips, in one transaction. */
class EntryRecorder
{
public:
    explicit EntryRecorder(std::shared_ptr<Database> database);

    Result<RecordedEntry> record(const DailyEntry &entry, const Episode &episode,
                                 const QDateTime &now);

private:
    std::shared_ptr<Database> m_db;
    EntryRepository m_entries;
    AlertRepository m_alerts;
};

} // namespace mend
