pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend
import "FieldSearch.js" as FieldSearch

/** First run (and each new injection): where, when, what, and the usual pain before it. */
ScrollView {
    id: root

    readonly property EpisodeController episodes: App.episodes
    readonly property var errors: episodes.fieldErrors
    readonly property string errorText: errors.save
                                        || (Object.keys(errors).length > 0 ? qsTr("One answer needs checking: it is marked in red.") : "")

    signal created()

    /** The form's values into the controller's draft, which core checks. */
    function fillDraft() {
        const draft = episodes.draft
        draft.site = site.currentKey
        draft.side = side.currentKey
        draft.condition = condition.currentKey
        draft.product = product.currentKey
        draft.injected = injected.isoDate
        draft.baselinePain = baselinePain.value
        draft.adjunctPrp = adjunctPrp.checked
        draft.adjunctPhysio = adjunctPhysio.checked
        draft.clinic = clinic.text
        draft.clinicPhone = clinicPhone.text
        draft.notes = notes.text
    }

    /** After an edit, the marks follow the values (only while a save was refused). */
    function edited() {
        fillDraft()
        episodes.recheck()
    }

    function save() {
        fillDraft()
        const field = episodes.create()
        if (field === "") {
            created()
            return
        }
        const target = FieldSearch.fieldItem(column, field)
        if (target)
            Qt.callLater(() => FieldSearch.scrollTo(root, column, target))
    }

    contentWidth: availableWidth

    // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.

    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        id: column
        width: Math.min(root.availableWidth - 24, 640)
        x: (root.availableWidth - width) / 2
        spacing: 12

        Item { Layout.preferredHeight: 4 }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Mend keeps a daily diary of your recovery and charts it from the day of your injection. Everything stays on this device.")
            wrapMode: Text.Wrap
        }
        SectionCard {
            title: qsTr("The injection")
            LabeledComboBox { id: site; Layout.fillWidth: true; label: qsTr("Where"); choices: root.episodes.sites }
            LabeledComboBox { id: side; Layout.fillWidth: true; label: qsTr("Side"); choices: root.episodes.sides }
            LabeledComboBox { id: condition; Layout.fillWidth: true; label: qsTr("What it treats"); choices: root.episodes.conditions }
            LabeledComboBox { id: product; Layout.fillWidth: true; label: qsTr("What was injected"); choices: root.episodes.products }
            DateField {
                id: injected
                objectName: "injectedField"
                Layout.fillWidth: true
                label: qsTr("Injection date (day 0)")
                isoDate: root.episodes.todayIso
                todayIso: root.episodes.todayIso
                minimumIso: root.episodes.earliestInjectionIso
                maximumIso: root.episodes.latestInjectionIso
                errorKey: "injected"
                errorText: root.errors[errorKey] || ""
                onEdited: root.edited()
            }
            WrappingCheckBox { id: adjunctPrp; Layout.fillWidth: true; text: qsTr("PRP was given as well"); Accessible.name: text }
            WrappingCheckBox { id: adjunctPhysio; Layout.fillWidth: true; text: qsTr("Physical therapy is part of my plan"); Accessible.name: text }
        }
        SectionCard {
            title: qsTr("Your usual pain before the injection")
            hint: qsTr("Average pain over a typical day, 0-10. Mend uses it as your baseline until you log days before the injection.")
            PainScale { id: baselinePain; objectName: "baselinePain"; Layout.fillWidth: true; accessibleLabel: qsTr("Usual pain before the injection"); onValueChanged: root.edited() }
            FieldError { readonly property string errorKey: "baseline-pain"; text: root.errors[errorKey] || "" }
        }
        SectionCard {
            title: qsTr("Optional")
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: qsTr("Your clinic"); wrapMode: Text.Wrap }
            FormTextField { id: clinic; Layout.fillWidth: true; Layout.preferredHeight: 48; Accessible.name: qsTr("Your clinic"); onTextEdited: root.edited() }
            FieldError { readonly property string errorKey: "clinic"; text: root.errors[errorKey] || "" }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Your clinic's phone number: the warning screen offers to call it.")
                wrapMode: Text.Wrap
            }
            FormTextField {
                id: clinicPhone
                objectName: "clinicPhoneField"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                text: root.episodes.clinicPhone
                inputMethodHints: Qt.ImhDialableCharactersOnly
                Accessible.name: qsTr("Clinic phone number")
                onTextEdited: root.edited()
            }
            FieldError { readonly property string errorKey: "clinic phone"; text: root.errors[errorKey] || "" }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: qsTr("Notes about the procedure"); wrapMode: Text.Wrap }
            TextArea { id: notes; placeholderTextColor: Theme.foregroundMuted; Layout.fillWidth: true; Layout.minimumHeight: 72; wrapMode: TextEdit.Wrap; Accessible.name: qsTr("Notes about the procedure"); onTextChanged: if (activeFocus) root.edited() }
            FieldError { readonly property string errorKey: "notes"; text: root.errors[errorKey] || "" }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.errorText !== ""
            objectName: "setupError"
            text: root.errorText
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            objectName: "startDiary"
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            highlighted: true
            // Material's own teal under white text is 3.7:1; the theme's is 4.5:1 or more.
            Material.background: String(Theme.primary)
            text: qsTr("Start my diary")
            Accessible.name: text
            onClicked: root.save()
        }
        DiaryFileCard {
            Layout.fillWidth: true
            visible: !root.episodes.hasEpisode
            offerSave: false
            title: qsTr("Moving from another phone?")
            hint: qsTr("Import the diary file you saved there (Settings → Your diary as a file): your injections, days, questionnaires and goals come back as they were.")
        }
        Item { Layout.preferredHeight: 16 }
    }
}
