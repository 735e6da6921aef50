pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/** The x axis every timeline chart shares: weeks (or months) since the injection. */
ValueAxis {
    id: root

    readonly property TimelineController timeline: App.timeline
    /** Counts the ranges taken: overlays map their days again on it. (The axis's own min and
     *  max change before the chart's mapping follows them, so a binding on them is one range
     *  behind.) */
    property int revision: 0

    /**
     * Takes the controller's range. Set, not bound, and in the order that keeps min < max: a
     * bound min past the old max moved the max and re-entered its binding (a binding loop).
     */
    function follow() {
        if (timeline.xMin >= max) {
            max = timeline.xMax
            min = timeline.xMin
        } else {
            min = timeline.xMin
            max = timeline.xMax
        }
        ++revision
    }

    objectName: "timelineXAxis"
    titleText: timeline.axisTitle
    labelFormat: timeline.axisLabelFormat
    tickType: ValueAxis.TicksDynamic
    tickAnchor: 0
    tickInterval: timeline.weekTickInterval
    labelsFont.pixelSize: Theme.chartSize
    labelsColor: Theme.foreground
    titleBrush: Theme.foreground
    gridLineColor: Theme.dark ? "#5f6368" : "#e0e0e0"
    titleFont.pixelSize: Theme.chartSize
}
