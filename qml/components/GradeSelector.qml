pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/** A symptom graded none / mild / moderate / severe (0-3); -1 means "not given". */
ColumnLayout {
    id: root

    property string label
    property int value: -1

    spacing: 2
    Label {
        textFormat: Text.PlainText
        text: root.label
        font.pixelSize: 14
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: [qsTr("None"), qsTr("Mild"), qsTr("Moderate"), qsTr("Severe")]
            delegate: AbstractButton {
                id: cell
                required property int index
                required property string modelData
                readonly property bool chosen: root.value === index
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                text: modelData
                // One choice of four: a screen reader hears which one is chosen.
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: chosen
                Accessible.name: qsTr("%1: %2").arg(root.label).arg(modelData)
                onClicked: root.value = chosen ? -1 : index
                background: Rectangle {
                    radius: 8
                    color: cell.chosen ? Material.color(Material.Teal) : cell.pressed ? "#cfd8dc" : "#eceff1"
                    border.color: cell.visualFocus ? Material.color(Material.Teal) : "transparent"
                    border.width: 2
                }
                contentItem: Label {
                    textFormat: Text.PlainText
                    text: cell.text
                    font.pixelSize: 13
                    font.bold: cell.chosen
                    color: cell.chosen ? "white" : "#263238"
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
            }
        }
    }
}
