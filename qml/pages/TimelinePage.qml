pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Weeks since the injection: pain, range of motion and activity, over a chosen range. */
ScrollView {
    id: root

    readonly property TimelineController timeline: App.timeline
    readonly property TreatmentController treatments: App.treatments

    signal message(string text)
    readonly property int chartHeight: Math.max(260, Math.min(360, availableWidth * 0.75))

    contentWidth: availableWidth

    // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.

    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        width: Math.min(root.availableWidth - 16, 1100)
        x: (root.availableWidth - width) / 2
        spacing: 8

        Item { Layout.preferredHeight: 4 }
        GridLayout {
            id: ranges
            Layout.fillWidth: true
            // Two rows of two when four do not fit the words (large text, narrow phone).
            columns: parent.width / 4 >= Theme.bodySize * 6 ? 4 : 2 // the column, not its own width (see GradeSelector)
            columnSpacing: 4
            rowSpacing: 0
            Repeater {
                model: root.timeline.ranges
                delegate: WrappingButton {
                    required property var modelData
                    // A zoom or pan replaces the chosen range until it is reset.
                    readonly property bool chosen: root.timeline.range === modelData.key
                                                   && !root.timeline.zoomed
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal columns, whatever the words
                    leftPadding: 4
                    rightPadding: 4
                    text: modelData.label
                    highlighted: chosen
                    Material.background: chosen ? String(Theme.primary) : undefined
                    flat: !chosen
                    Accessible.name: qsTr("Show %1").arg(modelData.label)
                    Accessible.checkable: true
                    Accessible.checked: chosen
                    onClicked: root.timeline.range = modelData.key
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            Switch {
                // A screen reader is told the state (Quick Controls 6.4 leave it out).
                Accessible.checkable: true
                Accessible.checked: checked
                height: 48
                text: qsTr("Months")
                checked: root.timeline.months
                Accessible.name: qsTr("Show months instead of weeks")
                onToggled: root.timeline.months = checked
            }
            Button {
                objectName: "resetZoom"
                visible: root.timeline.zoomed
                height: 48
                flat: true
                text: qsTr("Reset zoom")
                Accessible.name: qsTr("Reset the zoom to the chosen range")
                onClicked: root.timeline.resetView()
            }
            Switch {
                id: asTable
                // A screen reader is told the state (Quick Controls 6.4 leave it out).
                Accessible.checkable: true
                Accessible.checked: checked
                objectName: "tableSwitch"
                height: 48
                text: qsTr("Table")
                Accessible.name: qsTr("Show the charts as a table")
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 8
            text: root.timeline.painSummary
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: !root.timeline.hasEntries
            text: qsTr("Your charts appear here after your first entries.")
            wrapMode: Text.Wrap
        }
        TimelineTable {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            visible: asTable.checked
            rows: asTable.checked ? root.timeline.tableRows : []
            romLabel: root.timeline.romLabel
        }
        Flow {
            id: charts
            visible: !asTable.checked
            // Phones stack the charts; wide windows put them side by side.
            readonly property int columns: width >= 900 ? 2 : 1
            readonly property real cellWidth: (width - (columns - 1) * spacing) / columns
            // The series carry at most two points per pixel of the plot (thinned in core).
            Binding {
                target: root.timeline
                property: "plotWidth"
                value: Math.round(painChart.plotArea.width)
                when: painChart.plotArea.width > 0
            }
            Layout.fillWidth: true
            spacing: 8
            ColumnLayout {
                width: charts.cellWidth
                spacing: 2
                PainChart {
                    id: painChart
                    Layout.fillWidth: true
                    Layout.preferredHeight: root.chartHeight
                }
                ChartLegend {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    items: [
                        { label: root.timeline.averageLabel, color: "#00695c", shape: "line" },
                        { label: root.timeline.dailyLabel, color: "#80cbc4", shape: "dot" },
                        { label: qsTr("Baseline"), color: "#e65100", shape: "line" },
                        { label: qsTr("Expected band"), color: "#80cbc4", shape: "band" },
                        { label: qsTr("Injection / today"), color: "#9e9e9e", shape: "line" },
                        { label: qsTr("Other treatment"), color: "#5d4037", shape: "band" },
                        { label: qsTr("Alert"), color: Theme.error, shape: "dot" },
                        { label: qsTr("Milestone window"), color: "#2e7d32", shape: "line" }
                    ]
                }
            }
            ColumnLayout {
                width: charts.cellWidth
                visible: root.timeline.romMovements.length > 0
                spacing: 4
                ComboBox {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 52
                    visible: root.timeline.romMovements.length > 1
                    model: root.timeline.romMovements
                    textRole: "label"
                    valueRole: "key"
                    currentIndex: root.timeline.romMovements.findIndex(m => m.key === root.timeline.romMovement)
                    objectName: "romMovementChoice"
                    Accessible.name: qsTr("Movement shown in the range-of-motion chart")
                    onActivated: root.timeline.romMovement = currentValue
                }
                RomChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: root.chartHeight
                }
                ChartLegend {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    items: [
                        { label: qsTr("Treated side: %1").arg(root.timeline.averageLabel), color: "#00695c", shape: "line" },
                        { label: qsTr("Treated side: %1").arg(root.timeline.dailyLabel), color: "#80cbc4", shape: "dot" },
                        { label: qsTr("Other side"), color: "#5c6bc0", shape: "band" },
                        { label: qsTr("Typical maximum"), color: "#9e9e9e", shape: "line" }
                    ]
                }
            }
            ColumnLayout {
                width: charts.cellWidth
                spacing: 2
                ActivityChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: root.chartHeight
                }
                ChartLegend {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    items: [
                        { label: root.timeline.averageLabel, color: "#ef6c00", shape: "line" },
                        { label: root.timeline.dailyLabel, color: "#ffcc80", shape: "dot" }
                    ]
                }
            }
            CompareChart {
                // Only with a repeat or earlier episode to compare with.
                objectName: "compareChart"
                width: charts.cellWidth
                height: visible ? root.chartHeight : 0
                visible: root.timeline.episodeLabels.length > 1
            }
        }
        Label {
            objectName: "importedStepsNote"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 8
            visible: text !== ""
            text: root.timeline.importedStepsNote
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 8
            visible: root.timeline.hasEnvelope
            text: root.timeline.envelopeText
            font.pixelSize: Theme.smallSize
            opacity: 0.8
            wrapMode: Text.Wrap
        }
        MilestoneList {
            Layout.fillWidth: true
            milestones: root.timeline.milestones
            onGoalToggled: (goalId, done) => {
                const error = root.treatments.setGoalDone(goalId, done)
                if (error !== "")
                    root.message(error)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            WrappingButton {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.minimumHeight: 52
                objectName: "addTreatment"
                text: qsTr("Add treatment")
                Accessible.name: qsTr("Add another treatment or injection")
                onClicked: treatmentDialog.open()
            }
            WrappingButton {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.minimumHeight: 52
                objectName: "addGoal"
                text: qsTr("Add goal")
                Accessible.name: qsTr("Add a personal goal")
                onClicked: goalDialog.open()
            }
        }
        Item { Layout.preferredHeight: 16 }
    }

    AddTreatmentDialog {
        id: treatmentDialog
        parent: Overlay.overlay
        onDone: text => root.message(text)
    }
    AddGoalDialog {
        id: goalDialog
        parent: Overlay.overlay
        onDone: text => root.message(text)
    }
}
