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
    property string day0Error
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
        SectionCard {
            objectName: "recordInjection"
            Layout.fillWidth: true
            visible: !root.review.injectionRecorded
            title: qsTr("Injection not recorded")
            hint: qsTr("This patient's file names no injection. Baseline, change and milestones count from day 0: enter it to see them.")
            LabeledComboBox { id: day0Site; Layout.fillWidth: true; label: qsTr("Where"); choices: root.review.sites }
            LabeledComboBox { id: day0Side; Layout.fillWidth: true; label: qsTr("Side"); choices: root.review.sides }
            Label { textFormat: Text.PlainText; text: qsTr("Injection date (day 0), year-month-day"); font.pixelSize: Theme.bodySize }
            FormTextField {
                id: day0
                objectName: "day0Date"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Injection date, year-month-day")
                onTextEdited: root.day0Error = ""
            }
            Label {
                objectName: "day0Error"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.day0Error !== ""
                text: root.day0Error
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "saveDay0"
                implicitHeight: 48
                highlighted: true
                // Material's own teal under white text is 3.7:1; the theme's is 4.5:1 or more.
                Material.background: String(Theme.primary)
                text: qsTr("Set day 0")
                onClicked: {
                    root.day0Error = root.review.recordInjection(day0.text, day0Site.currentKey,
                                                                 day0Side.currentKey)
                    if (root.day0Error === "")
                        root.message(qsTr("Day 0 set"))
                    else // the refusal at its field, in view on a phone
                        Qt.callLater(() => FieldSearch.scrollTo(root, page, day0))
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.width >= 900 ? 2 : 1
            columnSpacing: 12
            rowSpacing: 12

            SectionCard {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 100
                title: qsTr("Baseline → now (7-day averages)")
                Repeater {
                    model: root.review.measures
                    // A row of three where it fits; the three under each other with large text.
                    delegate: GridLayout {
                        id: measure
                        required property string label
                        required property string atBaseline
                        required property string now
                        required property string change
                        Layout.fillWidth: true
                        columns: parent.width >= Theme.bodySize * 24 ? 3 : 1 // the column, not its own width (see GradeSelector)
                        rowSpacing: 0
                        Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: measure.label; font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap }
                        Label { textFormat: Text.PlainText; Layout.fillWidth: measure.columns === 1; text: measure.atBaseline + " → " + measure.now; font.pixelSize: Theme.bodySize; font.bold: true; wrapMode: Text.Wrap }
                        Label { textFormat: Text.PlainText; Layout.fillWidth: measure.columns === 1; Layout.preferredWidth: measure.columns === 1 ? -1 : Theme.bodySize * 8; horizontalAlignment: measure.columns === 1 ? Text.AlignLeft : Text.AlignRight; text: measure.change; font.pixelSize: Theme.smallSize; opacity: 0.75; wrapMode: Text.Wrap }
                    }
                }
                Label {
                    objectName: "reviewStepsNote"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: root.review.stepsNote
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Range of motion (now · baseline · other side · typical)"); font.pixelSize: Theme.smallSize; opacity: 0.75 }
                Repeater {
                    model: root.review.rom
                    delegate: Label {
                        required property string label
                        required property string now
                        required property string atBaseline
                        required property string other
                        required property string norm
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: label + ": " + now + "° · " + atBaseline + "° · " + other + "° · " + norm
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.review.adherence
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
            SectionCard {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 100
                title: qsTr("Outcome measures")
                hint: qsTr("met / not yet met against published thresholds; population and source under each")
                Repeater {
                    model: root.review.verdicts
                    delegate: ColumnLayout {
                        id: verdict
                        required property string label
                        required property string outcome
                        required property string outcomeText
                        required property string numbers
                        required property string source
                        Layout.fillWidth: true
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: verdict.label; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                            Label {
                                textFormat: Text.PlainText
                                Layout.preferredWidth: 100
                                Layout.alignment: Qt.AlignTop
                                horizontalAlignment: Text.AlignRight
                                text: verdict.outcomeText
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                                color: verdict.outcome === "met" ? Theme.success : Theme.caution
                            }
                        }
                        Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: verdict.numbers; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                        Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: verdict.source; font.pixelSize: Theme.smallSize; color: Theme.foregroundMuted; wrapMode: Text.Wrap }
                    }
                }
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
