#pragma once

#include "database.h"
#include "domain/episode.h"
#include "domain/result.h"

#include <QList>
#include <memory>

namespace mend {

/** Stores and reads treatment episodes. */
class EpisodeRepository
{
public:
    explicit EpisodeRepository(std::shared_ptr<Database> database);

    /** Validates and stores a new episode; returns it with its id and created time. */
    Result<Episode> add(Episode episode, const QDateTime &now);
    std::optional<Episode> find(qint64 id) const;
    /** Records day 0 (with site, side and baseline) of an episode whose injection was not on
     *  record: validated as a new episode is. */
    Status recordInjection(const Episode &episode, const QDate &today);
    /** The most recently set-up episode, the one commands act on by default. */
    std::optional<Episode> latest() const;
    /** Every episode of the diary's own patient, oldest first. */
    QList<Episode> all() const;
    /** Every imported patient's episode (a clinic database), oldest first. */
    QList<Episode> cohort() const;

private:
    QList<Episode> select(const QString &where) const;

    std::shared_ptr<Database> m_db;
};

} // namespace mend
