#pragma once

#include "database.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace mend {

/** What storing an export's days changed. */
struct ActivityStoreReport
{
    int added = 0;     // days the source had no value for
    int replaced = 0;  // days whose value the new export changed
    int unchanged = 0; // days stored with the same value already
};

/** Steps and active minutes imported from exports: one row per episode, day and source. Never
 *  touches the patient's own log. */
class ActivityRepository
{
public:
    explicit ActivityRepository(std::shared_ptr<Database> database);

    /** Makes the source's days from the first to the last of `days` exactly `days`, in one
     *  transaction: a later export of the same source replaces what it covers; the same export
     *  again changes nothing. */
    Result<ActivityStoreReport> replaceSource(qint64 episodeId, const QString &source,
                                              const QList<ActivityDay> &days, const QDateTime &now);
    /** The episode's imported days, by day then source. */
    QList<StoredActivityDay> forEpisode(qint64 episodeId) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
