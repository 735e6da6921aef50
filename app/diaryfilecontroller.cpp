#include "diaryfilecontroller.h"

#include "diaryservices.h"

#include "domain/printable.h"
#include "outputfiles.h"
#include "services/diaryexchange.h"
#include "storage/atomicfile.h"

#include <QFile>
#include <QJSEngine>

using namespace mend;

namespace {
DiaryFileController *g_instance = nullptr;
constexpr qint64 kLargestImport = 256 * 1024 * 1024; // as mend-cli
} // namespace

DiaryFileController::DiaryFileController(Diary *diary, DiaryServices *services, OutputFiles *output,
                                         QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services), m_output(output)
{
}

void DiaryFileController::provide(DiaryFileController *instance)
{
    g_instance = instance;
}

DiaryFileController *DiaryFileController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void DiaryFileController::exportDiary()
{
    if (m_job.busy())
        return;
    if (!m_diary->episode()) {
        Q_EMIT saveFailed(tr("There is nothing to save yet: set up your injection first."));
        return;
    }
    const QUrl file = m_output->newFile(
        QStringLiteral("mend-diary-%1").arg(m_diary->today().toString(QStringLiteral("yyyyMMdd"))),
        QStringLiteral("json"));
    if (file.isEmpty()) {
        Q_EMIT saveFailed(m_output->problem());
        return;
    }
    const QString diaryPath = m_services->database->path();
    const QDateTime now = m_diary->now();
    auto problem = std::make_shared<QString>();
    m_saving = true;
    m_job.start(
        [problem, diaryPath, file, now] {
            // Years of diary take seconds on a phone: written as it is made, off the GUI thread,
            // on its own connection (SQLite connections belong to the thread that opened them).
            auto db = Database::open(diaryPath);
            if (!db) {
                *problem = tr("The diary was not saved: %1").arg(db.error().text());
                return;
            }
            const DiaryExchange exchange(db.value());
            if (auto s = writeFileAtomically(
                    file.toLocalFile(),
                    [&](QIODevice &out) { return exchange.writeFhir(out, std::nullopt, now); });
                !s)
                *problem = tr("The diary was not saved: %1").arg(s.error().text());
        },
        [this, problem, file] {
            m_saving = false;
            Q_EMIT changed();
            if (problem->isEmpty())
                Q_EMIT savedTo(file);
            else
                Q_EMIT saveFailed(*problem);
        });
    Q_EMIT changed();
}

void DiaryFileController::importFile(const QUrl &file, bool replace)
{
    if (m_job.busy())
        return;
    m_saving = false;
    m_lastFile = file;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString diaryPath = m_services->database->path();
    const QDateTime now = m_diary->now();
    auto report = std::make_shared<ImportReport>();
    m_job.start(
        [report, path, diaryPath, now, replace] {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.size() > kLargestImport) {
                report->problems << (f.isOpen()
                                         ? tr("The file is larger than 256 MB.")
                                         : tr("The file cannot be read: %1").arg(f.errorString()));
                return;
            }
            // Its own connection: SQLite connections belong to the thread that opened them.
            auto db = Database::open(diaryPath);
            if (!db) {
                report->problems << db.error().text();
                return;
            }
            *report = DiaryExchange(db.value())
                          .import(f.readAll(), std::nullopt, now,
                                  replace ? OnConflict::Replace : OnConflict::Keep);
        },
        [this, report, replace] {
            m_report = printable(report->forPerson());
            m_reportIsError = !report->imported;
            m_conflicts = report->imported && !replace ? int(report->conflicts.size()) : 0;
            if (report->imported)
                m_diary->reload(Diary::everything());
            Q_EMIT changed();
            Q_EMIT importFinished(report->imported
                                      ? tr("Imported %1 new day(s) and %2 questionnaire(s)")
                                            .arg(report->entries + report->replaced)
                                            .arg(report->responses)
                                      : tr("Nothing was imported"));
        });
    Q_EMIT changed();
}
