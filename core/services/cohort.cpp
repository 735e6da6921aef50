#include "cohort.h"

#include "diaryexchange.h"
#include "domain/episodesummary.h"
#include "domain/limits.h"
#include "domain/milestones.h"
#include "exchange/fhirimport.h"
#include "instrumentcatalog.h"
#include "protocolcatalog.h"
#include "readahead.h"
#include "storage/alertrepository.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"
#include "storage/patientrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace mend {

namespace {

/**
 * Another system's data with no injection on record: a provisional day 0 that keeps every day
 * from 2000 on inside the diary's window (its first day + the baseline window, at most today),
 * until the clinician sets the real one.
 */
Episode injectionNotRecorded(const FhirEpisodeContent &part, const QDate &today)
{
    const QDate earliestKept(kEarliestInjectionYear, 1, 1);
    QDate first;
    const auto consider = [&](const QDate &d) {
        if (d.isValid() && d >= earliestKept && (!first.isValid() || d < first))
            first = d;
    };
    for (const auto &e : part.entries)
        consider(e.date);
    for (const auto &r : part.responses)
        consider(r.answeredOn);
    Episode e;
    e.site = BodySite::Other;
    e.side = Side::NotApplicable;
    e.condition = Condition::Other;
    e.product = Product::Other;
    e.injectionRecorded = false;
    e.injectionDate = first.isValid() ? std::min(first.addDays(kBaselineWindowDays), today) : today;
    return e;
}

} // namespace

CohortImporter::CohortImporter(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

struct CohortImporter::ReadBundle
{
    QString path;
    QString problem;
    FhirBundleContent content;
};

CohortImporter::ReadBundle CohortImporter::readBundle(const QString &path,
                                                      const QList<Instrument> &instruments)
{
    ReadBundle read{path, {}, {}};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        read.problem = QStringLiteral("cannot be read: %1").arg(f.errorString());
        return read;
    }
    // A reader thread reads its files into one buffer: a new one of megabytes for each file costs
    // its page faults. A buffer past kSpareBufferMax (one big file) is not held.
    constexpr qint64 kSpareBufferMax = 8 << 20;
    thread_local QByteArray t_buffer;
    t_buffer.resize(std::max<qint64>(f.size(), 0));
    const qint64 got = f.read(t_buffer.data(), t_buffer.size());
    if (got < 0) {
        read.problem = QStringLiteral("cannot be read: %1").arg(f.errorString());
        return read;
    }
    t_buffer.truncate(got);
    if (!f.atEnd()) // grown while read, or a size the system does not give
        t_buffer.append(f.readAll());
    read.content = readFhirBundle(t_buffer, instruments);
    if (t_buffer.capacity() > kSpareBufferMax)
        t_buffer = QByteArray();
    if (!read.content.problems.isEmpty())
        read.problem = read.content.problems.first();
    else if (std::all_of(read.content.patients.cbegin(), read.content.patients.cend(),
                         [](const FhirPatientContent &p) { return p.episodes.isEmpty(); }))
        read.problem = QStringLiteral("nothing to import: no patient with pain, steps, "
                                      "questionnaires or an injection Mend reads");
    return read;
}

CohortFileResult CohortImporter::importFile(const QString &path, const QDateTime &now)
{
    ReadBundle read = readBundle(path, InstrumentCatalog(m_db).all());
    return store(read, now);
}

CohortFileResult CohortImporter::store(ReadBundle &read, const QDateTime &now)
{
    const QString &path = read.path;
    CohortFileResult result{QFileInfo(path).fileName(), false, read.problem};
    if (!read.problem.isEmpty())
        return result;
    auto &content = read.content;
    ImportReport report;
    QStringList added;
    QStringList already;
    auto status = m_db->inSavepoint([&]() -> Status {
        PatientRepository patients(m_db);
        for (auto &patient : content.patients) {
            const QString identifier = !patient.identifier.isEmpty() ? patient.identifier
                                       : content.patients.size() == 1
                                           ? QFileInfo(path).completeBaseName()
                                           : patient.label;
            std::optional<qint64> patientId;
            for (auto &part : patient.episodes) {
                const Episode episode =
                    part.episode ? *part.episode : injectionNotRecorded(part, now.date());
                const QDate day0 = episode.injectionDate;
                if (patients.hasEpisode(identifier, day0)) {
                    already << QStringLiteral("patient %1, injection %2")
                                   .arg(identifier, day0.toString(Qt::ISODate));
                    continue;
                }
                if (!patientId) {
                    auto made = patients.add({0, identifier, QFileInfo(path).fileName()}, now);
                    if (!made)
                        return made.error();
                    patientId = made.value().id;
                }
                Episode withPatient = episode;
                withPatient.patientId = patientId;
                auto stored = EpisodeRepository(m_db).add(withPatient, now);
                if (!stored)
                    return stored.error();
                if (auto s = DiaryExchange(m_db).importEpisode(part, stored.value(), now,
                                                               OnConflict::Keep, report);
                    !s)
                    return s;
                added << identifier;
            }
        }
        return Done{};
    });
    if (!status) {
        result.message = status.error().text();
        return result;
    }
    if (added.isEmpty()) {
        result.message =
            QStringLiteral("already imported (%1)").arg(already.join(QStringLiteral("; ")));
        return result;
    }
    added.removeDuplicates();
    result.imported = true;
    result.message = QStringLiteral("patient %1: %2 day(s), %3 questionnaire(s)")
                         .arg(added.join(QStringLiteral(", ")))
                         .arg(report.entries)
                         .arg(report.responses);
    return result;
}

CohortImportSummary CohortImporter::importFolder(const QString &dir, const QDateTime &now,
                                                 const Progress &progress,
                                                 const std::atomic<bool> *cancel)
{
    CohortImportSummary summary;
    const QDir folder(dir);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const QList<Instrument> instruments = InstrumentCatalog(m_db).all();
    // Files are read and parsed on reader threads a few files ahead, while this thread stores
    // them in order; the look-ahead bounds the memory held.
    ReadAhead<ReadBundle> reading(
        int(files.size()),
        [&](int f) { return readBundle(folder.filePath(files.at(f)), instruments); },
        QThread::idealThreadCount(), kCohortReadAhead);
    int i = 0;
    const auto cancelled = [&] { return cancel && cancel->load(); };
    while (i < files.size() && !cancelled()) {
        // Each file is stored in a savepoint (all of it or nothing); a transaction holds the
        // files of about kCohortBatchMs, so a commit's sync is paid per batch, not per file,
        // while another writer waits at most that long and a kill loses at most one batch.
        const qsizetype batchFrom = summary.files.size();
        QElapsedTimer batch;
        batch.start();
        const Status committed = m_db->inTransaction([&]() -> Status {
            do {
                ReadBundle read = reading.take(i);
                summary.files.append(store(read, now));
                reading.giveBack(std::move(read)); // freeing a year of days takes ~0.2 ms
                ++i;
                if (progress)
                    progress(i, int(files.size()), files.at(i - 1));
            } while (i < files.size() && !cancelled() && batch.elapsed() < kCohortBatchMs);
            return Done{};
        });
        if (!committed && summary.files.size() == batchFrom) { // no transaction: nothing stored
            for (; i < files.size(); ++i)
                summary.files.append({files.at(i), false, committed.error().text()});
            break;
        }
        if (!committed)
            for (qsizetype f = batchFrom; f < summary.files.size(); ++f) {
                summary.files[f].imported = false;
                summary.files[f].message = committed.error().text();
            }
    }
    summary.cancelled = i < files.size();
    for (const auto &f : summary.files)
        (f.imported ? summary.imported : summary.refused)++;
    return summary;
}

namespace {

using Less = std::function<bool(const CohortRow &, const CohortRow &)>;

const QList<std::pair<QString, Less>> &sortKeys()
{
    static const QList<std::pair<QString, Less>> keys{
        {QStringLiteral("patient"), [](auto &a, auto &b) { return a.identifier < b.identifier; }},
        {QStringLiteral("days"),
         [](auto &a, auto &b) { return a.daysSinceInjection < b.daysSinceInjection; }},
        {QStringLiteral("pain-change"),
         [](auto &a, auto &b) { return a.painChange.value_or(1e9) < b.painChange.value_or(1e9); }},
        {QStringLiteral("alerts"), [](auto &a, auto &b) { return a.openAlerts > b.openAlerts; }},
        {QStringLiteral("adherence"), [](auto &a, auto &b) {
             return qint64(a.daysLogged) * std::max(1, b.daysElapsed) <
                    qint64(b.daysLogged) * std::max(1, a.daysElapsed);
         }}};
    return keys;
}

} // namespace

QStringList cohortSortKeys()
{
    QStringList out;
    for (const auto &[key, less] : sortKeys())
        out << key;
    return out;
}

Status sortCohortRows(QList<CohortRow> &rows, const QString &key)
{
    for (const auto &[name, less] : sortKeys())
        if (name == key) {
            std::stable_sort(rows.begin(), rows.end(), less);
            return Done{};
        }
    return Error{QStringLiteral("sort"),
                 QStringLiteral("'%1' is not one of: %2")
                     .arg(key, cohortSortKeys().join(QStringLiteral(", ")))};
}

Status recordCohortInjection(const std::shared_ptr<Database> &database, qint64 episodeId,
                             const QDate &day0, BodySite site, Side side, const QDate &today)
{
    EpisodeRepository episodes(database);
    auto episode = episodes.find(episodeId);
    if (!episode || !episode->patientId)
        return Error{QStringLiteral("episode"),
                     QStringLiteral("%1 is not a patient of the cohort").arg(episodeId)};
    episode->injectionDate = day0;
    episode->site = site;
    episode->side = side;
    for (const auto &e : EntryRepository(database).forEpisode(episodeId))
        if (e.date <= day0)
            episode->baselinePain = e.painAverage;
    return episodes.recordInjection(*episode, today);
}

QList<CohortRow> cohortRows(const std::shared_ptr<Database> &database, const QDate &today)
{
    QList<CohortRow> rows;
    QHash<qint64, QString> identifiers;
    for (const auto &p : PatientRepository(database).all())
        identifiers.insert(p.id, p.identifier);
    const EntryRepository entries(database);
    const AlertRepository alerts(database);
    const ProtocolCatalog protocols(database);
    for (const auto &episode : EpisodeRepository(database).cohort()) {
        const auto diary = entries.forEpisode(episode.id);
        const auto summary = summarize(episode, diary, today);
        CohortRow row;
        row.patientId = *episode.patientId;
        row.episodeId = episode.id;
        row.identifier = identifiers.value(*episode.patientId);
        row.site = episode.site;
        row.daysSinceInjection = summary.daysSinceInjection;
        row.painBaseline = summary.pain.baseline.value;
        row.painLatest = summary.pain.latestAverage;
        if (summary.pain.change)
            row.painChange = summary.pain.change->absolute;
        row.daysLogged = summary.daysLogged;
        row.daysElapsed = summary.daysElapsed;
        for (const auto &a : alerts.forEpisode(episode.id))
            row.openAlerts += a.acknowledgedAt ? 0 : 1;
        if (const auto protocol = protocols.forEpisode(episode)) {
            for (const auto &m : evaluateMilestones(*protocol, episode, diary, today)) {
                row.milestonesMet += m.status == MilestoneStatus::Achieved ? 1 : 0;
                row.milestonesDue += m.status == MilestoneStatus::Upcoming ||
                                             m.status == MilestoneStatus::NotApplicable
                                         ? 0
                                         : 1;
            }
            if (protocol->envelope)
                if (const auto pos =
                        envelopeStatus(*protocol->envelope, episode, diary, today).position)
                    row.bandPosition = positionKey(*pos);
        }
        if (!episode.injectionRecorded) {
            row.injectionRecorded = false;
            row.daysSinceInjection = 0;
            row.painBaseline.reset();
            row.painChange.reset();
            row.milestonesMet = row.milestonesDue = 0;
            row.daysElapsed = 0; // since a provisional day 0: not a measure of adherence
            row.bandPosition.clear();
        }
        rows.append(row);
    }
    return rows;
}

} // namespace mend
