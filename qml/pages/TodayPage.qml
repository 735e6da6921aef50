pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend
import "FieldSearch.js" as FieldSearch

/**
 * The daily log: pain first (one tap), the warning signs, the rest folded under "More", and Save
 * always in view at the bottom. A refused save marks its field, says why there in plain words and
 * scrolls to it; the mark goes as soon as the value is fixed.
 */
Item {
    id: root

    readonly property EntryController entry: App.entry
    readonly property ReminderController reminders: App.reminders
    readonly property OutcomesController outcomes: App.outcomes
    readonly property EntryDraft draft: entry.draft
    /** The warning signs and the details are built (after the first frame). */
    readonly property bool detailsReady: details.status === Loader.Ready && safety.status === Loader.Ready
    readonly property var errorKeys: Object.keys(draft.errors)
    /** What the bar above Save says: a storage failure in full, a field's error as a pointer to it. */
    readonly property string errorText: draft.errors.save
                                        || (errorKeys.length > 1 ? qsTr("%n answers need checking: they are marked in red.", "", errorKeys.length)
                                            : errorKeys.length === 1 ? qsTr("One answer needs checking: it is marked in red.") : "")
    property bool moreShown: false
    property string shownDate

    signal questionnaireRequested(string instrumentId, string timePointId)
    signal savedMessage(string message)
    signal redFlags()

    /** Shows the draft's values (the stored day, or an empty form) in the fields. The fields
     *  write each edit back to the draft, so Save never waits for the folded part to be built. */
    function reset() {
        if (entry.dateIso !== shownDate) { // another day: start at its top, the pain
            shownDate = entry.dateIso
            scroll.contentItem.contentY = 0
        }
        painAverage.value = draft.painAverage
        if (safety.item)
            safety.item.load()
        if (details.item)
            details.item.load()
        moreShown = draft.hasDetails
    }

    function save() {
        if (!entry.save())
            showField(errorKeys)
    }

    /** Unfolds "More" if a field marked is there and scrolls the topmost one into view. */
    function showField(keys) {
        const target = FieldSearch.topmostField(column, keys)
        if (!target)
            return
        if (!target.visible)
            moreShown = true
        Qt.callLater(() => FieldSearch.scrollTo(scroll, column, target))
    }

    Component.onCompleted: reset()

    Connections {
        target: root.draft
        function onLoaded() { root.reset() }
    }
    Connections {
        target: root.entry
        function onSaved(message) { root.savedMessage(message) }
        function onRedFlagsRaised() { root.redFlags() }
    }

    ScrollView {
        id: scroll
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: saveBar.top
        contentWidth: availableWidth
        clip: true
        // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            id: column
            width: Math.min(scroll.availableWidth - 24, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: 12

            Item { Layout.preferredHeight: 4 }
            ReminderBanner {
                Layout.fillWidth: true
            }
            DueQuestionnairesCard {
                onStartRequested: (instrumentId, timePointId) => root.questionnaireRequested(instrumentId, timePointId)
            }
            Flow { // the day, then what is being done, on as many lines as large text needs
                id: dayRow
                Layout.fillWidth: true
                spacing: 8
                Label {
                    textFormat: Text.PlainText
                    width: Math.min(implicitWidth, dayRow.width)
                    text: root.entry.dateLabel
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    width: Math.min(implicitWidth, dayRow.width)
                    height: Math.max(implicitHeight, 32)
                    verticalAlignment: Text.AlignVCenter
                    visible: root.entry.exists
                    text: qsTr("Editing saved entry")
                    font.pixelSize: Theme.smallSize
                    color: Material.accentColor
                    wrapMode: Text.Wrap
                }
                Button {
                    visible: !root.entry.isToday
                    flat: true
                    text: qsTr("Back to today")
                    Accessible.name: qsTr("Back to today's entry")
                    onClicked: root.entry.selectDate("")
                }
            }

            SectionCard {
                title: qsTr("Average pain over the last 24 hours")
                hint: qsTr("Your main figure. Tap a number.")
                PainScale {
                    id: painAverage
                    objectName: "painAverage"
                    Layout.fillWidth: true
                    accessibleLabel: qsTr("Average pain")
                    onValueChanged: root.draft.painAverage = value
                }
                FieldError {
                    readonly property string errorKey: "pain"
                    text: root.draft.errors[errorKey] || ""
                }
            }

            // The warning signs and the details are built after the first frame, so the day's top
            // (pain) shows at once. They show the draft when built; Save reads the draft, so it
            // never waits for them and never stores blanks for a part not built yet.
            SizedLoader {
                id: safety
                Layout.fillWidth: true
                pending: "SafetySignsCard.qml"
                onLoaded: item.load()
            }

            WrappingButton {
                objectName: "moreDetails"
                Layout.fillWidth: true
                flat: true
                text: root.moreShown ? qsTr("Fewer details") : qsTr("More: movement, other pain, activity, injection site, notes")
                Accessible.name: root.moreShown ? qsTr("Hide the other details") : qsTr("Show the other details: pain at rest and with activity, range of motion, activity, injection site, medication and notes")
                onClicked: root.moreShown = !root.moreShown
            }

            // Folded by height, not by visibility: a ColumnLayout in Qt 6.4 can leave an item
            // whose visibility flips at y 0, drawn over the cards above it.
            Item {
                Layout.fillWidth: true
                implicitHeight: root.moreShown ? details.implicitHeight : 0
                SizedLoader {
                    id: details
                    width: parent.width
                    visible: root.moreShown
                    pending: "TodayDetails.qml"
                    onLoaded: item.load()
                }
            }
            Item { Layout.preferredHeight: 12 }
        }
    }

    // Always in view: a day is saved without scrolling to the end of the form.
    Pane {
        id: saveBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        padding: 8
        Material.elevation: 4
        Material.background: String(Theme.surface)

        ColumnLayout {
            width: Math.min(parent.width, 640)
            x: (parent.width - width) / 2
            spacing: 4
            Label {
                objectName: "saveError"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.errorText !== ""
                text: root.errorText
                color: Theme.error
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                TapHandler { onTapped: root.showField(root.errorKeys) }
            }
            Button {
                id: saveButton
                objectName: "saveButton"
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                highlighted: true
                // Material's own teal under white text is 3.7:1; the theme's is 4.5:1 or more.
                Material.background: String(Theme.primary)
                // Drawn here: Material's is a shader effect that the software renderer (offscreen
                // screenshots, some phones' fallback) skips, leaving white words on white.
                background: Rectangle {
                    implicitHeight: 48
                    radius: 4
                    color: saveButton.pressed ? Qt.darker(Theme.primary, 1.2) : Theme.primary
                    border.color: saveButton.visualFocus ? Theme.foreground : "transparent"
                    border.width: 2
                }
                text: root.entry.exists ? qsTr("Update entry") : qsTr("Save entry")
                Accessible.name: text
                onClicked: root.save()
            }
        }
    }
}
