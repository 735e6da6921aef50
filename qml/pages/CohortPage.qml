pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** The clinic's patients: sort, filter, import a folder of Bundles, open one patient's review. */
Page {
    id: root

    required property CohortController cohort
    signal reviewRequested(int episodeId)
    signal message(string text)

    Connections {
        target: root.cohort
        function onImportFinished(message) { root.message(message) }
    }

    header: ColumnLayout {
        spacing: 4
        Flow {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 8
            ComboBox {
                id: sortBox
                model: root.cohort.sortKeys
                currentIndex: root.cohort.sortKeys.indexOf(root.cohort.sortKey)
                implicitHeight: 48
                Accessible.name: qsTr("Sort by")
                onActivated: root.cohort.sortKey = currentText
            }
            Switch {
                text: qsTr("Open alerts only")
                checked: root.cohort.openAlertsOnly
                Accessible.name: text
                onToggled: root.cohort.openAlertsOnly = checked
            }
            Button {
                implicitHeight: 48
                enabled: !root.cohort.importing
                text: qsTr("Import folder…")
                Accessible.name: qsTr("Import a folder of FHIR Bundles")
                onClicked: folderDialog.open()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            visible: root.cohort.importing
            ProgressBar {
                Layout.fillWidth: true
                value: root.cohort.progress
                Accessible.name: qsTr("Import progress")
            }
            Label { textFormat: Text.PlainText; text: root.cohort.importText; font.pixelSize: 12 }
            Button {
                implicitHeight: 48
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the import after the current patient")
                onClicked: root.cohort.cancelImport()
            }
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: root.cohort.rows
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property var modelData
            width: ListView.view.width
            implicitHeight: Math.max(64, content.implicitHeight + 16)
            Accessible.name: modelData.patient
            onClicked: root.reviewRequested(modelData.episodeId)
            contentItem: GridLayout {
                id: content
                columns: list.width >= 720 ? 5 : 2
                columnSpacing: 12
                rowSpacing: 2
                Label { textFormat: Text.PlainText; text: row.modelData.patient + " · " + row.modelData.site; font.bold: true; font.pixelSize: 15 }
                Label { textFormat: Text.PlainText; text: row.modelData.days; font.pixelSize: 13 }
                Label { textFormat: Text.PlainText; text: row.modelData.pain; font.pixelSize: 13 }
                Label { textFormat: Text.PlainText; text: row.modelData.milestones; font.pixelSize: 13; Layout.fillWidth: true; wrapMode: Text.Wrap }
                Label {
                    textFormat: Text.PlainText
                    text: (row.modelData.alerts > 0 ? qsTr("%1 open alert(s) · ").arg(row.modelData.alerts) : "") + row.modelData.adherence
                    color: row.modelData.alerts > 0 ? "#c62828" : palette.text
                    font.pixelSize: 13
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: list.count === 0
            width: parent.width - 48
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No patients yet. Import a folder of their FHIR Bundles (mend-cli export --format fhir).")
            opacity: 0.7
        }
    }

    FileChooser {
        id: folderDialog
        title: qsTr("Folder of FHIR Bundles")
        mode: FileChooser.Folder
        onAccepted: folder => root.cohort.importFolder(folder)
        onUnavailable: reason => root.message(reason)
    }
}
