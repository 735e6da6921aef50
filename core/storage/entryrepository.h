#pragma once

#include "database.h"
#include "domain/dailyentry.h"
#include "domain/episode.h"
#include "domain/result.h"

#include <QList>
#include <memory>

namespace mend {

/** Stores and reads daily entries (one per episode and calendar day) with their ROM readings. */
class EntryRepository
{
public:
    explicit EntryRepository(std::shared_ptr<Database> database);

    /**
     * Validates and saves the entry for its day: inserts it, or edits the day's existing entry
     * keeping its created time and late mark. One transaction; a rejected entry changes nothing.
     */
    Result<DailyEntry> save(DailyEntry entry, const Episode &episode, const QDateTime &now);
    std::optional<DailyEntry> findByDate(qint64 episodeId, const QDate &date) const;
    std::optional<DailyEntry> find(qint64 entryId) const;
    /** The episode's entries dated in [from, to] (invalid dates = open), oldest first. */
    QList<DailyEntry> forEpisode(qint64 episodeId, const QDate &from = {},
                                 const QDate &to = {}) const;
    /**
     * Inserts entries read from a file, keeping their timestamps and late mark, in one
     * transaction, and gives each its id and episode (in place: an import's list is not
     * copied). Each is validated as a save is; fails, changing nothing, when one is invalid or a
     * day already has an entry.
     */
    Status insertImported(QList<DailyEntry> &entries, const Episode &episode, const QDate &today);
    /** Overwrites a stored day (entry.id) with an imported version of it, validated first. */
    Status replaceImported(DailyEntry entry, const Episode &episode, const QDate &today);
    /** Deletes one entry and its readings. */
    Status remove(qint64 entryId);

private:
    struct Statements; // a write's prepared statements, reused across the entries of an import
    Status write(Statements &statements, DailyEntry &entry, bool exists);
    /** The day's stored entry's id, creation time and late mark only (what a save keeps). */
    struct Stamp
    {
        qint64 id;
        QDateTime createdAt;
        bool late;
    };
    std::optional<Stamp> stampOf(qint64 episodeId, const QDate &date) const;
    std::shared_ptr<Database> m_db;
    // Prepared once, reused by every save through this repository (after m_db: destroyed first).
    std::shared_ptr<Statements> m_statements;
};

} // namespace mend
