pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** A titled card that stacks its children in a column. */
Pane {
    id: root

    property string title
    property string hint
    default property alias content: column.data

    Layout.fillWidth: true
    padding: 16
    Material.elevation: 1
    Material.background: String(Theme.surface)

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 10
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.title !== ""
            text: root.title
            font.pixelSize: Theme.largeSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.hint !== ""
            text: root.hint
            font.pixelSize: Theme.smallSize
            opacity: 0.7
            wrapMode: Text.Wrap
        }
    }
}
