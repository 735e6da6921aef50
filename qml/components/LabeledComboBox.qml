pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** A label above a ComboBox of {key, label} choices; currentKey is "" when nothing is chosen. */
ColumnLayout {
    id: root

    property string label
    property var choices: []
    property bool allowNone: false
    readonly property string currentKey: box.currentIndex < 0 ? ""
        : root.options[box.currentIndex].key
    readonly property var options: allowNone ? [{ key: "", label: qsTr("Not given") }].concat(choices)
        : choices

    function select(key) {
        box.currentIndex = Math.max(0, options.findIndex(o => o.key === key))
    }

    spacing: 0
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    ComboBox {
        id: box
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(52, implicitContentHeight + topPadding + bottomPadding)
        model: root.options
        textRole: "label"
        Accessible.name: root.label
        // The choice wraps at large text ("Bone-marrow concentrate"); Material's field elides it.
        contentItem: Label {
            textFormat: Text.PlainText
            leftPadding: box.mirrored ? 0 : 12
            rightPadding: box.mirrored ? 12 : 0
            text: box.displayText
            font: box.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
