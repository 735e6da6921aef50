pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** Milestones and goals below the chart: what clinics expect, its window, met / not yet met. */
SectionCard {
    id: root

    required property var milestones

    signal goalToggled(var goalId, bool done)

    title: qsTr("Milestones")
    hint: qsTr("What clinics expect and trials reported — not a promise. Many people recover on a different course.")

    Repeater {
        model: root.milestones
        delegate: RowLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: 10
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 4
                implicitWidth: 12
                implicitHeight: 12
                radius: 6
                color: row.modelData.status === "achieved" ? "#2e7d32" : row.modelData.status === "in-window" ? "#f9a825"
                     : row.modelData.status === "not-met" ? "#9e9e9e" : "#1565c0"
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: (row.modelData.goal ? qsTr("Goal: ") : "") + row.modelData.title
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(row.modelData.windowText).arg(row.modelData.statusText)
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: row.modelData.detail !== ""
                    text: row.modelData.detail
                    font.pixelSize: Theme.smallSize
                    opacity: 0.7
                    wrapMode: Text.Wrap
                }
            }
            CheckBox {
                implicitWidth: Math.max(48, implicitIndicatorWidth + leftPadding + rightPadding)
                // A screen reader is told the state (Quick Controls 6.4 leave it out).
                Accessible.checkable: true
                Accessible.checked: checked
                visible: row.modelData.goal
                checked: row.modelData.status === "achieved"
                Accessible.name: qsTr("Reached: %1").arg(row.modelData.title)
                onToggled: root.goalToggled(row.modelData.goalId, checked)
            }
            Accessible.name: qsTr("%1, %2, %3").arg(row.modelData.title).arg(row.modelData.windowText).arg(row.modelData.statusText)
        }
    }
}
