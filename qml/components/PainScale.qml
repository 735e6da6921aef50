pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** The 0-10 numeric rating scale as big tap targets; value -1 means "not given". */
ColumnLayout {
    id: root

    property int value: -1
    property bool optional: false
    property string accessibleLabel: qsTr("Pain")

    spacing: 6

    GridLayout {
        Layout.fillWidth: true
        // Six 48 px targets a row where they fit (from about 340 px wide windows), else four.
        columns: root.width >= 6 * 48 + 5 * 6 ? 6 : 4
        columnSpacing: 6
        rowSpacing: 6
        Repeater {
            model: 11
            delegate: AbstractButton {
                id: cell
                required property int index
                readonly property bool chosen: root.value === index
                objectName: "painCell" + index
                Layout.fillWidth: true
                Layout.preferredHeight: 52
                Layout.minimumWidth: 48
                text: index
                // One choice of eleven: a screen reader hears which one is chosen. (A checkable
                // button would untie checked from the value on the first tap.)
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: chosen
                Accessible.name: qsTr("%1: %2 out of 10").arg(root.accessibleLabel).arg(index)
                onClicked: root.value = index
                background: Rectangle {
                    radius: 10
                    color: cell.chosen ? Theme.chosen : cell.pressed ? Theme.choicePressed : Theme.choice
                    border.color: cell.visualFocus ? Theme.chosen : "transparent"
                    border.width: 2
                }
                contentItem: Label {
                    textFormat: Text.PlainText
                    text: cell.text
                    font.pixelSize: Theme.largeSize
                    font.bold: cell.chosen
                    color: cell.chosen ? Theme.onChosen : Theme.onChoice
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("0 = no pain")
            font.pixelSize: Theme.smallSize
            opacity: 0.7
            wrapMode: Text.Wrap
        }
        Button {
            visible: root.optional && root.value >= 0
            flat: true
            text: qsTr("Clear")
            Accessible.name: qsTr("Clear %1").arg(root.accessibleLabel)
            onClicked: root.value = -1
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: qsTr("10 = worst imaginable")
            font.pixelSize: Theme.smallSize
            opacity: 0.7
            wrapMode: Text.Wrap
        }
    }
}
