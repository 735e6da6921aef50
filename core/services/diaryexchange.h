#pragma once

#include "domain/episode.h"
#include "exchange/fhirexport.h"
#include "exchange/fhirimport.h"
#include "storage/database.h"

#include <QByteArray>
#include <QStringList>
#include <memory>

namespace mend {

/** What to do with a day the diary already has with other values. */
enum class OnConflict
{
    Keep,   ///< the diary's day stays; the file's is reported and left out
    Replace ///< the file's day replaces the diary's
};

/** What an import did: imported or not, what it added, every problem or skipped item and why. */
struct ImportReport
{
    bool imported = false;
    QString format;    ///< "csv" or "fhir"
    int entries = 0;   ///< days added
    int replaced = 0;  ///< days the file replaced (OnConflict::Replace)
    int unchanged = 0; ///< days (and answers) the diary already had, the same
    int responses = 0;
    QStringList problems;  ///< why nothing was imported
    QStringList skipped;   ///< what the file had that this diary does not keep, and why
    QStringList conflicts; ///< days the diary has with other values: both values
    QStringList rounded;   ///< decimal pain scores taken as whole numbers

    /** The summary, then each list grouped by reason with counts and up to 3 examples each
     *  (every line when verbose). */
    QString text(bool verbose = false) const;
};

/** Moves an episode's diary to and from CSV and FHIR R4 files; imports are all or nothing. */
class DiaryExchange
{
public:
    explicit DiaryExchange(std::shared_ptr<Database> database);

    QByteArray exportCsv(const Episode &episode) const;
    QByteArray exportFhir(const Episode &episode, const QDateTime &generatedAt,
                          FhirBundleType type = FhirBundleType::Collection) const;
    /**
     * Detects the format (a JSON object = FHIR, else CSV) and imports into the episode. A file
     * with a malformed value is refused whole; days outside the episode's window are skipped
     * with the reason; days the diary already has the same are counted, not added twice; days
     * it has with other values are conflicts, kept or replaced as onConflict says.
     */
    ImportReport import(const QByteArray &file, const Episode &episode, const QDateTime &now,
                        OnConflict onConflict = OnConflict::Keep);
    /** Imports a Bundle already read (readFhirBundle), as import() does after reading it. */
    ImportReport importFhir(FhirBundleContent content, const Episode &episode, const QDateTime &now,
                            OnConflict onConflict = OnConflict::Keep);

private:
    ImportReport importCsv(const QByteArray &file, const Episode &episode, const QDateTime &now,
                           OnConflict onConflict);
    /** Leaves out of entries the days the diary has (the same: counted; other values: a
     *  conflict, replaced or left out); returns the days to replace. */
    QList<DailyEntry> mergeWithDiary(QList<DailyEntry> &entries, const Episode &episode,
                                     OnConflict onConflict, ImportReport &report) const;
    /** Writes the days and the answers in one transaction. */
    Status store(const QList<DailyEntry> &added, const QList<DailyEntry> &replaced,
                 const QList<PromResponse> &responses, const QList<SeriesInjection> &series,
                 const Episode &episode, const QDateTime &now, ImportReport &report);

    std::shared_ptr<Database> m_db;
};

} // namespace mend
