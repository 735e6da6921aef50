#pragma once

#include "domain/episode.h"
#include "domain/instrument.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <atomic>
#include <functional>
#include <memory>

namespace mend {

/** What happened to one file of a cohort import. */
struct CohortFileResult
{
    QString file;
    bool imported = false;
    QString message;
};

struct CohortImportSummary
{
    int imported = 0;
    int refused = 0;
    bool cancelled = false;
    QList<CohortFileResult> files;
};

/** One patient's episode in the cohort list. */
struct CohortRow
{
    qint64 patientId = 0;
    qint64 episodeId = 0;
    QString identifier;
    BodySite site = BodySite::Knee;
    int daysSinceInjection = 0;
    std::optional<double> painBaseline;
    std::optional<double> painLatest; ///< 7-day average ending at the latest entry
    std::optional<double> painChange;
    int milestonesMet = 0;
    int milestonesDue = 0; ///< whose window has opened
    QString bandPosition;  ///< above / within / below the expected band, if any
    int openAlerts = 0;
    int daysLogged = 0;
    int daysElapsed = 0;
    /** False until the clinician sets day 0 for a patient whose Bundle named no injection:
     *  then nothing counted from day 0 (days, baseline, change, milestones) is given. */
    bool injectionRecorded = true;
};

/** How long one transaction of a folder import stores files before it commits. */
inline constexpr int kCohortBatchMs = 500;
/** How many files of a folder import are read ahead of the one being stored. A read file holds
 *  only what Mend keeps of it (a year of days is tens of kilobytes), so eight cost little; with
 *  fewer, a slow file leaves the storing thread waiting. */
inline constexpr int kCohortReadAhead = 8;

/** Imports patients' FHIR Bundles into a clinic database, each file all or nothing. */
class CohortImporter
{
public:
    using Progress = std::function<void(int done, int total, const QString &file)>;
    explicit CohortImporter(std::shared_ptr<Database> database);

    /** One Bundle = one patient's episode; all of it or nothing. */
    CohortFileResult importFile(const QString &path, const QDateTime &now);
    /**
     * Every *.json file of a folder in name order. Cancelling stops between files, so no patient
     * is ever half imported.
     */
    CohortImportSummary importFolder(const QString &dir, const QDateTime &now,
                                     const Progress &progress = {},
                                     const std::atomic<bool> *cancel = nullptr);

private:
    struct ReadBundle; // a file read and parsed, or why not
    /** Reads and parses a file (no database work: runs on a reader thread). */
    static ReadBundle readBundle(const QString &path, const QList<Instrument> &instruments);
    /** Stores a read file, using up its values (moved into the database's rows). */
    CohortFileResult store(ReadBundle &read, const QDateTime &now);
    std::shared_ptr<Database> m_db;
};

/** Sorts rows by patient, days, pain-change, alerts (most first) or adherence (lowest first). */
Status sortCohortRows(QList<CohortRow> &rows, const QString &key);
/** Whether the list shows a row: all of them, or only those with open alerts. */
inline bool cohortRowShown(const CohortRow &row, bool openAlertsOnly)
{
    return !openAlertsOnly || row.openAlerts > 0;
}
/** The keys sortCohortRows accepts. */
QStringList cohortSortKeys();

/**
 * The clinician sets day 0 (and site, side) for a patient whose Bundle recorded no injection;
 * the baseline becomes the last average pain on or before day 0 unless the baseline window has
 * days of its own.
 */
Status recordCohortInjection(const std::shared_ptr<Database> &database, qint64 episodeId,
                             const QDate &day0, BodySite site, Side side, const QDate &today);

/** Every imported patient's episode with its headline figures as of today. */
QList<CohortRow> cohortRows(const std::shared_ptr<Database> &database, const QDate &today);

} // namespace mend
