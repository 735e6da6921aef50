pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** For a cohort patient whose file named no injection: where, which side and day 0, so that
 *  baseline, change and milestones can be counted. */
SectionCard {
    id: card

    readonly property ReviewController review: App.review
    /** Why the date was refused, shown under it ("" when none). */
    property string error
    signal saved()
    /** The date was refused: the page brings this field into view. */
    signal refused(Item field)

    objectName: "recordInjection"
    Layout.fillWidth: true
    visible: !card.review.injectionRecorded
    title: qsTr("Injection not recorded")
    hint: qsTr("This patient's file names no injection. Baseline, change and milestones count from day 0: enter it to see them.")
    LabeledComboBox { id: day0Site; Layout.fillWidth: true; label: qsTr("Where"); choices: card.review.sites }
    LabeledComboBox { id: day0Side; Layout.fillWidth: true; label: qsTr("Side"); choices: card.review.sides }
    Label { textFormat: Text.PlainText; text: qsTr("Injection date (day 0), year-month-day"); font.pixelSize: Theme.bodySize }
    FormTextField {
        id: day0
        objectName: "day0Date"
        Layout.fillWidth: true
        Layout.preferredHeight: 48
        placeholderText: qsTr("YYYY-MM-DD")
        inputMethodHints: Qt.ImhDate
        Accessible.name: qsTr("Injection date, year-month-day")
        onTextEdited: card.error = ""
    }
    Label {
        objectName: "day0Error"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.error !== ""
        text: card.error
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
            card.error = card.review.recordInjection(day0.text, day0Site.currentKey,
                                                     day0Side.currentKey)
            if (card.error === "")
                card.saved()
            else // the refusal at its field, in view on a phone
                card.refused(day0)
        }
    }
}
