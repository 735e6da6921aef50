#include "screenshotter.h"

#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

Screenshotter::Screenshotter(QObject *root, QQuickWindow *window) : m_root(root), m_window(window)
{
}

void Screenshotter::show(const QString &screen)
{
    QMetaObject::invokeMethod(m_root, "showScreen", Q_ARG(QVariant, screen));
    settle(400); // lets loaders, charts and transitions finish
}

QStringList Screenshotter::renderAll(const QString &dir, const QStringList &screens, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the folder %1").arg(dir);
        return {};
    }
    settle(300);
    for (const auto &screen : screens) {
        show(screen);
        const QImage image = m_window->grabWindow();
        const QString path = QDir(dir).filePath(screen + QStringLiteral(".png"));
        if (image.isNull() || !image.save(path)) {
            *error = QStringLiteral("cannot render %1 to %2").arg(screen, path);
            return {};
        }
        written.append(path);
    }
    return written;
}

void Screenshotter::visitAll(const QStringList &screens)
{
    for (const auto &screen : screens)
        show(screen);
}
