#include "startuperror.h"

#include "storage/backupstore.h"

#include <QApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QVariantList>
#include <cstdio>

StartupChoice askAfterStartupError(QApplication &app, const QString &path, const QString &message)
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
                                           mend::toKey(b.kind))}});
    QQmlApplicationEngine engine;
    engine.setInitialProperties(
        {{QStringLiteral("message"), message}, {QStringLiteral("backups"), backups}});
    engine.load(QUrl(QStringLiteral("qrc:/Mend/StartupErrorWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return {};
    app.exec();
    QObject *window = engine.rootObjects().constFirst();
    return {window->property("chosenBackup").toString(), window->property("chosenFile").toString()};
}
