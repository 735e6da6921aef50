#include "startuperror.h"

#include "storage/backupstore.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QVariantList>
#include <cstdio>

StartupChoice askAfterStartupError(QApplication &app, const QString &path, const QString &message,
                                   const QString &screenshotDir)
{
    std::fprintf(stderr, "mend: %s\n", message.toUtf8().constData());
    if (qEnvironmentVariableIsSet("MEND_NO_ERROR_WINDOW"))
        return {};
    QVariantList backups;
    const QLocale locale;
    for (const auto &b : mend::BackupStore(path).list())
        backups.append(QVariantMap{
            {QStringLiteral("name"), b.name},
            {QStringLiteral("label"),
             QStringLiteral("%1 (%2)").arg(locale.toString(b.createdAt, QLocale::ShortFormat),
                                           mend::backupKindLabel(b.kind))}});
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // where the Mend module's qmldir lives
    engine.setInitialProperties(
        {{QStringLiteral("message"), message}, {QStringLiteral("backups"), backups}});
    engine.load(QUrl(QStringLiteral("qrc:/Mend/StartupErrorWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return {};
    if (!screenshotDir.isEmpty()) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QDir().mkpath(screenshotDir);
        const QString file = QDir(screenshotDir).filePath(QStringLiteral("startup-error.png"));
        if (window && window->grabWindow().save(file))
            std::printf("%s\n", file.toUtf8().constData());
        return {};
    }
    app.exec();
    QObject *window = engine.rootObjects().constFirst();
    return {window->property("chosenBackup").toString(), window->property("chosenFile").toString()};
}
