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
        text: root.label
        font.pixelSize: Theme.bodySize
    }
    ComboBox {
        id: box
        Layout.fillWidth: true
        Layout.preferredHeight: 52
        model: root.options
        textRole: "label"
        Accessible.name: root.label
    }
}
