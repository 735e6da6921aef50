#include "reviewcontroller.h"

#include "diaryservices.h"

#include "domain/verdictwording.h"
#include "exchange/fieldparse.h"
#include "report/visitreport.h"
#include "services/cohort.h"
#include "services/episodereview.h"

#include "storage/patientrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <memory>

using namespace mend;

ReviewController::ReviewController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    // Computed when the review is first shown, then kept up to date.
    diary->whenChanged(Diary::everything(), this, [this] {
        if (m_shown)
            reload();
    });
}

void ReviewController::showEpisode(qint64 episodeId)
{
    m_episodeId = episodeId;
    m_shown = true;
    reload();
}

void ReviewController::reload()
{
    m_title.clear();
    m_subtitle.clear();
    m_adherence.clear();
    m_stepsNote.clear();
    m_evidence.clear();
    const auto episode = m_episodeId ? m_services->episodes.find(m_episodeId) : m_diary->episode();
    if (!episode) {
        m_verdicts->set({});
        m_milestones->set({});
        m_events->set({});
        Q_EMIT changed();
        return;
    }
    const QDate today = m_diary->today();
    const EpisodeReview review =
        reviewEpisode(m_services->database, *episode, today,
                      m_episodeId ? std::nullopt : std::optional(m_diary->episodeEntries()));
    const auto &summary = review.summary;
    m_injectionRecorded = episode->injectionRecorded;
    m_title = !m_injectionRecorded ? tr("Injection not recorded: set day 0 to see the change")
                                   : tr("%1 · %2 · day %3")
                                         .arg(whereTreated(*episode), toLabel(episode->product))
                                         .arg(summary.daysSinceInjection);
    m_subtitle = whoAndWhen(*episode, review.entries, today);
    if (!m_injectionRecorded) { // every figure below counts from a day 0 nobody recorded
        m_verdicts->set({});
        m_milestones->set({});
        m_events->set({});
        Q_EMIT changed();
        return;
    }
    QList<ReviewMeasureRow> measures;
    for (const auto &[label, metric, decimals, m] : review.measures)
        measures.append(
            {QCoreApplication::translate("EpisodeReview", label),
             figureOrDash(m.baseline.value, decimals), figureOrDash(m.latestAverage, decimals),
             m.change ? figureOrDash(m.change->absolute, decimals) +
                            (m.change->percent ? QStringLiteral(" (%1 %)").arg(
                                                     QLocale().toString(*m.change->percent, 'f', 0))
                                               : QString())
                      : QStringLiteral("–")});
    m_measures->set(std::move(measures));
    if (review.importedSteps.any())
        m_stepsNote = tr("Steps: typed by the patient, else imported from %1 (%n day(s)); pain "
                         "figures use logged days only.",
                         "", review.importedSteps.days)
                          .arg(review.importedSteps.sources.join(QStringLiteral(", ")));
    QList<ReviewRomRow> rom;
    for (const auto &[movement, treated, other] : review.rom)
        rom.append({movement.label, figureOrDash(treated.latestAverage, 0),
                    figureOrDash(treated.baseline.value, 0), figureOrDash(other.latestAverage, 0),
                    tr("%1–%2° (%3)")
                        .arg(movement.normalMin)
                        .arg(movement.normalMax)
                        .arg(movement.normSource)});
    m_rom->set(std::move(rom));
    m_adherence = tr("%1 of %2 days logged since the injection · %3 late · longest gap %4 days")
                      .arg(summary.daysLogged)
                      .arg(summary.daysElapsed)
                      .arg(summary.lateEntries)
                      .arg(summary.longestGapDays);
    QList<VerdictListRow> verdicts;
    for (const auto &v : review.verdicts) {
        QString numbers = v.reason;
        if (v.current && v.baseline && v.improvement)
            numbers =
                tr("%1 → %2, improvement %3; needs %4")
                    .arg(mend::inLocale(*v.baseline, v.decimals),
                         mend::inLocale(*v.current, v.decimals),
                         mend::inLocale(*v.improvement, v.decimals),
                         QString(v.threshold).replace(QStringLiteral(">="), QStringLiteral("≥")));
        verdicts.append({tr("%1 · %2 · %3").arg(v.timePointLabel, v.measureLabel, v.criterionLabel),
                         numbers, toKey(v.state), stateText(v.state),
                         v.population + QStringLiteral(" — ") + v.source});
    }
    m_verdicts->set(std::move(verdicts));
    QList<MilestoneListRow> milestones;
    for (const auto &m : review.milestones)
        milestones.append(
            {tr("days %1–%2").arg(m.definition.windowStartDay).arg(m.definition.windowEndDay),
             m.definition.clinicianText, statusText(m.status)});
    m_milestones->set(std::move(milestones));
    if (review.protocol)
        m_evidence = review.protocol->evidenceClinician;
    QList<EventListRow> events;
    for (const auto &a : review.alerts)
        events.append({a.entryDate.toString(Qt::ISODate), a.flag.reason, QStringLiteral("alert")});
    for (const auto &e : review.events)
        events.append({e.date.toString(Qt::ISODate),
                       eventKindLabel(e.kind) + QStringLiteral(": ") + e.note,
                       QStringLiteral("event")});
    std::stable_sort(events.begin(), events.end(),
                     [](const EventListRow &a, const EventListRow &b) { return a.date < b.date; });
    m_events->set(std::move(events));
    Q_EMIT changed();
}

QString ReviewController::whoAndWhen(const mend::Episode &episode,
                                     const QList<mend::DailyEntry> &entries,
                                     const QDate &today) const
{
    QString who = tr("This diary");
    if (episode.patientId)
        if (const auto p = m_services->patients.find(*episode.patientId))
            who = tr("Patient %1")
                      .arg(p->identifier.isEmpty() ? tr("(no identifier)") : p->identifier);
    const QLocale locale;
    QString line = episode.injectionRecorded
                       ? tr("%1 · injected %2")
                             .arg(who, locale.toString(episode.injectionDate, QLocale::ShortFormat))
                       : tr("%1 · injection not recorded").arg(who);
    if (entries.isEmpty())
        return line + tr(" · nothing logged yet");
    const QDate last = entries.last().date;
    const qint64 ago = last.daysTo(today);
    line += tr(" · now = the 7 days to %1").arg(locale.toString(last, QLocale::ShortFormat));
    // A "now" more than a week old is not now: say how old it is.
    if (ago > 7)
        line += tr(" (%1 days ago)").arg(ago);
    return line;
}

QString ReviewController::writeReport(const QUrl &file, bool letter)
{
    if (m_report.busy())
        return tr("A report is being written; wait for it to finish.");
    const auto episode = m_episodeId ? m_services->episodes.find(m_episodeId) : m_diary->episode();
    if (!episode)
        return tr("No episode to report on.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString database = m_services->database->path();
    const QDateTime now = m_diary->now();
    auto error = std::make_shared<QString>();
    m_report.start(
        [error, database, episodeId = episode->id, path, letter, now] {
            // Its own connection: SQLite connections belong to the thread that opened them.
            auto db = Database::open(database);
            const Status written =
                db ? writeVisitReport(db.value(), episodeId, path,
                                      letter ? QPageSize::Letter : QPageSize::A4, now)
                   : Status(db.error());
            if (!written)
                *error = written.error().text();
        },
        [this, error] {
            Q_EMIT reportChanged();
            Q_EMIT reportFinished(*error);
        });
    Q_EMIT reportChanged();
    return {};
}

QString ReviewController::recordInjection(const QString &isoDate, const QString &site,
                                          const QString &side)
{
    const auto day0 = mend::parse::date(QStringLiteral("injection date"), isoDate);
    if (!day0)
        return tr("Enter the injection day as year-month-day, e.g. %1.")
            .arg(m_diary->today().toString(Qt::ISODate));
    const auto s = mend::parse::choice<mend::BodySite>(QStringLiteral("site"), site);
    const auto d = mend::parse::choice<mend::Side>(QStringLiteral("side"), side);
    if (!s || !d)
        return tr("Choose where and on which side the injection was.");
    if (auto r = recordCohortInjection(m_services->database, m_episodeId, day0.value(), s.value(),
                                       d.value(), m_diary->today());
        !r)
        return r.error().forPerson(); // in the person's words and language, at the field
    // After the click has been handled: rebuilding the page's repeaters while the button's
    // layout is mid-rearrange crashes Qt 6.4's GridLayout.
    // The review and the cohort list both follow (the review is shown, so it reloads).
    QMetaObject::invokeMethod(
        this, [this] { m_diary->reload(Diary::CohortChange); }, Qt::QueuedConnection);
    return {};
}
