#include "activityimportcontroller.h"
#include "appcontrollers.h"
#include "applanguage.h"
#include "appoptions.h"
#include "argumentcheck.h"
#include "controlchannel.h"
#include "demo/democohort.h"
#include "diary.h"
#include "diaryfilecontroller.h"
#include "diaryservices.h"
#include "episodecontroller.h"
#include "firstframe.h"
#include "offlinenetwork.h"
#include "outputfiles.h"
#include "platform/documentsfilesharing.h"
#include "platform/exportedfilestepssource.h"
#include "platform/linuxdialer.h"
#include "platform/linuxreminderscheduler.h"
#include "platform/xdgdiaryhome.h"
#include "pseudolocale.h"
#include "qtwarningcount.h"
#include "screenshotter.h"
#include "startuperror.h"
#include "storage/backupstore.h"

#include "demo/demopatient.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/outputfolder.h"

#include <QApplication>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <memory>
#include <sys/stat.h>

Q_IMPORT_QML_PLUGIN(MendPlugin)

namespace {

void printErr(const QString &text)
{
    std::fprintf(stderr, "mend: %s\n", text.toUtf8().constData());
}

/** Opens the diary at path; when it cannot, asks what to do (restore, other file) until done. */
std::shared_ptr<mend::Database> openDiary(QApplication &app, QString path,
                                          const QString &screenshotDir)
{
    QString note;
    for (;;) {
        auto opened = mend::Database::open(path);
        if (opened)
            return opened.value();
        const StartupChoice choice =
            askAfterStartupError(app, path, note + opened.error().message, screenshotDir);
        note.clear();
        if (choice.quit())
            return nullptr;
        if (!choice.otherFile.isEmpty()) {
            path = choice.otherFile;
            continue;
        }
        const mend::BackupStore store(path);
        const auto backup = store.find(choice.backupName);
        auto restored = backup ? store.restoreFile(*backup, QDateTime::currentDateTime())
                               : mend::Status(mend::Error{{}, QStringLiteral("no such backup")});
        if (!restored)
            note =
                QStringLiteral("The backup was not restored: %1\n\n").arg(restored.error().text());
    }
}

/** Today's backup, on a worker thread with its own connection (never the GUI thread). */
void startDailyBackup(const QString &path)
{
    QThreadPool::globalInstance()->start([path] {
        auto made = mend::BackupStore(path).createDailyIfDue(QDateTime::currentDateTime());
        if (!made)
            printErr(QStringLiteral("the daily backup failed: ") + made.error().text());
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (const int bad = firstNonUtf8Argument(argc, argv); bad > 0) {
        std::fprintf(stderr, "mend: %s\n", nonUtf8ArgumentMessage(argv[bad]).toUtf8().constData());
        return 2;
    }
    ::umask(S_IRWXG | S_IRWXO);   // the diary, its backups and reports: readable by the user only
    QApplication app(argc, argv); // Qt Charts' QML types need a QApplication
    QApplication::setOrganizationName(QStringLiteral("Mend"));
    QApplication::setApplicationName(QStringLiteral("Mend"));
    QApplication::setApplicationVersion(QStringLiteral(MEND_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const AppOptions options = AppOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        printErr(options.error);
        return 2;
    }

    std::unique_ptr<PseudoTranslator> pseudoLocale;
    if (PseudoTranslator::Mode mode; PseudoTranslator::modeFromName(options.pseudoLocale, &mode)) {
        pseudoLocale = std::make_unique<PseudoTranslator>(mode);
        QCoreApplication::installTranslator(pseudoLocale.get()); // and the layout direction
    }

    QTemporaryDir demoDir;
    const bool demo = options.demo || options.selfTest;
    mend::platform::XdgDiaryHome diaryHome;
    const QString path =
        demo ? demoDir.filePath(QStringLiteral("demo.sqlite"))
             : mend::resolveDiaryPath(options.databasePath.isEmpty() ? diaryHome.defaultDiaryPath()
                                                                     : options.databasePath);
    const std::shared_ptr<mend::Database> database = openDiary(app, path, options.screenshotDir);
    if (!database)
        return 1;
    // A diary named with --db is where its owner put it, perhaps shared on purpose: left as it is.
    if (!demo && options.databasePath.isEmpty())
        if (auto kept = diaryHome.keepPrivate(path); !kept)
            printErr(kept.error().message);
    // Whichever way main returns, a backup in progress finishes while the application exists.
    struct WaitForBackups
    {
        ~WaitForBackups() { QThreadPool::globalInstance()->waitForDone(); }
    } waitForBackups;
    if (!demo)
        startDailyBackup(database->path());

    QTranslator translation; // outlives the engine and every text made with it
    if (!pseudoLocale)
        applyLanguage(options.language.isEmpty() ? EpisodeController::storedLanguage(database)
                                                 : options.language,
                      translation);

    DiaryServices services(database);
    Diary diary(services, [] { return QDateTime::currentDateTime(); });
    if (demo) {
        auto seeded = mend::seedDemoPatient(services.episodes, services.entries, services.timeline,
                                            diary.now());
        if (!seeded) {
            printErr(QStringLiteral("cannot create the demo patient: ") + seeded.error().text());
            return 1;
        }
        if (auto c = mend::seedDemoCohort(database, diary.now(), 6); !c) {
            printErr(QStringLiteral("cannot create the demo cohort: ") + c.error().text());
            return 1;
        }
        if (auto q =
                mend::seedDemoQuestionnaires(services.promRecorder, seeded.value(), diary.now());
            !q) {
            printErr(QStringLiteral("cannot create the demo questionnaires: ") + q.error().text());
            return 1;
        }
        diary.reload(Diary::everything());
    }
    // Reminders while Mend is closed run mend-cli, installed beside this program, on this diary.
    mend::platform::LinuxReminderScheduler reminderScheduler(
        QCoreApplication::applicationDirPath() + QStringLiteral("/mend-cli"),
        QFileInfo(path).absoluteFilePath(), mend::platform::LinuxReminderScheduler::detect());
    mend::platform::LinuxDialer dialer;
    AppControllers controllers(&diary, &services);
    AppControllers::provide(&controllers);
    controllers.episodes()->setDialer(&dialer);
    if (!demo)
        controllers.backups()->setDiaryHome(&diaryHome);
    if (!demo)
        controllers.reminders()->setScheduler(&reminderScheduler);

    // Declared after the controllers so that it is destroyed first: QML never sees them gone.
    OfflineNetworkFactory offline; // outlives the engine, which asks it for its network access
    mend::platform::DocumentsFileSharing fileSharing(mend::defaultOutputFolder());
    std::unique_ptr<OutputFiles> outputFiles;        // outlives the engine too: QML holds it
    std::unique_ptr<DiaryFileController> diaryFiles; // likewise
    const mend::platform::ExportedFileStepsSource steps;
    ActivityImportController activityImport(&diary, &services, &steps); // likewise
    ActivityImportController::provide(&activityImport);
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&offline);
    outputFiles = std::make_unique<OutputFiles>(&fileSharing, &engine);
    OutputFiles::provide(outputFiles.get());
    diaryFiles = std::make_unique<DiaryFileController>(&diary, &services, outputFiles.get());
    DiaryFileController::provide(diaryFiles.get());
    static int qmlWarnings = 0; // static: the message handler may print after main returns
    countQtQuickWarnings(&qmlWarnings);
    QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError> &warnings) {
        qmlWarnings += int(warnings.size());
        for (const auto &w : warnings)
            printErr(w.toString());
    });
    engine.addImportPath(QStringLiteral("qrc:/")); // where the Mend module's qmldir lives
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize windowSize =
        options.sizeGiven || !screen || options.control || !options.screenshotDir.isEmpty()
            ? options.size
            : AppOptions::windowSizeFor(screen->availableSize());
    engine.setInitialProperties({
        {QStringLiteral("width"), windowSize.width()},
        {QStringLiteral("height"), windowSize.height()},
    });
    engine.load(QUrl(QStringLiteral("qrc:/Mend/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        printErr(QStringLiteral("the user interface could not be loaded"));
        return 1;
    }
    QObject *root = engine.rootObjects().constFirst();
    auto *window = qobject_cast<QQuickWindow *>(root);
    Screenshotter screenshotter(root, window);
    if (options.firstFrame && window)
        reportFirstFrameAndQuit(window);

    if (options.selfTest) {
        screenshotter.visitAll(AppOptions::screens());
        if (qmlWarnings > 0) {
            printErr(QStringLiteral("self-test failed: %1 QML warning(s)").arg(qmlWarnings));
            return 1;
        }
        std::printf("mend: self-test passed (%lld screens)\n",
                    static_cast<long long>(AppOptions::screens().size()));
        return 0;
    }
    if (!options.screenshotDir.isEmpty()) {
        QString error;
        const auto written =
            screenshotter.renderAll(options.screenshotDir, AppOptions::screens(), &error);
        if (written.isEmpty()) {
            printErr(error);
            return 1;
        }
        for (const auto &file : written)
            std::printf("%s\n", file.toUtf8().constData());
        return 0;
    }
    std::unique_ptr<ControlChannel> control;
    if (options.control)
        control = std::make_unique<ControlChannel>(&diary, controllers.entry());
    if (control)
        control->setWindow(window, root, &qmlWarnings);
    return app.exec();
}
