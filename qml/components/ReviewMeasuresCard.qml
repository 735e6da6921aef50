pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** The review's figures: each measure's 7-day average at baseline and now, range of motion
 *  against the other side and the typical range, and how often the patient logged. */
SectionCard {
    id: card

    readonly property ReviewController review: App.review

    title: qsTr("Baseline → now (7-day averages)")
    Repeater {
        model: card.review.measures
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
        text: card.review.stepsNote
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Range of motion (now · baseline · other side · typical)"); font.pixelSize: Theme.smallSize; opacity: 0.75 }
    Repeater {
        model: card.review.rom
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
        text: card.review.adherence
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
}
