pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/** Pain since the injection: daily points, 7-day average, baseline and the injection day. */
ChartView {
    id: root
    objectName: "painChart"

    readonly property TimelineController timeline: App.timeline

    function refresh() {
        xAxis.follow()
        timeline.fillPain(daily, average, baseline, dayZero)
        timeline.fillEnvelope(envelopeUpper, envelopeLower)
        timeline.fillMarkers(today, seriesInjections)
    }

    antialiasing: true

    backgroundColor: Theme.surface

    legend.labelColor: Theme.foreground
    legend.visible: false
    // Room above the plot for the title and the lane of alerts and other treatments.
    margins { left: 4; right: 4; top: 36 + chartTitle.height; bottom: 4 }
    Accessible.name: qsTr("Pain chart. %1").arg(timeline.painSummary)
    Component.onCompleted: refresh()

    ChartTitle {
        id: chartTitle
        text: qsTr("Average pain (0-10)")
    }

    Connections {
        target: root.timeline
        function onViewChanged() { root.refresh() }
    }

    TimelineXAxis {
        id: xAxis
    }
    ValueAxis {
        id: yAxis
        min: 0
        max: 10
        tickCount: 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: Theme.chartSize
        labelsColor: Theme.foreground
        titleBrush: Theme.foreground
        gridLineColor: Theme.dark ? "#5f6368" : "#e0e0e0"
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
        name: timeline.dailyLabel
        axisX: xAxis
        axisY: yAxis
        color: "#80cbc4"
        borderColor: "#80cbc4"
        markerSize: 7
    }
    LineSeries {
        id: average
        name: timeline.averageLabel
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

    MilestoneWindows {
        chart: root
        series: average
        axis: xAxis
        milestones: root.timeline.milestones
    }

    MarkerLane {
        chart: root
        series: average
        axis: xAxis
        alerts: root.timeline.alertXs
        events: root.timeline.eventXs
    }

    ChartInteraction {
        chart: root
    }
}
