pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** The daily log: pain first (one tap), then the optional details, then save. */
ScrollView {
    id: root

    required property EntryController entry
    required property ReminderController reminders
    required property OutcomesController outcomes
    property string errorText
    readonly property bool detailsReady: details.status === Loader.Ready

    signal questionnaireRequested(string instrumentId, string timePointId)
    signal savedMessage(string message)
    signal redFlags(var flags)

    /** Puts the stored values (or an empty form) into the fields. */
    function reset() {
        const f = entry.form
        painAverage.value = f.painAverage
        if (details.item)
            details.item.load(f)
        errorText = ""
    }

    function collect() {
        const form = { painAverage: painAverage.value }
        details.item.fill(form)
        return form
    }

    function save() {
        errorText = entry.save(collect())
    }

    contentWidth: availableWidth

    // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.

    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
    Component.onCompleted: reset()

    Connections {
        target: root.entry
        function onFormChanged() { root.reset() }
        function onSaved(message) { root.savedMessage(message) }
        function onRedFlagsRaised(flags) { root.redFlags(flags) }
    }

    ColumnLayout {
        width: Math.min(root.availableWidth - 24, 640)
        x: (root.availableWidth - width) / 2
        spacing: 12

        Item { Layout.preferredHeight: 4 }
        ReminderBanner {
            Layout.fillWidth: true
            reminders: root.reminders
        }
        DueQuestionnairesCard {
            outcomes: root.outcomes
            onStartRequested: (instrumentId, timePointId) => root.questionnaireRequested(instrumentId, timePointId)
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.entry.dateLabel
                font.pixelSize: 16
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                visible: root.entry.exists
                text: qsTr("Editing saved entry")
                font.pixelSize: 12
                color: Material.accentColor
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
            }
        }

        // The optional sections are built after the first frame, so the day's top (pain) shows
        // at once; Save waits for them, so nothing stored is ever overwritten with blanks.
        Loader {
            id: details
            Layout.fillWidth: true
            asynchronous: true
            Component.onCompleted: setSource("TodayDetails.qml", {entry: root.entry})
            onLoaded: item.load(root.entry.form)
        }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.errorText !== ""
            text: root.errorText
            color: "#b00020"
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            id: saveButton
            objectName: "saveButton"
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            highlighted: true
            enabled: root.detailsReady
            visible: root.detailsReady // not under the pain card for the frames before them
            text: root.entry.exists ? qsTr("Update entry") : qsTr("Save entry")
            Accessible.name: text
            onClicked: root.save()
        }
        Item { Layout.preferredHeight: 16 }
    }
}
