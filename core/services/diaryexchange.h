#pragma once

#include "domain/episode.h"
#include "exchange/fhirimport.h"
#include "storage/database.h"

#include <QByteArray>
#include <QStringList>
#include <memory>

namespace mend {

/** What an import did: imported or not, what it added, every problem or skipped item and why. */
struct ImportReport
{
    bool imported = false;
    QString format; ///< "csv" or "fhir"
    int entries = 0;
    int responses = 0;
    QStringList problems; ///< why nothing was imported
    QStringList skipped;  ///< what a foreign file had that Mend does not keep

    QString text() const;
};

/** Moves an episode's diary to and from CSV and FHIR R4 files; imports are all or nothing. */
class DiaryExchange
{
public:
    explicit DiaryExchange(std::shared_ptr<Database> database);

    QByteArray exportCsv(const Episode &episode) const;
    QByteArray exportFhir(const Episode &episode, const QDateTime &generatedAt) const;
    /** Detects the format (a JSON object = FHIR, else CSV) and imports into the episode. */
    ImportReport import(const QByteArray &file, const Episode &episode, const QDateTime &now);
    /** Imports a Bundle already read (readFhirBundle), as import() does after reading it. */
    ImportReport importFhir(FhirBundleContent content, const Episode &episode,
                            const QDateTime &now);

private:
    ImportReport importCsv(const QByteArray &file, const Episode &episode, const QDateTime &now);
    ImportReport importFhir(const QByteArray &file, const Episode &episode, const QDateTime &now);

    std::shared_ptr<Database> m_db;
};

} // namespace mend
