pragma ComponentBehavior: Bound
import QtQuick
import QtCharts

/** Milestone and goal windows as bars along the bottom of a chart's plot area, coloured by status. */
Item {
    id: root

    required property ChartView chart
    required property AbstractSeries series
    required property var milestones

    function colorFor(status) {
        return status === "achieved" ? "#2e7d32" : status === "in-window" ? "#f9a825"
             : status === "not-met" ? "#9e9e9e" : "#1565c0"
    }

    anchors.fill: parent

    Repeater {
        model: root.milestones
        delegate: Rectangle {
            id: bar
            required property var modelData
            required property int index
            readonly property rect area: root.chart.plotArea
            readonly property real barLeft: Math.max(area.x, root.chart.mapToPosition(Qt.point(modelData.start, 0), root.series).x)
            readonly property real barRight: Math.min(area.x + area.width, root.chart.mapToPosition(Qt.point(modelData.end, 0), root.series).x)
            visible: barRight > barLeft
            x: barLeft
            width: Math.max(2, barRight - barLeft)
            height: 6
            y: area.y + area.height - 8 - (index % 3) * 8
            radius: 3
            color: root.colorFor(modelData.status)
            opacity: 0.85
            Accessible.name: qsTr("%1, %2: %3").arg(modelData.title).arg(modelData.windowText).arg(modelData.statusText)
        }
    }
}
