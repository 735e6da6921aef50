#pragma once

#include "domain/activity.h"
#include "domain/episode.h"
#include "domain/result.h"
#include "exchange/activityread.h"
#include "storage/database.h"

#include <QDateTime>
#include <QStringList>
#include <memory>

namespace mend {

/** What an activity import found and did: the preview before storing, and the outcome. */
struct ActivityImportReport
{
    QString format;
    QDate first, last; // the days kept
    int days = 0;
    qint64 records = 0;
    qint64 skippedOutside = 0; // records before the episode's window or after today
    QStringList notes;         // how the file was read (ActivityFile::notes)
    QList<ActivitySourceTotal> sources;
    int added = 0, replaced = 0, unchanged = 0;
    /** Days the patient typed steps that differ from the export's: the typed value stays. */
    QStringList conflicts;
    bool stored = false;

    /** For people: what was found, per source, and what storing did (or would do). */
    QString text() const;
    /** The same for the patient's screen: words, dates as the locale writes them, no counts of
     *  records. */
    QString forPerson() const;
};

/** Reads an export for an episode and stores its days under the export's source. */
class ActivityImporter
{
public:
    explicit ActivityImporter(std::shared_ptr<Database> database);

    /** The episode's window: from 14 days before the injection (the baseline weeks) to today. */
    static ActivityReadOptions windowFor(const Episode &episode, const QDate &today);

    /** Reads the file and says what it holds, storing nothing. */
    Result<ActivityFile> read(const QString &path, const Episode &episode, const QDate &today,
                              ActivityReadOptions options) const;
    /** What storing `file` would find; `store` stores it (one transaction). */
    Result<ActivityImportReport> apply(const ActivityFile &file, const Episode &episode,
                                       const QDateTime &now, bool store);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
