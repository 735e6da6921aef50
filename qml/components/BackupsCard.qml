pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Settings: the diary's backups, a copy now, restoring one (after asking). */
SectionCard {
    id: root

    readonly property BackupController backups: App.backups
    property string errorText
    property string chosen

    signal message(string text)

    title: qsTr("Backups")
    hint: qsTr("Mend copies your diary once a day (the last 7 are kept) and before every update, in %1.")
          .arg(root.backups.directory)

    Label {
        objectName: "diaryKeptWhere"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text !== ""
        text: root.backups.keptWhere
        wrapMode: Text.Wrap
    }
    RowLayout {
        Button {
            implicitHeight: 48
            enabled: !root.backups.busy
            text: qsTr("Back up now")
            onClicked: root.errorText = root.backups.backUpNow()
        }
        BusyIndicator {
            visible: root.backups.busy
            running: visible
            implicitWidth: 48
            implicitHeight: 48
            Accessible.name: qsTr("Making a backup")
        }
    }
    Connections {
        target: root.backups
        function onBackupFinished(error) {
            root.errorText = error
            if (error === "")
                root.message(qsTr("Backup made"))
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: backupList.count === 0 // the list read once, by the Repeater
        text: qsTr("No backups yet.")
        opacity: 0.7
    }
    Repeater {
        id: backupList
        model: root.backups.backups
        RowLayout {
            id: backupRow
            required property string name
            required property string label
            required property string sizeText
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: backupRow.label + "\n" + backupRow.sizeText
                wrapMode: Text.Wrap
            }
            Button {
                implicitHeight: 48
                flat: true
                text: qsTr("Restore")
                Accessible.name: qsTr("Restore the backup of %1").arg(backupRow.label)
                onClicked: {
                    root.chosen = backupRow.name
                    confirm.open()
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.errorText !== ""
        text: root.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }

    Dialog {
        // A popup lives in the window's overlay, outside the shell: it takes the theme itself.
        Material.theme: Theme.dark ? Material.Dark : Material.Light
        Material.accent: String(Theme.accent)
        Material.primary: String(Theme.primary)
        id: confirm
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Restore this backup?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        contentItem: Label {
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            text: qsTr("Your diary goes back to this copy. Your diary as it is now is kept as a backup first, so you can come back to it.")
        }
        onAccepted: {
            root.errorText = root.backups.restore(root.chosen)
            if (root.errorText === "")
                root.message(qsTr("Backup restored"))
        }
    }
}
