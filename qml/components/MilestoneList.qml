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
            required property string title
            required property string status
            required property string statusText
            required property string windowText
            required property string detail
            required property bool goal
            required property var goalId // qint64
            Layout.fillWidth: true
            spacing: 10
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 4
                implicitWidth: 12
                implicitHeight: 12
                radius: 6
                color: row.status === "achieved" ? "#2e7d32" : row.status === "in-window" ? "#f9a825"
                     : row.status === "not-met" ? "#9e9e9e" : "#1565c0"
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: (row.goal ? qsTr("Goal: ") : "") + row.title
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(row.windowText).arg(row.statusText)
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: row.detail !== ""
                    text: row.detail
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
                visible: row.goal
                checked: row.status === "achieved"
                Accessible.name: qsTr("Reached: %1").arg(row.title)
                onToggled: root.goalToggled(row.goalId, checked)
            }
            Accessible.name: qsTr("%1, %2, %3").arg(row.title).arg(row.windowText).arg(row.statusText)
        }
    }
}
