// Qt Quick Test runner for Mend's pages. Qt Charts needs a QApplication, and QUICK_TEST_MAIN
// would create a QGuiApplication, so this main creates the application object itself.
#include "activityimportcontroller.h"
#include "diaryfilecontroller.h"
#include "outputfiles.h"
#include "platform/documentsfilesharing.h"
#include "platform/exportedfilestepssource.h"
#include "qmlfixture.h"

#include <QApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(MendPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/")); // where the Mend module's qmldir lives
        // Test-only: the fixture is a fresh diary on a temporary database for each test file.
        auto *fixture = new QmlFixture(engine);
        qmlRegisterSingletonInstance("MendTest", 1, 0, "Fixture", fixture);
        auto *sharing = new mend::platform::DocumentsFileSharing(
            fixture->tempFile(QStringLiteral("Documents/Mend")).toLocalFile());
        QObject::connect(engine, &QObject::destroyed, [sharing] { delete sharing; });
        auto *output = new OutputFiles(sharing, engine, engine);
        OutputFiles::provide(output);
        DiaryFileController::provide(
            new DiaryFileController(fixture->diary(), fixture->services(), output, engine));
        static const mend::platform::ExportedFileStepsSource steps;
        ActivityImportController::provide(
            new ActivityImportController(fixture->diary(), fixture->services(), &steps, engine));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "mend-qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
