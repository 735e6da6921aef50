import QtQuick
import QtCharts
import Mend

/** Daily steps and their 7-day average. */
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
        timeline.fillActivity(daily, average)
        timeline.fillEvents(events, timeline.stepsMax * 0.96)
    }

    title: qsTr("Steps per day")
    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: 11
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.name: qsTr("Steps chart")
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
        min: 0
        max: root.timeline.stepsMax
        tickCount: 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: 11
    }
    ScatterSeries {
        id: daily
        name: qsTr("Daily")
        axisX: xAxis
        axisY: yAxis
        color: "#ffcc80"
        borderColor: "#ffcc80"
        markerSize: 7
    }
    LineSeries {
        id: average
        name: qsTr("7-day average")
        axisX: xAxis
        axisY: yAxis
        color: "#ef6c00"
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
