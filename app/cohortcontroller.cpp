#include "cohortcontroller.h"

#include "diaryservices.h"

#include <QHash>

#include <memory>

using namespace mend;

CohortController::CohortController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    // This diary's own patient is in the list too: its entries and alerts count once it is open.
    diary->whenChanged(Diary::everything(), this, [this] {
        if (m_opened)
            reload();
    });
}

CohortController::~CohortController()
{
    m_cancel = true; // an import stops after its current patient; m_import then waits for it
}

void CohortController::open()
{
    if (m_opened)
        return;
    m_opened = true;
    reload();
}

void CohortController::reload()
{
    m_rows = cohortRows(m_services->database, m_diary->today());
    sortCohortRows(m_rows, m_sortKey);
    publish();
}

void CohortController::publish()
{
    QList<CohortListRow> out;
    for (const auto &r : m_rows) {
        if (!cohortRowShown(r, m_openAlertsOnly))
            continue;
        out.append(
            {int(r.episodeId), r.identifier, toLabel(r.site),
             r.injectionRecorded ? tr("day %1").arg(r.daysSinceInjection)
                                 : tr("injection not recorded"),
             r.painChange ? tr("pain %1 → %2 (%3)")
                                .arg(*r.painBaseline, 0, 'f', 1)
                                .arg(*r.painLatest, 0, 'f', 1)
                                .arg(*r.painChange, 0, 'f', 1)
                          : tr("pain –"),
             !r.injectionRecorded ? tr("milestones count from day 0: set it in the review")
                                  : tr("milestones %1 of %2 met%3")
                                        .arg(r.milestonesMet)
                                        .arg(r.milestonesDue)
                                        .arg(r.bandPosition.isEmpty()
                                                 ? QString()
                                                 : tr(" · %1 than the band").arg(r.bandPosition)),
             r.openAlerts,
             r.injectionRecorded ? tr("%1 of %2 days logged").arg(r.daysLogged).arg(r.daysElapsed)
                                 : tr("%1 days with pain scores").arg(r.daysLogged)});
    }
    m_list->set(std::move(out));
    Q_EMIT changed();
}

void CohortController::setSortKey(const QString &key)
{
    if (key == m_sortKey || !cohortSortKeys().contains(key))
        return;
    m_sortKey = key;
    if (!m_opened)
        return;
    // The rows are loaded: a new order needs no read.
    sortCohortRows(m_rows, m_sortKey);
    publish();
}

void CohortController::setOpenAlertsOnly(bool on)
{
    if (on == m_openAlertsOnly)
        return;
    m_openAlertsOnly = on;
    publish();
}

void CohortController::importFolder(const QUrl &folder)
{
    if (m_import.busy())
        return;
    m_cancel = false;
    m_progress = 0;
    m_importText = tr("Starting…");
    const QString dir = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    const QString path = m_services->database->path();
    const QDateTime now = m_diary->now();
    auto message = std::make_shared<QString>();
    m_import.start(
        [this, message, dir, path, now] {
            // Its own connection: SQLite connections belong to the thread that opened them.
            auto db = Database::open(path);
            if (!db) {
                *message = db.error().text();
                return;
            }
            const auto summary =
                CohortImporter(db.value())
                    .importFolder(
                        dir, now,
                        [this](int done, int total, const QString &file) {
                            QMetaObject::invokeMethod(this, [this, done, total, file] {
                                m_progress = total > 0 ? double(done) / total : 1;
                                m_importText = tr("%1 of %2 · %3").arg(done).arg(total).arg(file);
                                Q_EMIT importChanged();
                            });
                        },
                        &m_cancel);
            *message = tr("%1 patient(s) imported, %2 file(s) refused%3")
                           .arg(summary.imported)
                           .arg(summary.refused)
                           .arg(summary.cancelled ? tr("; cancelled") : QString());
        },
        [this, message] {
            Q_EMIT importChanged();
            m_opened = true;                      // imported to be seen
            m_diary->reload(Diary::CohortChange); // a review of a cohort patient follows too
            Q_EMIT importFinished(*message);
        });
    Q_EMIT importChanged();
}

QStringList CohortController::sortLabels() const
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("patient"), QT_TR_NOOP("Sort by patient")},
        {QStringLiteral("days"), QT_TR_NOOP("Sort by days since injection")},
        {QStringLiteral("pain-change"), QT_TR_NOOP("Sort by pain change")},
        {QStringLiteral("alerts"), QT_TR_NOOP("Sort by open alerts")},
        {QStringLiteral("adherence"), QT_TR_NOOP("Sort by days logged")}};
    QStringList out;
    for (const QString &key : sortKeys())
        out << (words.contains(key) ? tr(words.value(key)) : key);
    return out;
}
