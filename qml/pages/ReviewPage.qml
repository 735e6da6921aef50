pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend
import "FieldSearch.js" as FieldSearch

/** The clinician's one-minute review: baseline against now, verdicts, milestones, what happened. */
ScrollView {
    id: root
    objectName: "reviewPage"

    readonly property ReviewController review: App.review
    /** The report written last (shown with where it went), and the one being written. */
    property url savedReport
    property url pendingReport
    signal message(string text)

    function reportName() {
        return qsTr("Mend visit report %1").arg(Qt.formatDate(new Date(), "yyyy-MM-dd"))
    }
    function saveReport(file) {
        if (file.toString() === "") {
            root.message(OutputFiles.problem)
            return
        }
        const error = root.review.writeReport(file, false)
        if (error !== "") {
            root.message(error)
            return
        }
        root.savedReport = ""
        root.pendingReport = file
    }

    contentWidth: availableWidth
    // Stated, not computed: a ScrollView sizes its content from its child only when it has one,
    // and this page has two items (the column and the report's FileChooser).
    contentHeight: page.implicitHeight + 24

    // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.

    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        id: page
        width: Math.min(root.availableWidth - 24, 1200)
        x: (root.availableWidth - width) / 2
        spacing: 12

        Item { Layout.preferredHeight: 4 }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.review.title
            font.pixelSize: Theme.largeSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "saveReport"
                implicitHeight: 48
                enabled: !root.review.writingReport
                text: qsTr("Save PDF report")
                Accessible.name: qsTr("Save the visit report as a PDF in %1").arg(OutputFiles.folder)
                onClicked: root.saveReport(OutputFiles.newFile(root.reportName(), "pdf"))
            }
            Button {
                objectName: "saveReportAs"
                implicitHeight: 48
                visible: reportChooser.available
                enabled: !root.review.writingReport
                flat: true
                text: qsTr("Save as…")
                Accessible.name: qsTr("Save the visit report as a PDF, choosing where")
                onClicked: {
                    reportChooser.suggestedFile = OutputFiles.newFile(root.reportName(), "pdf")
                    reportChooser.open()
                }
            }
            BusyIndicator {
                visible: root.review.writingReport
                running: visible
                implicitWidth: 48
                implicitHeight: 48
                Accessible.name: qsTr("Writing the report")
            }
        }
        Pane {
            objectName: "reportSaved"
            Layout.fillWidth: true
            visible: root.savedReport.toString() !== ""
            Material.background: String(Theme.good)
            Material.elevation: 0
            RowLayout {
                width: parent.width
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.onGood
                    text: qsTr("Report saved to %1. It contains health data: share it safely.")
                          .arg(OutputFiles.shownPath(root.savedReport))
                }
                Button {
                    objectName: "openReport"
                    implicitHeight: 48
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open the saved report")
                    onClicked: {
                        if (!OutputFiles.open(root.savedReport))
                            root.message(OutputFiles.problem)
                    }
                }
            }
        }
        ReviewDayZeroCard {
            Layout.fillWidth: true
            onSaved: root.message(qsTr("Day 0 set"))
            onRefused: field => Qt.callLater(() => FieldSearch.scrollTo(root, page, field))
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.width >= 900 ? 2 : 1
            columnSpacing: 12
            rowSpacing: 12

            ReviewMeasuresCard {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 100
            }
            ReviewOutcomesCard {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 100
            }
            SectionCard {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 100
                title: qsTr("Milestones")
                Repeater {
                    model: root.review.milestones
                    delegate: RowLayout {
                        id: milestone
                        required property string days
                        required property string text
                        required property string status
                        Layout.fillWidth: true
                        Label { textFormat: Text.PlainText; Layout.preferredWidth: 90; text: milestone.days; font.pixelSize: Theme.smallSize }
                        Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: milestone.text; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                        Label { textFormat: Text.PlainText; text: milestone.status; font.pixelSize: Theme.smallSize; font.bold: true }
                    }
                }
            }
            SectionCard {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 100
                title: qsTr("Alerts and other treatments")
                Repeater {
                    model: root.review.events
                    delegate: Label {
                        required property string date
                        required property string kind
                        required property string description
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: date + " · " + description
                        color: kind === "alert" ? Theme.error : Theme.foreground
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    visible: root.review.events.count === 0
                    text: qsTr("None recorded.")
                    opacity: 0.7
                }
            }
        }
        SectionCard {
            title: qsTr("Evidence for this condition")
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.review.evidence
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
        Item { Layout.preferredHeight: 12 }
    }

    FileChooser {
        id: reportChooser
        title: qsTr("Save the visit report")
        mode: FileChooser.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)")]
        onAccepted: file => root.saveReport(file)
        onUnavailable: reason => root.message(reason)
    }

    Connections {
        target: root.review
        function onReportFinished(error) {
            if (error === "")
                root.savedReport = root.pendingReport
            else
                root.message(error)
        }
    }
}
