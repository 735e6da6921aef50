import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** One range-of-motion movement: the treated side and, optionally, the other side. */
ColumnLayout {
    id: root

    required property string movementKey
    required property string label
    required property string normal
    property alias treated: treatedField.text
    property alias other: otherField.text

    spacing: 0
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: 14
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.normal
        font.pixelSize: 12
        opacity: 0.7
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        TextField {
            id: treatedField
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            placeholderText: qsTr("Treated side, °")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("%1, treated side, degrees").arg(root.label)
        }
        TextField {
            id: otherField
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            placeholderText: qsTr("Other side, °")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("%1, other side, degrees").arg(root.label)
        }
    }
}
