pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Mend

/** One instrument's scores by day since the injection, with the MCID band around baseline. */
ColumnLayout {
    id: root

    readonly property OutcomesController outcomes: App.outcomes
    required property string instrumentId
    property promChartAxes axes
    /** The clinician's detail: the band named by its threshold. */
    property bool showNumbers: false
    readonly property bool banded: axes.bandLabel !== ""

    function refresh() {
        axes = outcomes.chart(instrumentId)
        outcomes.fillChart(instrumentId, scores, markers, bandHigh, bandLow, timePointAxis)
    }

    spacing: 0
    Component.onCompleted: refresh()
    onInstrumentIdChanged: refresh()

    Connections {
        target: root.outcomes
        function onChanged() { root.refresh() }
    }

    ChartView {
    Layout.fillWidth: true
    Layout.preferredHeight: 260
    title: root.axes.title
    antialiasing: true
    backgroundColor: Theme.surface
    legend.visible: false // ChartLegend below wraps; Qt Charts' own elides a longer language
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.name: qsTr("Results chart: %1").arg(root.axes.title)

    ValueAxis {
        id: xAxis
        min: root.axes.xMin
        max: root.axes.xMax
        visible: false
    }
    CategoryAxis {
        id: timePointAxis
        min: xAxis.min
        max: xAxis.max
        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
        labelsFont.pixelSize: Theme.chartSize
        labelsColor: Theme.foreground
        titleBrush: Theme.foreground
        gridLineColor: Theme.dark ? "#5f6368" : "#e0e0e0"
        titleText: qsTr("Time point")
        titleFont.pixelSize: Theme.chartSize
    }
    ValueAxis {
        id: yAxis
        min: root.axes.yMin
        max: root.axes.yMax
        // One tick per point on a short scale (1-7), else six (0-10 by 2, 0-100 by 20).
        tickCount: max - min <= 6 ? max - min + 1 : 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: Theme.chartSize
        labelsColor: Theme.foreground
        titleBrush: Theme.foreground
        gridLineColor: Theme.dark ? "#5f6368" : "#e0e0e0"
    }
    AreaSeries {
        visible: root.banded
        axisX: xAxis
        axisY: yAxis
        color: "#3300897b"
        borderColor: "#6600897b"
        upperSeries: LineSeries { id: bandHigh }
        lowerSeries: LineSeries { id: bandLow }
    }
    LineSeries {
        id: scores
        axisX: timePointAxis
        axisY: yAxis
        color: "#00695c"
        width: 3
    }
    ScatterSeries {
        id: markers
        axisX: xAxis
        axisY: yAxis
        color: "#00695c"
        borderColor: "white"
        markerSize: 11
    }
    }
    ChartLegend {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.bottomMargin: 4
        items: (root.banded ? [{ label: root.showNumbers ? qsTr("MCID band") : qsTr("Too small to notice"),
                                 color: "#6600897b", shape: "band" }] : []).concat([
            { label: qsTr("Score"), color: "#00695c", shape: "line" },
            { label: qsTr("Answered"), color: "#00695c", shape: "dot" }
        ])
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        visible: text !== ""
        text: root.showNumbers ? root.axes.bandDetail : root.axes.bandLabel
        font.pixelSize: Theme.smallSize
        opacity: 0.75
        wrapMode: Text.Wrap
    }
}
