pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Mend

/**
 * A chart's title as a label at its top edge: it wraps at large text sizes, and leaves the band
 * between it and the plot to the marker lane (ChartView's own title sat in that band).
 */
Label {
    anchors.top: parent.top
    anchors.left: parent.left
    anchors.right: parent.right
    anchors.margins: 8
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize
    font.bold: true
    color: Theme.foreground
}
