#include "activityimportcontroller.h"

#include "diaryservices.h"

#include "domain/printable.h"
#include "services/activityimporter.h"

#include <QJSEngine>

using namespace mend;

namespace {
ActivityImportController *g_instance = nullptr;
} // namespace

ActivityImportController::ActivityImportController(Diary *diary, DiaryServices *services,
                                                   const mend::platform::StepsSource *steps,
                                                   QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services), m_steps(steps)
{
}

void ActivityImportController::provide(ActivityImportController *instance)
{
    g_instance = instance;
}

ActivityImportController *ActivityImportController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void ActivityImportController::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT changed();
}

void ActivityImportController::read(const QUrl &file, const QString &whose)
{
    if (m_job.busy())
        return;
    const std::optional<Episode> episode = m_diary->episode();
    m_file = file;
    m_read.reset();
    m_preview.clear();
    m_result.clear();
    m_asksWhose = false;
    if (!episode) {
        m_error = tr("Set up your injection first: steps are shown against it.");
        setStage(Idle);
        return;
    }
    m_error.clear();
    m_cancel = false;
    m_progress = 0;
    Q_EMIT progressChanged();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString diaryPath = m_services->database->path();
    const QDate today = m_diary->today();
    const QDateTime now = m_diary->now();
    struct Outcome
    {
        std::shared_ptr<ActivityFile> file;
        QString preview;
        Error error;
    };
    auto outcome = std::make_shared<Outcome>();
    ActivityReadOptions options;
    options.cancel = &m_cancel;
    options.sourceId = whose.trimmed();
    auto shownPermille = std::make_shared<int>(-1);
    options.progress = [this, shownPermille](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
        if (permille / 10 == *shownPermille / 10)
            return; // a step a percent: the GUI thread is not flooded
        *shownPermille = permille;
        QMetaObject::invokeMethod(
            this,
            [this, permille] {
                m_progress = permille / 1000.0;
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    };
    m_job.start(
        [outcome, steps = m_steps, path, diaryPath, today, now, episode, options] {
            // Its own connection: SQLite connections belong to the thread that opened them.
            auto db = Database::open(diaryPath);
            if (!db) {
                outcome->error = db.error();
                return;
            }
            ActivityReadOptions window = options;
            const ActivityReadOptions days = ActivityImporter::windowFor(*episode, today);
            window.from = days.from;
            window.to = days.to;
            auto file = steps->read(path, window);
            if (!file) {
                outcome->error = file.error();
                return;
            }
            auto report = ActivityImporter(db.value()).apply(file.value(), *episode, now, false);
            if (!report) {
                outcome->error = report.error();
                return;
            }
            outcome->file = std::make_shared<ActivityFile>(std::move(file.value()));
            outcome->preview = report.value().forPerson();
        },
        [this, outcome] {
            if (!outcome->file) {
                m_asksWhose = outcome->error.field == QStringLiteral("source-id");
                if (m_cancel) {
                    m_error = tr("Stopped: nothing was imported.");
                    setStage(Idle);
                    return;
                }
                m_error = m_asksWhose
                              ? tr("This file holds the days of several people. Type "
                                   "the Id of yours (Fitbit shows it in your profile).")
                              : tr("Not imported: %1").arg(printable(outcome->error.text()));
                setStage(Idle);
                return;
            }
            m_read = outcome->file;
            m_preview = printable(outcome->preview);
            setStage(Preview);
        });
    setStage(Reading);
}

void ActivityImportController::store()
{
    if (m_job.busy() || m_stage != Preview || !m_read)
        return;
    const std::optional<Episode> episode = m_diary->episode();
    if (!episode)
        return;
    const QString diaryPath = m_services->database->path();
    const QDateTime now = m_diary->now();
    auto file = m_read;
    auto report = std::make_shared<Result<ActivityImportReport>>(Error{});
    m_job.start(
        [report, file, diaryPath, now, episode] {
            auto db = Database::open(diaryPath);
            if (!db) {
                *report = db.error();
                return;
            }
            *report = ActivityImporter(db.value()).apply(*file, *episode, now, true);
        },
        [this, report] {
            m_read.reset();
            m_preview.clear();
            if (!report->ok()) {
                m_error = tr("Nothing was imported: %1").arg(printable(report->error().text()));
                setStage(Idle);
                Q_EMIT finished(tr("Nothing was imported"));
                return;
            }
            m_result = printable(report->value().forPerson());
            m_diary->reload(Diary::ActivityChange);
            setStage(Idle);
            Q_EMIT finished(tr("Imported steps for %n day(s)", "",
                               report->value().added + report->value().replaced));
        });
    setStage(Storing);
}

void ActivityImportController::cancel()
{
    if (m_stage == Reading) {
        m_cancel = true; // the read ends with "stopped", and nothing is kept
        return;
    }
    if (m_stage == Preview) {
        m_read.reset();
        m_preview.clear();
        m_error = tr("Nothing was imported.");
        setStage(Idle);
    }
}
