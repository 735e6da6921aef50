pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** The clinician's verdicts: met / not yet met against each published threshold, with the
 *  numbers, the population and the source under each. */
SectionCard {
    id: card

    readonly property ReviewController review: App.review

    title: qsTr("Outcome measures")
    hint: qsTr("met / not yet met against published thresholds; population and source under each")
    Repeater {
        model: card.review.verdicts
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
