pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Mend

/**
 * Pinch or Ctrl+wheel to zoom, drag sideways to pan; every chart on the page follows. A plain
 * wheel scrolls the page, as it does everywhere else.
 */
Item {
    id: root

    required property ChartView chart
    readonly property TimelineController timeline: App.timeline

    anchors.fill: parent

    WheelHandler {
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        acceptedModifiers: Qt.ControlModifier
        onWheel: event => root.timeline.zoomAt(event.angleDelta.y > 0 ? 0.8 : 1.25,
                                               point.position.x - root.chart.plotArea.x,
                                               root.chart.plotArea.width)
    }
    DragHandler {
        property real lastX: 0
        target: null
        yAxis.enabled: false
        onActiveChanged: lastX = 0
        onTranslationChanged: {
            root.timeline.panBy(translation.x - lastX, root.chart.plotArea.width)
            lastX = translation.x
        }
    }
    PinchHandler {
        property real lastScale: 1
        target: null
        onActiveChanged: lastScale = 1
        onActiveScaleChanged: {
            root.timeline.zoomAt(lastScale / activeScale, centroid.position.x - root.chart.plotArea.x,
                                 root.chart.plotArea.width)
            lastScale = activeScale
        }
    }
}
