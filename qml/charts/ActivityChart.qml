pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/** Daily steps and their 7-day average. */
ChartView {
    id: root

    readonly property TimelineController timeline: App.timeline

    function refresh() {
        xAxis.follow()
        timeline.fillActivity(daily, average)
    }

    antialiasing: true

    backgroundColor: Theme.surface

    legend.visible: false // ChartLegend below the chart wraps; Qt Charts' own elides
    // Room above the plot for the title and the lane of alerts and other treatments.
    margins { left: 4; right: 4; top: 22 + chartTitle.height; bottom: 4 }
    Accessible.name: qsTr("Steps chart")
    Component.onCompleted: refresh()

    ChartTitle {
        id: chartTitle
        text: qsTr("Steps per day")
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
        max: root.timeline.stepsMax
        tickCount: 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: Theme.chartSize
        labelsColor: Theme.foreground
        titleBrush: Theme.foreground
        gridLineColor: Theme.dark ? "#5f6368" : "#e0e0e0"
    }
    ScatterSeries {
        id: daily
        name: timeline.dailyLabel
        axisX: xAxis
        axisY: yAxis
        color: "#ffcc80"
        borderColor: "#ffcc80"
        markerSize: 7
    }
    LineSeries {
        id: average
        name: timeline.averageLabel
        axisX: xAxis
        axisY: yAxis
        color: "#ef6c00"
        width: 3
    }

    MarkerLane {
        chart: root
        series: average
        axis: xAxis
        alerts: []
        events: root.timeline.eventXs
    }

    ChartInteraction {
        chart: root
    }
}
