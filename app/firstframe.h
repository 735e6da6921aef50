#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

/**
 * For the start-up benchmark (bench/bench_startup): prints "first-frame" when the window has
 * shown its first frame, then "ready peak-rss-kb=N" (the process's peak resident memory so far)
 * at the first frame with the window's `ready` property true (the application has replaced the
 * first frame's placeholder; the same frame for a window that is ready at once), and exits.
 */
inline void reportFirstFrameAndQuit(QQuickWindow *window)
{
    auto firstShown = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, firstShown] {
        if (!*firstShown) {
            *firstShown = true;
            std::printf("first-frame\n");
            std::fflush(stdout);
        }
        if (!window->property("ready").toBool())
            return;
        QByteArray peak = "0";
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    peak = line.mid(6).trimmed().split(' ').value(0);
        std::printf("ready peak-rss-kb=%s\n", peak.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}
