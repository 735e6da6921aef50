pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** A symptom graded none / mild / moderate / severe (0-3); -1 means "not given". */
ColumnLayout {
    id: root

    property string label
    property int value: -1

    spacing: 2
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        // Four in a row while "Moderate" fits a quarter, else two rows of two (large text).
        columns: width / 4 >= Theme.smallSize * 5 + 8 ? 4 : 2
        columnSpacing: 4
        rowSpacing: 4
        Repeater {
            model: [qsTr("None"), qsTr("Mild"), qsTr("Moderate"), qsTr("Severe")]
            delegate: AbstractButton {
                id: cell
                required property int index
                required property string modelData
                readonly property bool chosen: root.value === index
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever the words
                Layout.preferredHeight: Math.max(48, implicitContentHeight + 8)
                text: modelData
                // One choice of four: a screen reader hears which one is chosen.
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: chosen
                Accessible.name: qsTr("%1: %2").arg(root.label).arg(modelData)
                onClicked: root.value = chosen ? -1 : index
                background: Rectangle {
                    radius: 8
                    color: cell.chosen ? Theme.chosen : cell.pressed ? Theme.choicePressed : Theme.choice
                    border.color: cell.visualFocus ? Theme.chosen : "transparent"
                    border.width: 2
                }
                contentItem: Label {
                    textFormat: Text.PlainText
                    text: cell.text
                    font.pixelSize: Theme.smallSize
                    font.bold: cell.chosen
                    color: cell.chosen ? Theme.onChosen : Theme.onChoice
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
