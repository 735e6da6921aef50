pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Why the diary cannot be opened, and the ways on: restore a backup, open another file, quit. */
ApplicationWindow {
    id: root

    required property string message
    property var backups: []
    // Read by main.cpp after the window closes.
    property string chosenBackup
    property string chosenFile
    property string browseProblem

    visible: true
    width: 390
    height: 844
    title: qsTr("Mend cannot open your diary")
    Material.primary: Material.Teal

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: parent.width - 48
            x: 24
            spacing: 16
            Item { Layout.preferredHeight: 8 }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Mend cannot open your diary")
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.message
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Nothing was changed in the file. Restoring a backup keeps this file beside it, renamed.")
                wrapMode: Text.Wrap
                opacity: 0.8
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.backups.length > 0 ? qsTr("Restore a backup") : qsTr("There are no backups of this diary.")
                font.bold: true
            }
            Repeater {
                model: root.backups
                Button {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                    text: modelData.label
                    Accessible.name: qsTr("Restore the backup of %1").arg(modelData.label)
                    onClicked: {
                        root.chosenBackup = modelData.name
                        root.close()
                    }
                }
            }
            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                text: qsTr("Open another file…")
                onClicked: fileDialog.open()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.browseProblem !== ""
                text: root.browseProblem
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                flat: true
                text: qsTr("Close")
                Accessible.name: qsTr("Close Mend")
                onClicked: root.close()
            }
        }
    }

    FileChooser {
        id: fileDialog
        title: qsTr("Open a Mend diary")
        nameFilters: [qsTr("Mend diaries (*.sqlite *.db)"), qsTr("All files (*)")]
        onUnavailable: reason => root.browseProblem = reason
        onAccepted: selectedFile => {
            const url = selectedFile.toString()
            root.chosenFile = decodeURIComponent(url.replace(/^file:\/\//, ""))
            root.close()
        }
    }
}
