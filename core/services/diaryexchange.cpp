#include "diaryexchange.h"

#include "domain/entrycompare.h"
#include "domain/limits.h"
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
#include <QRegularExpression>

#include <algorithm>

namespace mend {

namespace {

QString nothingToImport()
{
    return QStringLiteral("nothing to import: the file has no diary days or questionnaires");
}

/** The reason a line gives, for grouping: its dates, numbers and quoted parts taken out. */
QString reasonOf(const QString &line)
{
    static const QRegularExpression variable(
        QStringLiteral(R"(\d{4}-\d{2}-\d{2}|entry\[\d+\]|'[^']*'|\b\d+(\.\d+)?\b)"));
    return QString(line).replace(variable, QStringLiteral("…"));
}

void appendGrouped(QStringList &lines, const QString &heading, const QStringList &items,
                   bool verbose)
{
    if (items.isEmpty())
        return;
    if (verbose) {
        for (const auto &item : items)
            lines << QStringLiteral("  %1: %2").arg(heading, item);
        return;
    }
    QList<QString> order;
    QHash<QString, QStringList> groups;
    for (const auto &item : items) {
        const QString reason = reasonOf(item);
        if (!groups.contains(reason))
            order << reason;
        groups[reason] << item;
    }
    for (const auto &reason : order) {
        const QStringList &group = groups[reason];
        if (group.size() == 1 || group.count(group.first()) == group.size()) {
            lines << QStringLiteral("  %1%2: %3")
                         .arg(heading,
                              group.size() > 1 ? QStringLiteral(" (%1)").arg(group.size())
                                               : QString(),
                              group.first());
            continue;
        }
        lines << QStringLiteral("  %1 (%2), e.g.: %3")
                     .arg(heading)
                     .arg(group.size())
                     .arg(group.first());
        for (int i = 1; i < std::min<qsizetype>(3, group.size()); ++i)
            lines << QStringLiteral("      ") + group.at(i);
        if (group.size() > 3)
            lines
                << QStringLiteral("      and %1 more (--verbose lists them)").arg(group.size() - 3);
    }
}

} // namespace

QString ImportReport::text(bool verbose) const
{
    QStringList lines;
    const QString kind =
        format == QLatin1String("csv") ? QStringLiteral("CSV") : QStringLiteral("FHIR R4");
    if (imported) {
        QStringList parts{QStringLiteral("%1 new day(s)").arg(entries)};
        if (replaced)
            parts << QStringLiteral("%1 day(s) replaced").arg(replaced);
        parts << QStringLiteral("%1 questionnaire(s)").arg(responses);
        lines << QStringLiteral("imported %1 from a %2 file")
                     .arg(parts.join(QStringLiteral(", ")), kind);
        if (unchanged)
            lines << QStringLiteral("%1 day(s) or answers were already in the diary, the same; "
                                    "not added again")
                         .arg(unchanged);
        if (!conflicts.isEmpty())
            lines << QStringLiteral("%1 day(s) differ from the diary: %2")
                         .arg(conflicts.size())
                         .arg(replaced ? QStringLiteral("the file's values were taken")
                                       : QStringLiteral("the diary's were kept (--on-conflict "
                                                        "replace takes the file's)"));
    } else {
        lines << QStringLiteral("nothing was imported: %1 problem(s)").arg(problems.size());
    }
    appendGrouped(lines, QStringLiteral("problem"), problems, verbose);
    // After a refusal what was skipped does not matter, unless it is why nothing was left.
    if (!imported && !(problems.size() == 1 && problems.first() == nothingToImport()))
        return lines.join(QLatin1Char('\n'));
    appendGrouped(lines, QStringLiteral("differs"), conflicts, verbose);
    appendGrouped(lines, QStringLiteral("rounded half up"), rounded, verbose);
    appendGrouped(lines, QStringLiteral("skipped"), skipped, verbose);
    return lines.join(QLatin1Char('\n'));
}

DiaryExchange::DiaryExchange(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

QByteArray DiaryExchange::exportCsv(const Episode &episode) const
{
    return entriesToCsv(episode, EntryRepository(m_db).forEpisode(episode.id));
}

QByteArray DiaryExchange::exportFhir(const Episode &episode, const QDateTime &generatedAt,
                                     FhirBundleType type) const
{
    FhirExportData data;
    data.patientIdentifier =
        SettingsRepository(m_db).value(QStringLiteral("patient.identifier")).value_or(QString());
    data.episode = episode;
    data.seriesInjections = TimelineRepository(m_db).seriesInjections(episode.id);
    data.entries = EntryRepository(m_db).forEpisode(episode.id);
    data.responses = PromRepository(m_db).forEpisode(episode.id);
    data.instruments = InstrumentCatalog(m_db).all();
    return QJsonDocument(exportFhirBundle(data, generatedAt, type)).toJson(QJsonDocument::Indented);
}

ImportReport DiaryExchange::import(const QByteArray &file, const Episode &episode,
                                   const QDateTime &now, OnConflict onConflict)
{
    return file.trimmed().startsWith('{')
               ? importFhir(readFhirBundle(file, InstrumentCatalog(m_db).all()), episode, now,
                            onConflict)
               : importCsv(file, episode, now, onConflict);
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
            fresh.append(e);
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
            replace.append(e);
        }
    }
    entries = fresh;
    return replace;
}

Status DiaryExchange::store(const QList<DailyEntry> &added, const QList<DailyEntry> &replaced,
                            const QList<PromResponse> &responses,
                            const QList<SeriesInjection> &series, const Episode &episode,
                            const QDateTime &now, ImportReport &report)
{
    return m_db->inTransaction([&]() -> Status {
        EntryRepository entries(m_db);
        if (auto s = entries.insertImported(added, episode); !s)
            return s;
        for (const auto &e : replaced)
            if (auto s = entries.replaceImported(e); !s)
                return s;
        PromRepository answers(m_db);
        report.responses = 0;
        for (const auto &r : responses) {
            if (!r.timePointId.isEmpty() &&
                answers.findScheduled(episode.id, r.instrumentId, r.timePointId)) {
                ++report.unchanged; // that time point is answered already: the diary's stay
                continue;
            }
            if (auto saved = answers.save(r); !saved)
                return saved.error();
            ++report.responses;
        }
        TimelineRepository timeline(m_db);
        const auto had = timeline.seriesInjections(episode.id);
        for (const auto &s : series) {
            if (std::any_of(had.cbegin(), had.cend(),
                            [&](const SeriesInjection &h) { return h.date == s.date; }))
                continue;
            if (auto made = timeline.addSeriesInjection(s, episode, now.date()); !made)
                return made.error();
        }
        return Done{};
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
        report.problems << nothingToImport();
    if (!report.problems.isEmpty())
        return report;
    QList<DailyEntry> added = read.entries;
    const auto replaced = mergeWithDiary(added, episode, onConflict, report);
    if (auto s = store(added, replaced, {}, {}, episode, now, report); !s) {
        report.problems << s.error().text();
        return report;
    }
    report.imported = true;
    report.entries = int(added.size());
    report.replaced = int(replaced.size());
    return report;
}

ImportReport DiaryExchange::importFhir(FhirBundleContent content, const Episode &episode,
                                       const QDateTime &now, OnConflict onConflict)
{
    ImportReport report;
    report.format = QStringLiteral("fhir");
    const auto instruments = InstrumentCatalog(m_db).all();
    report.problems = content.problems;
    report.skipped = content.skipped;
    report.rounded = content.rounded;
    QList<DailyEntry> inWindow;
    int outside = 0;
    for (auto &e : content.entries) {
        e.episodeId = episode.id;
        auto valid = validateEntry(e, episode, now.date());
        if (!valid && e.date.isValid() &&
            e.date < episode.injectionDate.addDays(-kBaselineWindowDays)) {
            // History from before this episode (Synthea's start in the 1980s): not this diary's
            // to keep, and no reason to refuse the rest. A day after today stays a problem.
            report.skipped << QStringLiteral("%1: outside this episode (its diary keeps %2 to "
                                             "today)")
                                  .arg(e.date.toString(Qt::ISODate),
                                       episode.injectionDate.addDays(-kBaselineWindowDays)
                                           .toString(Qt::ISODate));
            ++outside;
            continue;
        }
        if (!valid)
            report.problems << QStringLiteral("%1: %2").arg(e.date.toString(Qt::ISODate),
                                                            valid.error().text());
        inWindow.append(e);
    }
    content.entries = inWindow;
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
    // Days skipped as history are something the file held: the report says why, not "nothing".
    if (report.problems.isEmpty() && content.entries.isEmpty() && content.responses.isEmpty() &&
        content.seriesInjections.isEmpty() && outside == 0)
        report.problems << nothingToImport();
    if (!report.problems.isEmpty())
        return report;
    const auto replaced = mergeWithDiary(content.entries, episode, onConflict, report);
    if (auto s = store(content.entries, replaced, content.responses, content.seriesInjections,
                       episode, now, report);
        !s) {
        report.problems << s.error().text();
        return report;
    }
    report.imported = true;
    report.entries = int(content.entries.size());
    report.replaced = int(replaced.size());
    return report;
}

} // namespace mend
