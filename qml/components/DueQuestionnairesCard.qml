pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Questionnaires due or overdue now, each with a button to start or resume it. */
SectionCard {
    id: root

    readonly property OutcomesController outcomes: App.outcomes
    signal startRequested(string instrumentId, string timePointId)

    visible: repeater.count > 0
    title: qsTr("Questionnaires to answer")
    hint: root.outcomes.hasBaselineAnswers
          ? qsTr("A few minutes each. Your clinic compares them with your answers before the injection.")
          : qsTr("A few minutes each. Your answers stay in this diary for your clinic to see with you.")

    Repeater {
        id: repeater
        model: root.outcomes.due
        delegate: RowLayout {
            id: row
            required property string instrumentId
            required property string timePointId
            required property string title
            required property string detail
            required property bool inProgress
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: row.title
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: row.detail
                    font.pixelSize: Theme.smallSize
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
            }
            Button {
                implicitHeight: 48
                highlighted: true
                // Material's own teal under white text is 3.7:1; the theme's is 4.5:1 or more.
                Material.background: String(Theme.primary)
                text: row.inProgress ? qsTr("Resume") : qsTr("Start")
                Accessible.name: text + " " + row.title
                onClicked: root.startRequested(row.instrumentId, row.timePointId)
            }
        }
    }
}
