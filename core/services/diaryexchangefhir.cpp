// DiaryExchange's FHIR import: a Bundle's episodes, days, answers, timeline and activity into the
// diary, in one transaction (the CSV import and the exports are in diaryexchange.cpp).
#include "diaryexchange.h"

#include "domain/limits.h"
#include "domain/validation.h"
#include "instrumentcatalog.h"
#include "storage/activityrepository.h"
#include "storage/alertrepository.h"
#include "storage/episoderepository.h"
#include "storage/settingsrepository.h"
#include "storage/timelinerepository.h"

#include <algorithm>

namespace mend {

Status DiaryExchange::storeTimeline(const FhirEpisodeContent &part, const Episode &episode,
                                    const QDateTime &now, ImportReport &report)
{
    TimelineRepository timeline(m_db);
    const auto series = timeline.seriesInjections(episode.id);
    for (const auto &s : part.seriesInjections) {
        if (std::any_of(series.cbegin(), series.cend(),
                        [&](const SeriesInjection &h) { return h.date == s.date; })) {
            ++report.unchanged; // already there: the same file twice adds nothing
            continue;
        }
        if (auto made = timeline.addSeriesInjection(s, episode, now.date()); !made)
            return made.error();
        ++report.extras;
    }
    const auto events = timeline.events(episode.id);
    for (const auto &t : part.events) {
        if (std::any_of(events.cbegin(), events.cend(), [&](const TreatmentEvent &h) {
                return h.date == t.date && h.kind == t.kind && h.note == t.note;
            })) {
            ++report.unchanged;
            continue;
        }
        if (auto made = timeline.addEvent(t, episode, now); !made)
            return made.error();
        ++report.extras;
    }
    const auto goals = timeline.goals(episode.id);
    for (const auto &g : part.goals) {
        if (std::any_of(goals.cbegin(), goals.cend(), [&](const Goal &h) {
                return h.text == g.text && h.windowStartDay == g.windowStartDay &&
                       h.windowEndDay == g.windowEndDay;
            })) {
            ++report.unchanged;
            continue;
        }
        auto made = timeline.addGoal(g, episode, now);
        if (!made)
            return made.error();
        if (g.achievedOn.isValid())
            if (auto s = timeline.setGoalAchieved(made.value().id, g.achievedOn); !s)
                return s;
        ++report.extras;
    }
    AlertRepository alerts(m_db);
    QList<Alert> seen; // new alerts the file says were acknowledged
    for (const auto &a : part.alerts) {
        auto added = alerts.addIfNew(episode.id, a.entryDate, a.flag,
                                     a.createdAt.isValid() ? a.createdAt : now);
        if (!added)
            return added.error();
        if (!added.value()) {
            ++report.unchanged;
            continue;
        }
        ++report.extras;
        if (a.acknowledgedAt)
            seen.append(a);
    }
    if (seen.isEmpty())
        return Done{};
    for (const auto &stored : alerts.forEpisode(episode.id)) // one read for all of them
        for (const auto &a : seen)
            if (stored.entryDate == a.entryDate && stored.flag.rule == a.flag.rule)
                if (auto st = alerts.acknowledge(stored.id, *a.acknowledgedAt); !st)
                    return st;
    return Done{};
}

namespace {

bool holdsAnything(const FhirEpisodeContent &c)
{
    return c.episode || !c.entries.isEmpty() || !c.responses.isEmpty() ||
           !c.seriesInjections.isEmpty() || !c.events.isEmpty() || !c.goals.isEmpty() ||
           !c.alerts.isEmpty() || !c.activity.isEmpty();
}

std::optional<Episode> sameInjection(const QList<Episode> &diary, const Episode &e)
{
    for (const auto &d : diary)
        if (d.injectionDate == e.injectionDate && d.site == e.site && d.side == e.side)
            return d;
    return std::nullopt;
}

} // namespace

ImportReport DiaryExchange::importFhir(const FhirBundleContent &content,
                                       const std::optional<Episode> &into, const QDateTime &now,
                                       OnConflict onConflict)
{
    ImportReport report;
    report.format = QStringLiteral("fhir");
    report.problems = content.problems;
    report.skipped = content.skipped;
    report.rounded = content.rounded;
    if (!report.problems.isEmpty())
        return report;
    if (content.patients.size() > 1) {
        report.problems << QStringLiteral("the file holds %1 patients; a diary keeps one "
                                          "person's (a clinic imports such files into its cohort)")
                               .arg(content.patients.size());
        return report;
    }
    const FhirPatientContent patient = content.patients.value(0);
    const int mendEpisodes = int(std::count_if(patient.episodes.cbegin(), patient.episodes.cend(),
                                               [](const auto &p) { return bool(p.episode); }));
    if (std::none_of(patient.episodes.cbegin(), patient.episodes.cend(), holdsAnything)) {
        report.problems << nothingToImportProblem();
        return report;
    }
    if (into && mendEpisodes > 1) {
        report.problems << QStringLiteral("the file holds %1 injections; import it without "
                                          "naming an episode to restore each into its own")
                               .arg(mendEpisodes);
        return report;
    }
    const int skippedBefore = int(report.skipped.size());
    auto status = m_db->inTransaction([&]() -> Status {
        EpisodeRepository episodes(m_db);
        QList<Episode> diaryEpisodes = episodes.all(); // read once; set-up ones are added to it
        QHash<QString, qint64> diaryEpisodeOf; // the file's injection fullUrl → the diary's
        for (const auto &part : patient.episodes) {
            std::optional<Episode> target = into;
            if (!target && part.episode) {
                target = sameInjection(diaryEpisodes, *part.episode);
                if (!target) {
                    Episode e = *part.episode;
                    if (const auto it = diaryEpisodeOf.constFind(part.previousProcedureUrl);
                        it != diaryEpisodeOf.cend())
                        e.previousEpisodeId = *it;
                    auto added = episodes.add(e, now);
                    if (!added) {
                        report.problems << QStringLiteral("the injection of %1: %2")
                                               .arg(e.injectionDate.toString(Qt::ISODate),
                                                    added.error().text());
                        return added.error();
                    }
                    target = added.value();
                    diaryEpisodes.append(*target);
                    ++report.restored;
                }
            }
            if (!target)
                target = episodes.latest();
            if (!target) {
                report.problems << noEpisodeProblem();
                return Error{{}, noEpisodeProblem()};
            }
            if (part.episode && !part.procedureUrl.isEmpty())
                diaryEpisodeOf.insert(part.procedureUrl, target->id);
            FhirEpisodeContent used = part; // shares the file's values until it is changed
            if (auto s = importEpisode(used, *target, now, onConflict, report); !s)
                return s;
        }
        SettingsRepository settings(m_db);
        const QString key = QStringLiteral("patient.identifier");
        if (!patient.identifier.isEmpty() && settings.value(key).value_or(QString()).isEmpty())
            if (auto s = settings.setValue(key, patient.identifier); !s)
                return s;
        return Done{};
    });
    if (!status) {
        if (report.problems.isEmpty())
            report.problems << status.error().text();
        report.entries = report.replaced = report.responses = report.restored = report.extras = 0;
        return report;
    }
    const bool historyOnly = report.skipped.size() > skippedBefore;
    if (!report.restored && !report.entries && !report.replaced && !report.responses &&
        !report.extras && !report.unchanged && report.conflicts.isEmpty() && !historyOnly) {
        report.problems << nothingToImportProblem();
        return report;
    }
    report.imported = true;
    return report;
}

Status DiaryExchange::importEpisode(FhirEpisodeContent &part, const Episode &episode,
                                    const QDateTime &now, OnConflict onConflict,
                                    ImportReport &report)
{
    const auto instruments = InstrumentCatalog(m_db).all();
    const int problemsBefore = int(report.problems.size());
    QList<DailyEntry> inWindow;
    for (auto &e : part.entries) {
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
            continue;
        }
        if (!valid)
            report.problems << QStringLiteral("%1: %2").arg(e.date.toString(Qt::ISODate),
                                                            valid.error().text());
        inWindow.append(std::move(e));
    }
    part.entries = std::move(inWindow);
    for (auto &r : part.responses) {
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
    if (report.problems.size() > problemsBefore)
        return Error{{}, report.problems.at(problemsBefore)};
    const auto replaced = mergeWithDiary(part.entries, episode, onConflict, report);
    if (auto s = store(part.entries, replaced, part, episode, now, report); !s) {
        report.problems << s.error().text();
        return s;
    }
    report.entries += int(part.entries.size());
    report.replaced += int(replaced.size());
    return storeActivity(part.activity, episode, now, report);
}

Status DiaryExchange::storeActivity(const QList<StoredActivityDay> &days, const Episode &episode,
                                    const QDateTime &now, ImportReport &report)
{
    // Each export's days as a later import of that export would store them: its source's days
    // from its first to its last are replaced, the patient's log is not touched.
    QMap<QString, QList<ActivityDay>> bySource;
    QMap<QString, QDateTime> importedAt;
    for (const StoredActivityDay &d : days) {
        bySource[d.source].append(d.activity);
        importedAt.insert(d.source, d.importedAt.isValid() ? d.importedAt : now);
    }
    ActivityRepository activity(m_db);
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        auto stored =
            activity.replaceSource(episode.id, it.key(), it.value(), importedAt.value(it.key()));
        if (!stored) {
            report.problems << stored.error().text();
            return stored.error();
        }
        report.extras += stored.value().added + stored.value().replaced;
        report.unchanged += stored.value().unchanged;
    }
    return Done{};
}

} // namespace mend
