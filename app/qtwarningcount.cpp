#include "qtwarningcount.h"

#include <QRegularExpression>
#include <QString>

namespace {

int *g_count = nullptr;
QtMessageHandler g_previous = nullptr;

bool fromQtQuick(const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    // A script error in a binding or a Loader's properties comes as a "default" message whose
    // location is a QML file, or <Unknown File> when the engine has none.
    static const QRegularExpression qmlLocation(QStringLiteral(
        "^(qrc:/|file:/|<Unknown File>)\\S*:|\\b(Type|Reference|Syntax|Range)Error: "));
    return category.startsWith(QLatin1String("qt.qml")) ||
           category.startsWith(QLatin1String("qt.quick")) ||
           message.startsWith(QLatin1String("QQml")) ||
           message.startsWith(QLatin1String("QQuick")) || qmlLocation.match(message).hasMatch();
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_count && type >= QtWarningMsg && type != QtInfoMsg && fromQtQuick(context, message))
        ++*g_count;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void countQtQuickWarnings(int *count)
{
    g_count = count;
    g_previous = qInstallMessageHandler(handler);
}
