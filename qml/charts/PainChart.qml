import QtQuick
import QtCharts
import Mend

/** Pain since the injection: daily points, 7-day average, baseline and the injection day. */
ChartView {
    id: root
    objectName: "painChart"

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
        timeline.fillPain(daily, average, baseline, dayZero)
        timeline.fillEnvelope(envelopeUpper, envelopeLower)
        timeline.fillMarkers(events, alerts, today, seriesInjections)
    }

    title: qsTr("Average pain (0-10)")
    antialiasing: true
    legend.visible: false
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.name: qsTr("Pain chart. %1").arg(timeline.painSummary)
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
        max: 10
        tickCount: 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: 11
    }
    AreaSeries {
        name: qsTr("Expected band")
        axisX: xAxis
        axisY: yAxis
        visible: root.timeline.hasEnvelope
        color: "#4d80cbc4"
        borderColor: "#80cbc4"
        borderWidth: 1
        upperSeries: LineSeries { id: envelopeUpper }
        lowerSeries: LineSeries { id: envelopeLower }
    }
    LineSeries {
        id: today
        name: qsTr("Today")
        axisX: xAxis
        axisY: yAxis
        color: "#1565c0"
        width: 1
        style: Qt.DotLine
    }
    LineSeries {
        id: dayZero
        name: qsTr("Injection")
        axisX: xAxis
        axisY: yAxis
        color: "#9e9e9e"
        width: 2
    }
    LineSeries {
        id: baseline
        name: qsTr("Baseline")
        axisX: xAxis
        axisY: yAxis
        color: "#e65100"
        width: 2
        style: Qt.DashLine
    }
    ScatterSeries {
        id: daily
        name: qsTr("Daily")
        axisX: xAxis
        axisY: yAxis
        color: "#80cbc4"
        borderColor: "#80cbc4"
        markerSize: 7
    }
    LineSeries {
        id: average
        name: qsTr("7-day average")
        axisX: xAxis
        axisY: yAxis
        color: "#00695c"
        width: 3
    }
    ScatterSeries {
        id: seriesInjections
        name: qsTr("Series injection")
        axisX: xAxis
        axisY: yAxis
        color: "#6a1b9a"
        borderColor: "#6a1b9a"
        markerSize: 10
        markerShape: ScatterSeries.MarkerShapeRectangle
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
    ScatterSeries {
        id: alerts
        name: qsTr("Alert")
        axisX: xAxis
        axisY: yAxis
        color: "#c62828"
        borderColor: "#c62828"
        markerSize: 11
    }

    MilestoneWindows {
        chart: root
        series: average
        milestones: root.timeline.milestones
    }

    ChartInteraction {
        chart: root
        timeline: root.timeline
    }
}
