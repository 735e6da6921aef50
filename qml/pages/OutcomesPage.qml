pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Questionnaire results: a chart per instrument, the verdicts (met / not yet met), a table. */
ScrollView {
    id: root

    readonly property OutcomesController outcomes: App.outcomes
    property bool showNumbers: false
    property bool showTable: false

    signal startRequested(string instrumentId, string timePointId)

    contentWidth: availableWidth

    // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.

    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        width: Math.min(root.availableWidth - 24, 900)
        x: (root.availableWidth - width) / 2
        spacing: 12

        Item { Layout.preferredHeight: 4 }
        DueQuestionnairesCard {
            onStartRequested: (instrumentId, timePointId) => root.startRequested(instrumentId, timePointId)
        }
        Flow { // the two switches go one under the other when large text needs it
            Layout.fillWidth: true
            Switch {
                id: numbersSwitch
                // A screen reader is told the state (Quick Controls 6.4 leave it out).
                Accessible.checkable: true
                Accessible.checked: checked
                text: qsTr("Clinician detail")
                checked: root.showNumbers
                Accessible.name: qsTr("Show the numbers, thresholds and sources")
                onToggled: root.showNumbers = checked
            }
            Switch {
                // A screen reader is told the state (Quick Controls 6.4 leave it out).
                Accessible.checkable: true
                Accessible.checked: checked
                text: qsTr("Table")
                checked: root.showTable
                Accessible.name: qsTr("Show the results as a table")
                onToggled: root.showTable = checked
            }
        }
        GridLayout {
            Layout.fillWidth: true
            visible: !root.showTable
            columns: root.width >= 720 ? 2 : 1
            columnSpacing: 12
            rowSpacing: 12
            Repeater {
                model: root.outcomes.instruments
                delegate: PromChart {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100 // equal columns
                    Layout.alignment: Qt.AlignTop
                    showNumbers: root.showNumbers
                }
            }
        }
        SectionCard {
            visible: root.showTable
            title: qsTr("All answers")
            Repeater {
                model: root.outcomes.rows
                delegate: RowLayout {
                    id: tableRow
                    required property string date
                    required property string timePoint
                    required property string instrument
                    required property string score
                    Layout.fillWidth: true
                    Label { textFormat: Text.PlainText; text: tableRow.date; Layout.preferredWidth: 92; font.pixelSize: Theme.smallSize }
                    Label { textFormat: Text.PlainText; text: tableRow.timePoint; Layout.preferredWidth: 80; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                    Label { textFormat: Text.PlainText; text: tableRow.instrument; Layout.fillWidth: true; Layout.preferredWidth: 80; font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap }
                    Label { textFormat: Text.PlainText; text: tableRow.score; Layout.preferredWidth: Math.min(implicitWidth, tableRow.width / 3); font.pixelSize: Theme.smallSize; font.bold: true; wrapMode: Text.Wrap }
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: root.outcomes.rows.count === 0
                text: qsTr("No questionnaire answered yet.")
                opacity: 0.7
            }
        }
        SectionCard {
            title: qsTr("Compared with before the injection")
            hint: qsTr("Thresholds come from published studies, mostly in other treatments; 'not yet met' is not a failure, and 'met' is not a promise of lasting benefit.")
            Repeater {
                model: root.outcomes.verdicts
                delegate: ColumnLayout {
                    id: verdict
                    required property string timePoint
                    required property string label
                    required property string verdictState
                    required property string stateText
                    required property string plain
                    required property bool forPatient
                    required property string numbers
                    required property string source
                    required property string population
                    // The patient sees one row per kind of threshold; the clinician every one.
                    visible: root.showNumbers || forPatient
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: root.showNumbers ? verdict.timePoint + " · " + verdict.label : verdict.plain
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: verdict.stateText
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                            color: verdict.verdictState === "met" ? Theme.success : verdict.verdictState === "not yet met" ? Theme.caution : Theme.foregroundMuted
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: root.showNumbers
                        text: verdict.numbers + "\n" + verdict.population + " — " + verdict.source
                        font.pixelSize: Theme.smallSize
                        opacity: 0.75
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: root.outcomes.verdicts.count === 0
                Layout.fillWidth: true
                text: qsTr("Verdicts appear from the 6-week time point on.")
                opacity: 0.7
                wrapMode: Text.Wrap
            }
        }
        SectionCard {
            visible: otherRepeater.count > 0
            title: qsTr("Other questionnaires")
            hint: qsTr("If your clinic asks for them.")
            Repeater {
                id: otherRepeater
                model: root.outcomes.extraInstruments
                delegate: WrappingButton {
                    id: extra
                    required property string instrumentId
                    required property string name
                    Layout.fillWidth: true
                    flat: true
                    text: extra.name
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Answer %1").arg(extra.name)
                    onClicked: root.startRequested(extra.instrumentId, "")
                }
            }
        }
        Item { Layout.preferredHeight: 12 }
    }
}
