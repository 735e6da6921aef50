#include "diaryexchange.h"

#include "domain/entrycompare.h"
#include "exchange/entrycsv.h"
#include "exchange/fhirexport.h"
#include "exchange/fhirimport.h"
#include "exchange/formats.h"
#include "instrumentcatalog.h"
#include "storage/activityrepository.h"
#include "storage/alertrepository.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"
#include "storage/promrepository.h"
#include "storage/settingsrepository.h"
#include "storage/timelinerepository.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>

namespace mend {

namespace {

/** A header naming Mend's date or pain column: a CSV of days, however else it differs. Empty,
 *  binary or non-UTF-8 text is left to the CSV reader, which names what is wrong with it. */
bool looksLikeMendCsv(const QByteArray &file)
{
    QByteArray header = file.left(file.indexOf('\n')).trimmed().toLower();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(header);
    if (header.isEmpty() || utf8.hasError() || decoded.contains(QChar(0)))
        return true;
    if (header.startsWith("\xef\xbb\xbf"))
        header.remove(0, 3);
    for (const QByteArray &cell : header.split(',')) {
        const QByteArray name = cell.trimmed().replace('"', "");
        if (name == "date" || name == "pain_average")
            return true;
    }
    return false;
}

} // namespace

DiaryExchange::DiaryExchange(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

QByteArray DiaryExchange::exportCsv(const Episode &episode) const
{
    return entriesToCsv(episode, EntryRepository(m_db).forEpisode(episode.id));
}

namespace {

FhirEpisodeData episodeData(const std::shared_ptr<Database> &db, const Episode &episode)
{
    TimelineRepository timeline(db);
    FhirEpisodeData d;
    d.episode = episode;
    d.seriesInjections = timeline.seriesInjections(episode.id);
    d.events = timeline.events(episode.id);
    d.goals = timeline.goals(episode.id);
    d.alerts = AlertRepository(db).forEpisode(episode.id);
    d.entries = EntryRepository(db).forEpisode(episode.id);
    d.responses = PromRepository(db).forEpisode(episode.id);
    d.activity = ActivityRepository(db).forEpisode(episode.id);
    return d;
}

FhirExportData exportDataOf(const std::shared_ptr<Database> &db, const QList<Episode> &episodes)
{
    FhirExportData data;
    data.patientIdentifier =
        SettingsRepository(db).value(QStringLiteral("patient.identifier")).value_or(QString());
    for (const auto &e : episodes)
        data.episodes.append(episodeData(db, e));
    data.instruments = InstrumentCatalog(db).all();
    return data;
}

} // namespace

bool DiaryExchange::writeFhir(QIODevice &out, const std::optional<Episode> &episode,
                              const QDateTime &generatedAt, FhirBundleType type) const
{
    const QList<Episode> episodes =
        episode ? QList<Episode>{*episode} : EpisodeRepository(m_db).all();
    return writeFhirBundle(out, exportDataOf(m_db, episodes), generatedAt, type);
}

QByteArray DiaryExchange::exportFhir(const Episode &episode, const QDateTime &generatedAt,
                                     FhirBundleType type) const
{
    return fhirInMemory(episode, generatedAt, type);
}

QByteArray DiaryExchange::exportFhirDiary(const QDateTime &generatedAt, FhirBundleType type) const
{
    return fhirInMemory(std::nullopt, generatedAt, type);
}

QByteArray DiaryExchange::fhirInMemory(const std::optional<Episode> &episode,
                                       const QDateTime &generatedAt, FhirBundleType type) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeFhir(buffer, episode, generatedAt, type);
    return buffer.data();
}

ImportReport DiaryExchange::import(const QByteArray &file, const std::optional<Episode> &into,
                                   const QDateTime &now, OnConflict onConflict)
{
    if (file.trimmed().startsWith('{'))
        return importFhir(readFhirBundle(file, InstrumentCatalog(m_db).all()), into, now,
                          onConflict);
    if (!looksLikeMendCsv(file)) {
        ImportReport report;
        report.format = QStringLiteral("csv");
        report.problems << notAFormatMendReads();
        return report;
    }
    const auto episode = into ? into : EpisodeRepository(m_db).latest();
    if (!episode) {
        ImportReport report;
        report.format = QStringLiteral("csv");
        report.problems << noEpisodeProblem();
        return report;
    }
    return importCsv(file, *episode, now, onConflict);
}

QList<DailyEntry> DiaryExchange::mergeWithDiary(QList<DailyEntry> &entries, const Episode &episode,
                                                OnConflict onConflict, ImportReport &report) const
{
    QHash<QDate, DailyEntry> existing;
    for (const auto &e : EntryRepository(m_db).forEpisode(episode.id))
        existing.insert(e.date, e);
    QList<DailyEntry> fresh;
    QList<DailyEntry> replace;
    for (auto &e : entries) {
        const auto it = existing.constFind(e.date);
        if (it == existing.cend()) {
            fresh.append(std::move(e));
            continue;
        }
        const auto differences = dayDifferences(*it, e);
        if (differences.isEmpty()) {
            ++report.unchanged;
            continue;
        }
        QStringList both;
        for (const auto &d : differences)
            both << QStringLiteral("%1 %2 in the diary, %3 in the file")
                        .arg(d.field, d.ours, d.theirs);
        report.conflicts << QStringLiteral("%1: %2").arg(e.date.toString(Qt::ISODate),
                                                         both.join(QStringLiteral("; ")));
        if (onConflict == OnConflict::Replace) {
            e.id = it->id;
            e.createdAt = it->createdAt;
            replace.append(std::move(e));
        }
    }
    entries = std::move(fresh);
    return replace;
}

Status DiaryExchange::store(QList<DailyEntry> &added, const QList<DailyEntry> &replaced,
                            const FhirEpisodeContent &part, const Episode &episode,
                            const QDateTime &now, ImportReport &report)
{
    return m_db->inTransaction([&]() -> Status {
        EntryRepository entries(m_db);
        if (auto s = entries.insertImported(added, episode, now.date()); !s)
            return s;
        for (const auto &e : replaced)
            if (auto s = entries.replaceImported(e, episode, now.date()); !s)
                return s;
        PromRepository answers(m_db);
        for (const auto &r : part.responses) {
            if (!r.timePointId.isEmpty() &&
                answers.findScheduled(episode.id, r.instrumentId, r.timePointId)) {
                ++report.unchanged; // that time point is answered already: the diary's stay
                continue;
            }
            if (auto saved = answers.save(r); !saved)
                return saved.error();
            ++report.responses;
        }
        return storeTimeline(part, episode, now, report);
    });
}

ImportReport DiaryExchange::importCsv(const QByteArray &file, const Episode &episode,
                                      const QDateTime &now, OnConflict onConflict)
{
    ImportReport report;
    report.format = QStringLiteral("csv");
    const auto read = entriesFromCsv(file, episode, now.date());
    for (const auto &p : read.problems)
        report.problems << p.text();
    if (report.problems.isEmpty() && read.entries.isEmpty())
        report.problems << nothingToImportProblem();
    if (!report.problems.isEmpty())
        return report;
    QList<DailyEntry> added = read.entries;
    const auto replaced = mergeWithDiary(added, episode, onConflict, report);
    if (auto s = store(added, replaced, {}, episode, now, report); !s) {
        report.problems << s.error().text();
        return report;
    }
    report.imported = true;
    report.entries = int(added.size());
    report.replaced = int(replaced.size());
    return report;
}

} // namespace mend
