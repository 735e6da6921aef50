import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** A labelled text field for a whole number; validation and ranges are checked by core on save. */
ColumnLayout {
    id: root

    property string label
    property string hint
    property alias text: field.text
    property bool error: false

    spacing: 0
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: 14
        color: root.error ? "#b00020" : palette.text
        wrapMode: Text.Wrap
    }
    TextField {
        id: field
        Layout.fillWidth: true
        Layout.preferredHeight: 48
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        placeholderText: root.hint
        Accessible.name: root.label
    }
}
