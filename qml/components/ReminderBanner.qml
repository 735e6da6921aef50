pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** The reminders that apply now (daily log, questionnaires due), each dismissible. */
ColumnLayout {
    id: root

    readonly property ReminderController reminders: App.reminders

    spacing: 8
    visible: repeater.count > 0

    Repeater {
        id: repeater
        model: root.reminders.banners
        delegate: Pane {
            id: banner
            required property string key
            required property string kind
            required property string title
            required property string text
            Layout.fillWidth: true
            padding: 12
            Material.background: String(kind === "log" ? Theme.reminder : Theme.due)
            Material.elevation: 0
            Accessible.role: Accessible.AlertMessage
            Accessible.name: title
            RowLayout {
                width: parent.width
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: banner.title
                        font.bold: true
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: banner.text
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                ToolButton {
                    text: "✕"
                    implicitWidth: 48
                    implicitHeight: 48
                    Accessible.name: qsTr("Dismiss reminder")
                    onClicked: root.reminders.dismiss(banner.key)
                }
            }
        }
    }
}
