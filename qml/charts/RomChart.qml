import QtQuick
import QtCharts
import Mend

/** One movement's range of motion: treated side (7-day average), other side, typical maximum. */
ChartView {
    id: root

    required property TimelineController timeline

    function refresh() {
        // Set, not bound, and in the order that keeps min < max: a bound min past the old max
        // moved the max and re-entered its binding (a binding loop).
        if (timeline.xMin >= xAxis.max) {
            xAxis.max = timeline.xMax
            xAxis.min = timeline.xMin
        } else {
            xAxis.min = timeline.xMin
            xAxis.max = timeline.xMax
        }
        timeline.fillRom(treated, other, normal)
        timeline.fillEvents(events, timeline.romMax * 0.96)
    }

    title: qsTr("%1 (degrees)").arg(timeline.romLabel)
    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: 11
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.name: qsTr("Range of motion chart: %1").arg(timeline.romLabel)
    Component.onCompleted: refresh()

    Connections {
        target: root.timeline
        function onChanged() { root.refresh() }
    }

    ValueAxis {
        id: xAxis
        titleText: root.timeline.axisTitle
        labelFormat: "%.0f"
        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: root.timeline.weekTickInterval
        labelsFont.pixelSize: 11
        titleFont.pixelSize: 11
    }
    ValueAxis {
        id: yAxis
        min: root.timeline.romMin
        max: root.timeline.romMax
        tickCount: 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: 11
    }
    LineSeries {
        id: normal
        name: qsTr("Typical maximum")
        axisX: xAxis
        axisY: yAxis
        color: "#9e9e9e"
        width: 2
        style: Qt.DashLine
    }
    ScatterSeries {
        id: other
        name: qsTr("Other side")
        axisX: xAxis
        axisY: yAxis
        color: "#5c6bc0"
        borderColor: "#5c6bc0"
        markerSize: 8
        markerShape: ScatterSeries.MarkerShapeRectangle
    }
    LineSeries {
        id: treated
        name: qsTr("Treated side, 7-day average")
        axisX: xAxis
        axisY: yAxis
        color: "#00695c"
        width: 3
    }

    ScatterSeries {
        id: events
        name: qsTr("Other treatment")
        axisX: xAxis
        axisY: yAxis
        color: "#5d4037"
        borderColor: "#5d4037"
        markerSize: 10
        markerShape: ScatterSeries.MarkerShapeRectangle
    }

    ChartInteraction {
        chart: root
        timeline: root.timeline
    }
}
