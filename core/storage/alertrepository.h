#pragma once

#include "database.h"
#include "domain/alert.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace mend {

/** Stores red-flag alerts: at most one per episode, day and rule. */
class AlertRepository
{
public:
    explicit AlertRepository(std::shared_ptr<Database> database);

    /** Stores the flag unless the same rule already fired for that day; true if it was new. */
    Result<bool> addIfNew(qint64 episodeId, const QDate &entryDate, const RedFlag &flag,
                          const QDateTime &now);
    /** The episode's alerts, oldest first. */
    QList<Alert> forEpisode(qint64 episodeId) const;
    /** Marks an alert as seen by the patient. */
    Status acknowledge(qint64 alertId, const QDateTime &now);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
