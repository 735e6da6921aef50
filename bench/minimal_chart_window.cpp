// The start-up reference: a minimal Qt Quick window with one ChartView (one line series), which
// prints "first-frame" and "ready peak-rss-kb=N" after its first frame and exits, as
// `mend --first-frame` does (whose application is ready a few frames later).
#include "firstframe.h"

#include <QApplication>
#include <QQmlApplicationEngine>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // Qt Charts' QML types need a QApplication, as in Mend
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        import QtCharts
        Window {
            width: 390; height: 844; visible: true
            readonly property bool ready: true
            ChartView {
                anchors.fill: parent
                antialiasing: true
                LineSeries { XYPoint { x: 0; y: 7 } XYPoint { x: 1; y: 5 } XYPoint { x: 2; y: 4 } }
            }
        })");
    if (engine.rootObjects().isEmpty())
        return 1;
    reportFirstFrameAndQuit(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    return app.exec();
}
