import QtQuick
import QtCharts
import Mend

/** Pain since the injection: daily points, 7-day average, baseline and the injection day. */
ChartView {
    id: root

    required property TimelineController timeline

    function refresh() {
        timeline.fillPain(daily, average, baseline, dayZero)
    }

    title: qsTr("Average pain (0-10)")
    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: 11
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.name: qsTr("Pain chart. %1").arg(timeline.painSummary)
    Component.onCompleted: refresh()

    Connections {
        target: root.timeline
        function onChanged() { root.refresh() }
    }

    ValueAxis {
        id: xAxis
        min: root.timeline.xMin
        max: root.timeline.xMax
        titleText: qsTr("Weeks since injection")
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
}
