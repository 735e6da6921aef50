pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Every entry, newest first: edit one, or delete it after confirming. */
Item {
    id: root

    readonly property HistoryModel history: App.history

    signal editRequested(string isoDate)
    signal message(string text)

    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        width: parent.width - 48
        visible: root.history.count === 0
        text: qsTr("No entries yet. Log your first day on the Today tab.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }

    ListView {
        id: list
        anchors.fill: parent
        anchors.topMargin: 8
        model: root.history
        spacing: 8
        clip: true
        ScrollBar.vertical: ScrollBar {}
        delegate: Pane {
            id: card
            required property var entryId
            required property string dateIso
            required property string dateLabel
            required property string dayLabel
            required property int pain
            required property string detail
            required property string note
            required property string warning
            required property bool late
            width: Math.min(list.width - 24, 640)
            x: (list.width - width) / 2
            padding: 12
            Material.elevation: 1
            Material.background: String(Theme.surface)
            Accessible.name: qsTr("%1, pain %2 of 10").arg(dateLabel).arg(pain) + (warning !== "" ? ". " + warning : "")

            // Edit and Delete beside the entry when there is room, under it with large text.
            readonly property bool roomy: width >= 56 + Theme.bodySize * 19

            GridLayout {
                width: parent.width
                columns: card.roomy ? 3 : 2
                columnSpacing: 12
                rowSpacing: 0
                Rectangle {
                    Layout.row: 0
                    Layout.column: 0
                    Layout.alignment: Qt.AlignTop
                    implicitWidth: 44
                    implicitHeight: 44
                    radius: 22
                    // Dark enough for white digits at 4.5:1 or more on every hue (green to red).
                    color: Qt.hsla(0.33 * (1 - card.pain / 10), 0.55, 0.28, 1)
                    Label {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: card.pain
                        color: "white"
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                    }
                }
                ColumnLayout {
                    Layout.row: 0
                    Layout.column: 1
                    Layout.fillWidth: true
                    spacing: 2
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: card.dateLabel; font.bold: true; font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: card.late ? qsTr("%1 · logged late").arg(card.dayLabel) : card.dayLabel
                        font.pixelSize: Theme.smallSize
                        opacity: 0.7
                    }
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; visible: card.detail !== ""; text: card.detail; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                    Label { objectName: "historyWarning"; textFormat: Text.PlainText; Layout.fillWidth: true; visible: card.warning !== ""; text: "⚠ " + card.warning; color: Theme.error; font.pixelSize: Theme.bodySize; font.bold: true; wrapMode: Text.Wrap }
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; visible: card.note !== ""; text: card.note; font.pixelSize: Theme.smallSize; font.italic: true; wrapMode: Text.Wrap; maximumLineCount: 3; elide: Text.ElideRight }
                }
                GridLayout {
                    Layout.row: card.roomy ? 0 : 1
                    Layout.column: card.roomy ? 2 : 1
                    columns: card.roomy ? 1 : 2
                    rowSpacing: 0
                    ToolButton {
                        objectName: "edit_" + card.dateIso
                        text: qsTr("Edit")
                        Accessible.name: qsTr("Edit the entry of %1").arg(card.dateLabel)
                        onClicked: root.editRequested(card.dateIso)
                    }
                    ToolButton {
                        text: qsTr("Delete")
                        Material.foreground: String(Theme.error)
                        Accessible.name: qsTr("Delete the entry of %1").arg(card.dateLabel)
                        onClicked: {
                            confirm.entryId = card.entryId
                            confirm.dateLabel = card.dateLabel
                            confirm.open()
                        }
                    }
                }
            }
        }
    }

    Dialog {
        // A popup lives in the window's overlay, outside the shell: it takes the theme itself.
        Material.theme: Theme.dark ? Material.Dark : Material.Light
        Material.accent: String(Theme.accent)
        Material.primary: String(Theme.primary)
        id: confirm
        property var entryId
        property string dateLabel
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 400)
        modal: true
        title: qsTr("Delete this entry?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        contentItem: Label {
            textFormat: Text.PlainText
            text: qsTr("The entry of %1 will be removed from your diary. This cannot be undone.").arg(confirm.dateLabel)
            wrapMode: Text.Wrap
        }
        onAccepted: {
            const error = root.history.remove(entryId)
            root.message(error === "" ? qsTr("Entry deleted") : error)
        }
    }
}
