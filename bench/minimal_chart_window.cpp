// The start-up reference: a minimal Qt Quick window with one ChartView (one line series), which
// prints "first-frame" and "ready peak-rss-kb=N" after its first frame and exits, as
// `mend --first-frame` does (whose application is ready a few frames later).
// With --controls: the same chart in a Quick Controls window in the Material style, with one of
// each control Today uses (the floor the fixed stack sets for Mend's first screen).
#include "firstframe.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

namespace {

const char *const kWithControls = R"(
    import QtQuick
    import QtQuick.Controls
    import QtQuick.Controls.Material
    import QtQuick.Layouts
    import QtCharts
    ApplicationWindow {
        width: 390; height: 844; visible: true
        readonly property bool ready: true
        header: ToolBar { Label { text: "Left knee"; anchors.centerIn: parent } }
        footer: TabBar { TabButton { text: "Today" } TabButton { text: "Timeline" } }
        ScrollView {
            anchors.fill: parent
            ColumnLayout {
                width: 390
                Label { text: "How was your pain today?"; font.bold: true }
                Slider { from: 0; to: 10; Layout.fillWidth: true }
                Button { text: "Save"; highlighted: true; Layout.fillWidth: true }
                TextField { placeholderText: "Note"; Layout.fillWidth: true }
                CheckBox { text: "Fever" }
                Switch { text: "Details" }
                ComboBox { model: ["Walking", "Resting"]; Layout.fillWidth: true }
                ChartView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 300
                    antialiasing: true
                    LineSeries { XYPoint { x: 0; y: 7 } XYPoint { x: 1; y: 5 } XYPoint { x: 2; y: 4 } }
                }
            }
        }
    })";

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // Qt Charts' QML types need a QApplication, as in Mend
    const bool controls = app.arguments().contains(QStringLiteral("--controls"));
    if (controls)
        QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData(controls ? kWithControls : R"(
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
