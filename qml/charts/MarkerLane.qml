pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/**
 * Red-flag alerts and other treatments in a lane of their own just above the plot: drawn on the
 * pain scale, an alert dot read as a pain score. The chart leaves room for it (margins.top).
 */
Item {
    id: root

    required property ChartView chart
    required property AbstractSeries series
    /** The x axis: the markers move when its range does. */
    required property TimelineXAxis axis
    property var alerts: []
    property var events: []

    anchors.fill: parent

    component Marker: Rectangle {
        required property real modelData
        readonly property real dataX: modelData
        readonly property rect area: root.chart.plotArea
        // Mapped again after every range change. The revision is part of the expression: a
        // statement that only reads it is dropped when qmlcachegen compiles the binding to C++.
        readonly property real centre: root.axis.revision >= 0
                                       ? root.chart.mapToPosition(Qt.point(modelData, 0), root.series).x
                                       : 0
        visible: centre >= area.x - 1 && centre <= area.x + area.width + 1
        x: centre - width / 2
        y: area.y - height - 3
        width: 12
        height: 12
    }

    Repeater {
        model: root.events
        delegate: Marker {
            objectName: "eventMarker"
            color: "#5d4037"
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Other treatment")
        }
    }
    Repeater {
        model: root.alerts
        delegate: Marker {
            objectName: "alertMarker"
            y: area.y - 2 * height - 6 // a row of their own, above the treatments
            radius: width / 2
            color: "#b71c1c" // the red alert's own red: white reads on it at 6.6:1 in light and dark
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Warning sign reported")
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: "!"
                color: "white"
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }
    }
}
