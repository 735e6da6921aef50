pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/** One movement's range of motion: treated side (7-day average), other side, typical maximum. */
ChartView {
    id: root

    readonly property TimelineController timeline: App.timeline

    function refresh() {
        xAxis.follow()
        timeline.fillRom(treatedDaily, treated, other, normal)
    }

    antialiasing: true

    backgroundColor: Theme.surface

    legend.visible: false // ChartLegend below the chart wraps; Qt Charts' own elides
    // Room above the plot for the title and the lane of alerts and other treatments.
    margins { left: 4; right: 4; top: 22 + chartTitle.height; bottom: 4 }
    Accessible.name: qsTr("Range of motion chart: %1").arg(timeline.romLabel)
    Component.onCompleted: refresh()

    ChartTitle {
        id: chartTitle
        text: qsTr("%1 (degrees)").arg(root.timeline.romLabel)
    }

    Connections {
        target: root.timeline
        function onRomChanged() { root.refresh() }
    }

    TimelineXAxis {
        id: xAxis
    }
    ValueAxis {
        id: yAxis
        min: root.timeline.romMin
        max: root.timeline.romMax
        tickCount: 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: Theme.chartSize
        labelsColor: Theme.foreground
        titleBrush: Theme.foreground
        gridLineColor: Theme.dark ? "#5f6368" : "#e0e0e0"
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
    ScatterSeries {
        // Each reading, so that a single one shows (the average needs two points to draw).
        id: treatedDaily
        name: qsTr("Treated side")
        axisX: xAxis
        axisY: yAxis
        color: "#80cbc4"
        borderColor: "#80cbc4"
        markerSize: 7
    }
    LineSeries {
        id: treated
        name: qsTr("Treated side: %1").arg(timeline.averageLabel)
        axisX: xAxis
        axisY: yAxis
        color: "#00695c"
        width: 3
    }

    MarkerLane {
        chart: root
        series: treated
        axis: xAxis
        alerts: []
        events: root.timeline.eventXs
    }

    ChartInteraction {
        chart: root
    }
}
