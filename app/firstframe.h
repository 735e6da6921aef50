#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <cstdio>

/**
 * For the start-up benchmark (bench/bench_startup): when the window has shown its first frame,
 * prints "first-frame peak-rss-kb=N" (the process's peak resident memory so far) and exits.
 */
inline void reportFirstFrameAndQuit(QQuickWindow *window)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [] {
            QByteArray peak = "0";
            QFile status(QStringLiteral("/proc/self/status"));
            if (status.open(QIODevice::ReadOnly))
                for (const QByteArray &line : status.readAll().split('\n'))
                    if (line.startsWith("VmHWM:"))
                        peak = line.mid(6).trimmed().split(' ').value(0);
            std::printf("first-frame peak-rss-kb=%s\n", peak.constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
}
