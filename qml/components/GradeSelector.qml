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
    // A positioner, not a GridLayout: a GridLayout whose column count follows its width could
    // stay unarranged in Qt 6.4 (cells left at their implicit 16 px height, seen under load).
    Grid {
        id: cells
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // the width comes from the card, never from the cells
        // Four in a row while "Moderate" fits a quarter, else two rows of two (large text).
        columns: root.width / 4 >= Theme.smallSize * 5 + 8 ? 4 : 2
        columnSpacing: 4
        rowSpacing: 4
        readonly property real cellWidth: Math.max(0, Math.floor((root.width - columnSpacing * (columns - 1)) / columns))
        /** One height for every cell: the tallest word (wrapped at large text), at least 48 px. */
        readonly property real cellHeight: {
            let tallest = 48
            for (let i = 0; i < grades.count; ++i) {
                const cell = grades.itemAt(i) as AbstractButton
                if (cell)
                    tallest = Math.max(tallest, cell.implicitContentHeight + 8)
            }
            return tallest
        }
        Repeater {
            id: grades
            model: [qsTr("None"), qsTr("Mild"), qsTr("Moderate"), qsTr("Severe")]
            delegate: AbstractButton {
                id: cell
                required property int index
                required property string modelData
                readonly property bool chosen: root.value === index
                width: cells.cellWidth
                height: cells.cellHeight
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
