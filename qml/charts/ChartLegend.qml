pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** A compact legend that wraps on narrow screens: [{label, color, shape: "line"|"dot"|"band"}]. */
Flow {
    id: root

    required property var items

    spacing: 10
    Repeater {
        model: root.items
        delegate: RowLayout {
            id: item
            required property var modelData
            spacing: 4
            Rectangle {
                implicitWidth: item.modelData.shape === "line" ? 16 : 10
                implicitHeight: item.modelData.shape === "line" ? 3 : 10
                radius: item.modelData.shape === "dot" ? 5 : 0
                color: item.modelData.color
            }
            Label {
                textFormat: Text.PlainText
                // A label longer than the row wraps (a longer language, a large text size).
                Layout.maximumWidth: root.width - 20
                wrapMode: Text.Wrap
                text: item.modelData.label
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
