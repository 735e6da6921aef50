pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/** Every episode's 7-day average pain, overlaid and aligned at its own day 0. */
ChartView {
    id: root

    readonly property TimelineController timeline: App.timeline
    readonly property var palette: ["#9e9e9e", "#5c6bc0", "#ef6c00", "#00695c"]

    function refresh() {
        removeAllSeries()
        const labels = timeline.episodeLabels
        for (let i = 0; i < labels.length; ++i) {
            const series = createSeries(ChartView.SeriesTypeLine, labels[i], xAxis, yAxis)
            series.color = palette[i % palette.length]
            series.width = i === labels.length - 1 ? 3 : 2
            timeline.fillComparison(i, series)
        }
    }

    title: qsTr("Episodes compared (7-day average pain)")
    antialiasing: true
    backgroundColor: Theme.surface
    legend.labelColor: Theme.foreground
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: Theme.chartSize
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.name: qsTr("Comparison of %1 episodes, aligned at the injection day").arg(timeline.episodeLabels.length)
    Component.onCompleted: refresh()

    Connections {
        target: root.timeline
        function onContentChanged() { root.refresh() }
    }

    ValueAxis {
        id: xAxis
        min: 0
        max: root.timeline.compareXMax
        titleText: root.timeline.axisTitle
        labelFormat: "%.0f"
        labelsFont.pixelSize: Theme.chartSize
        labelsColor: Theme.foreground
        titleBrush: Theme.foreground
        gridLineColor: Theme.dark ? "#5f6368" : "#e0e0e0"
        titleFont.pixelSize: Theme.chartSize
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
}
