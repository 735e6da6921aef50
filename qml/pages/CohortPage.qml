pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** The clinic's patients: sort, filter, import a folder of Bundles, open one patient's review. */
Page {
    id: root

    readonly property CohortController cohort: App.cohort
    signal reviewRequested(int episodeId)
    signal message(string text)

    Component.onCompleted: cohort.open() // read when first shown, not at start-up

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
                model: root.cohort.sortLabels
                implicitContentWidthPolicy: ComboBox.WidestText
                currentIndex: root.cohort.sortKeys.indexOf(root.cohort.sortKey)
                implicitHeight: 48
                Accessible.name: qsTr("Sort by")
                onActivated: index => root.cohort.sortKey = root.cohort.sortKeys[index]
            }
            Switch {
                // A screen reader is told the state (Quick Controls 6.4 leave it out).
                Accessible.checkable: true
                Accessible.checked: checked
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
            Label { textFormat: Text.PlainText; text: root.cohort.importText; font.pixelSize: Theme.smallSize }
            Button {
                implicitHeight: 48
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the import after the current patient")
                onClicked: root.cohort.cancelImport()
            }
        }
        // Column headings over the rows when the window is wide enough to show them as a table.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            visible: list.wide && list.count > 0
            spacing: 12
            Repeater {
                model: [qsTr("Patient · site"), qsTr("Since injection"), qsTr("Pain"),
                        qsTr("Milestones"), qsTr("Alerts · days logged")]
                delegate: Label {
                    required property string modelData
                    required property int index
                    textFormat: Text.PlainText
                    Layout.preferredWidth: list.columnWidth(index)
                    text: modelData
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: root.cohort.rows
        ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the patients") }
        // Wide windows show the rows as a table: a heading per column, the same widths below.
        readonly property bool wide: width >= 720
        readonly property var columnShares: [0.26, 0.13, 0.13, 0.28, 0.2]
        function columnWidth(i) {
            return wide ? (width - 32 - 4 * 12) * columnShares[i] : 1 // narrow: equal shares
        }
        delegate: ItemDelegate {
            id: row
            required property int episodeId
            required property string patient
            required property string site
            required property string days
            required property string pain
            required property string milestones
            required property int alerts
            required property string adherence
            width: ListView.view.width
            implicitHeight: Math.max(64, content.implicitHeight + 16)
            // A screen reader hears the whole row and can open it like a button.
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1, %2, %3, pain %4. Open the review").arg(patient)
                             .arg(site).arg(days).arg(pain)
            Accessible.onPressAction: root.reviewRequested(episodeId)
            onClicked: root.reviewRequested(episodeId)
            contentItem: GridLayout {
                id: content
                columns: list.wide ? 5 : 2
                columnSpacing: 12
                rowSpacing: 2
                Label { textFormat: Text.PlainText; Layout.preferredWidth: list.columnWidth(0); Layout.fillWidth: !list.wide; text: row.patient + " · " + row.site; font.bold: true; font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap }
                Label { textFormat: Text.PlainText; Layout.preferredWidth: list.columnWidth(1); Layout.fillWidth: !list.wide; text: row.days; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                Label { textFormat: Text.PlainText; Layout.preferredWidth: list.columnWidth(2); Layout.fillWidth: !list.wide; text: row.pain; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                Label { textFormat: Text.PlainText; Layout.preferredWidth: list.columnWidth(3); Layout.fillWidth: !list.wide; text: row.milestones; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                Label {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: list.columnWidth(4)
                    Layout.fillWidth: !list.wide
                    text: (row.alerts > 0 ? qsTr("%1 open alert(s) · ").arg(row.alerts) : "") + row.adherence
                    color: row.alerts > 0 ? Theme.error : Theme.foreground
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
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
