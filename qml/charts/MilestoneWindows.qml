pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/** Milestone and goal windows as bars along the bottom of a chart's plot area, coloured by status. */
Item {
    id: root

    required property ChartView chart
    required property AbstractSeries series
    /** The x axis: the windows move when its range does. */
    required property TimelineXAxis axis
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
            required property string title
            required property string status
            required property string statusText
            required property string windowText
            required property real start
            required property real end
            required property int index
            readonly property rect area: root.chart.plotArea
            readonly property real dataStart: start
            readonly property real dataEnd: end
            // mapToPosition is a call, not a property: without the axis named here the bars
            // stayed where the previous range had put them.
            // The revision is read as part of the expression (see MarkerLane: a statement that
            // only reads it is dropped when the binding is compiled to C++).
            readonly property real barLeft: {
                const mapped = root.axis.revision >= 0
                             ? root.chart.mapToPosition(Qt.point(dataStart, 0), root.series).x : 0
                return Math.max(area.x, mapped)
            }
            readonly property real barRight: {
                const mapped = root.axis.revision >= 0
                             ? root.chart.mapToPosition(Qt.point(dataEnd, 0), root.series).x : 0
                return Math.min(area.x + area.width, mapped)
            }
            objectName: "milestoneWindow"
            visible: barRight > barLeft
            x: barLeft
            width: Math.max(2, barRight - barLeft)
            height: 6
            y: area.y + area.height - 8 - (index % 3) * 8
            radius: 3
            color: root.colorFor(status)
            opacity: 0.85
            Accessible.name: qsTr("%1, %2: %3").arg(title).arg(windowText).arg(statusText)
        }
    }
}
