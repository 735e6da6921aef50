#pragma once

#include <QObject>
#include <QStringList>

class QQuickWindow;

/** Shows each screen in turn (Main.qml's showScreen) and saves what the window draws as PNG. */
class Screenshotter
{
public:
    Screenshotter(QObject *root, QQuickWindow *window);

    /** Renders every screen to dir/<screen>.png; returns the written paths, or empty on failure. */
    QStringList renderAll(const QString &dir, const QStringList &screens, QString *error);
    /** Shows every screen once without saving (self-test). */
    void visitAll(const QStringList &screens);

private:
    void show(const QString &screen);
    QObject *m_root;
    QQuickWindow *m_window;
};
