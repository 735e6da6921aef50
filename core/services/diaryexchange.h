#pragma once

#include "domain/episode.h"
#include "exchange/fhirexport.h"
#include "exchange/fhirimport.h"
#include "importreport.h"
#include "storage/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace mend {

/** What to do with a day the diary already has with other values. */
enum class OnConflict
{
    Keep,   ///< the diary's day stays; the file's is reported and left out
    Replace ///< the file's day replaces the diary's
};

/** Moves a diary to and from CSV and FHIR R4 files; imports are all or nothing. */
class DiaryExchange
{
public:
    explicit DiaryExchange(std::shared_ptr<Database> database);

    QByteArray exportCsv(const Episode &episode) const;
    /** One episode as a Bundle (a cohort file, a clinic's copy of one injection). */
    QByteArray exportFhir(const Episode &episode, const QDateTime &generatedAt,
                          FhirBundleType type = FhirBundleType::Collection) const;
    /** The whole diary as a Bundle: every episode, all it holds; what a restore reads. */
    QByteArray exportFhirDiary(const QDateTime &generatedAt,
                               FhirBundleType type = FhirBundleType::Collection) const;
    /** One episode, or with none the whole diary, written to out as the Bundle is made (memory
     *  stays flat in years); false when out refused a write. */
    bool writeFhir(QIODevice &out, const std::optional<Episode> &episode,
                   const QDateTime &generatedAt,
                   FhirBundleType type = FhirBundleType::Collection) const;
    /**
     * Detects the format (a JSON object = FHIR, else CSV) and imports, all or nothing. Into an
     * episode when one is given; else a Bundle's Mend episodes go to the diary's episode with the
     * same injection (day 0, site, side) or are set up from the file (a restore), and anything
     * else to the diary's latest episode. A file with a malformed value is refused whole; days
     * outside an episode's window are skipped with the reason; days the diary already has the
     * same are counted, not added twice; days it has with other values are conflicts, kept or
     * replaced as onConflict says.
     */
    ImportReport import(const QByteArray &file, const std::optional<Episode> &into,
                        const QDateTime &now, OnConflict onConflict = OnConflict::Keep);
    /** Imports a Bundle already read (readFhirBundle), as import() does after reading it. */
    ImportReport importFhir(const FhirBundleContent &content, const std::optional<Episode> &into,
                            const QDateTime &now, OnConflict onConflict = OnConflict::Keep);
    /** One episode of a Bundle into a diary episode, inside the caller's transaction; false
     *  (with the problems in the report) when anything in it is refused. The part is used up:
     *  its days are moved into the diary rather than copied (a cohort stores thousands). */
    Status importEpisode(FhirEpisodeContent &part, const Episode &episode, const QDateTime &now,
                         OnConflict onConflict, ImportReport &report);

private:
    /** writeFhir into memory: for callers that hold the file whole anyway (tests, a cohort). */
    QByteArray fhirInMemory(const std::optional<Episode> &episode, const QDateTime &generatedAt,
                            FhirBundleType type) const;
    /** Imported activity from a Mend export, stored per export as an import of it would. */
    Status storeActivity(const QList<StoredActivityDay> &days, const Episode &episode,
                         const QDateTime &now, ImportReport &report);
    ImportReport importCsv(const QByteArray &file, const Episode &episode, const QDateTime &now,
                           OnConflict onConflict);
    /** Leaves out of entries the days the diary has (the same: counted; other values: a
     *  conflict, replaced or left out); returns the days to replace. */
    QList<DailyEntry> mergeWithDiary(QList<DailyEntry> &entries, const Episode &episode,
                                     OnConflict onConflict, ImportReport &report) const;
    /** Writes the days and the rest of an episode in one transaction. */
    Status store(QList<DailyEntry> &added, const QList<DailyEntry> &replaced,
                 const FhirEpisodeContent &part, const Episode &episode, const QDateTime &now,
                 ImportReport &report);
    /** Adds the series injections, other treatments, goals and alerts the episode lacks. */
    Status storeTimeline(const FhirEpisodeContent &part, const Episode &episode,
                         const QDateTime &now, ImportReport &report);

    std::shared_ptr<Database> m_db;
};

} // namespace mend
