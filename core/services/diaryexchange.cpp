#include "diaryexchange.h"

#include "domain/validation.h"
#include "exchange/entrycsv.h"
#include "exchange/fhirexport.h"
#include "exchange/fhirimport.h"
#include "instrumentcatalog.h"
#include "storage/entryrepository.h"
#include "storage/promrepository.h"
#include "storage/settingsrepository.h"
#include "storage/timelinerepository.h"

#include <QJsonDocument>

namespace mend {

QString ImportReport::text() const
{
    QStringList lines;
    if (imported)
        lines << QStringLiteral("imported %1 day(s) and %2 questionnaire(s) from a %3 file")
                     .arg(entries)
                     .arg(responses)
                     .arg(format == QLatin1String("csv") ? QStringLiteral("CSV")
                                                         : QStringLiteral("FHIR R4"));
    else
        lines << QStringLiteral("nothing was imported: %1 problem(s)").arg(problems.size());
    for (const auto &p : problems)
        lines << QStringLiteral("  problem: ") + p;
    for (const auto &s : skipped)
        lines << QStringLiteral("  skipped: ") + s;
    return lines.join(QLatin1Char('\n'));
}

DiaryExchange::DiaryExchange(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

QByteArray DiaryExchange::exportCsv(const Episode &episode) const
{
    return entriesToCsv(episode, EntryRepository(m_db).forEpisode(episode.id));
}

QByteArray DiaryExchange::exportFhir(const Episode &episode, const QDateTime &generatedAt) const
{
    FhirExportData data;
    data.patientIdentifier =
        SettingsRepository(m_db).value(QStringLiteral("patient.identifier")).value_or(QString());
    data.episode = episode;
    data.seriesInjections = TimelineRepository(m_db).seriesInjections(episode.id);
    data.entries = EntryRepository(m_db).forEpisode(episode.id);
    data.responses = PromRepository(m_db).forEpisode(episode.id);
    data.instruments = InstrumentCatalog(m_db).all();
    return QJsonDocument(exportFhirBundle(data, generatedAt)).toJson(QJsonDocument::Indented);
}

namespace {

QString nothingToImport()
{
    return QStringLiteral("nothing to import: the file has no diary days or questionnaires");
}

} // namespace

ImportReport DiaryExchange::import(const QByteArray &file, const Episode &episode,
                                   const QDateTime &now)
{
    return file.trimmed().startsWith('{') ? importFhir(file, episode, now)
                                          : importCsv(file, episode, now);
}

ImportReport DiaryExchange::importCsv(const QByteArray &file, const Episode &episode,
                                      const QDateTime &now)
{
    ImportReport report;
    report.format = QStringLiteral("csv");
    const auto read = entriesFromCsv(file, episode, now.date());
    for (const auto &p : read.problems)
        report.problems << p.text();
    if (report.problems.isEmpty() && read.entries.isEmpty())
        report.problems << nothingToImport();
    if (!report.problems.isEmpty())
        return report;
    if (auto s = EntryRepository(m_db).insertImported(read.entries, episode); !s) {
        report.problems << s.error().text();
        return report;
    }
    report.imported = true;
    report.entries = int(read.entries.size());
    return report;
}

ImportReport DiaryExchange::importFhir(const QByteArray &file, const Episode &episode,
                                       const QDateTime &now)
{
    return importFhir(readFhirBundle(file, InstrumentCatalog(m_db).all()), episode, now);
}

ImportReport DiaryExchange::importFhir(FhirBundleContent content, const Episode &episode,
                                       const QDateTime &now)
{
    ImportReport report;
    report.format = QStringLiteral("fhir");
    const auto instruments = InstrumentCatalog(m_db).all();
    report.problems = content.problems;
    report.skipped = content.skipped;
    for (auto &e : content.entries) {
        e.episodeId = episode.id;
        if (auto valid = validateEntry(e, episode, now.date()); !valid)
            report.problems << QStringLiteral("%1: %2").arg(e.date.toString(Qt::ISODate),
                                                            valid.error().text());
    }
    for (auto &r : content.responses) {
        r.episodeId = episode.id;
        const Instrument *instrument = nullptr;
        for (const auto &i : instruments)
            if (i.id == r.instrumentId)
                instrument = &i;
        if (!r.answers.isEmpty() && instrument) {
            if (auto ok = checkAnswers(*instrument, r.answers); !ok) {
                report.problems << QStringLiteral("%1 of %2: %3")
                                       .arg(instrument->shortName,
                                            r.answeredOn.toString(Qt::ISODate), ok.error().text());
                continue;
            }
            r.scores.clear();
            if (r.complete)
                for (const auto &scale : instrument->scales)
                    r.scores.append(scoreScale(scale, r.answers));
        }
        if (!r.createdAt.isValid())
            r.createdAt = now.toUTC();
        if (!r.updatedAt.isValid())
            r.updatedAt = r.createdAt;
    }
    if (report.problems.isEmpty() && content.entries.isEmpty() && content.responses.isEmpty() &&
        content.seriesInjections.isEmpty())
        report.problems << nothingToImport();
    if (!report.problems.isEmpty())
        return report;
    auto status = m_db->inTransaction([&]() -> Status {
        if (auto s = EntryRepository(m_db).insertImported(content.entries, episode); !s)
            return s;
        PromRepository responses(m_db);
        for (const auto &r : content.responses) {
            if (!r.timePointId.isEmpty() &&
                responses.findScheduled(episode.id, r.instrumentId, r.timePointId))
                return Error{r.instrumentId,
                             QStringLiteral("the diary already has answers for time "
                                            "point %1; nothing was imported")
                                 .arg(r.timePointId)};
            if (auto saved = responses.save(r); !saved)
                return saved.error();
        }
        TimelineRepository timeline(m_db);
        for (const auto &s : content.seriesInjections)
            if (auto added = timeline.addSeriesInjection(s, episode, now.date()); !added)
                return added.error();
        return Done{};
    });
    if (!status) {
        report.problems << status.error().text();
        return report;
    }
    report.imported = true;
    report.entries = int(content.entries.size());
    report.responses = int(content.responses.size());
    return report;
}

} // namespace mend
