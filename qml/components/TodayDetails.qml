pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * The optional part of the day's log, folded under "More" (ROM, more pain, activity, injection
 * site, medication and note). TodayPage builds it after its first frame; load() shows the
 * EntryController's draft, and every field writes its edits back to it.
 */
ColumnLayout {
    id: root

    readonly property EntryController entry: App.entry
    readonly property EntryDraft draft: entry.draft
    /** Set by the first load(): until then a field's change is its creation, not an edit, and
     *  must not overwrite the draft (a combo box starts at "Not given"). */
    property bool shown: false

    /** Shows the draft's values; each field writes its edits back to the draft. */
    function load() {
        painRest.value = draft.painRest
        painActivity.value = draft.painActivity
        painWorst.value = draft.painWorst
        for (let i = 0; i < romRepeater.count; ++i) {
            const field = romRepeater.itemAt(i) as RomField
            field.treated = draft.rom(field.movementKey, false)
            field.other = draft.rom(field.movementKey, true)
        }
        steps.text = draft.steps
        activeMinutes.text = draft.activeMinutes
        activityLevel.select(draft.activityLevel)
        walkingAid.select(draft.walkingAid)
        soreness.value = draft.soreness
        swelling.value = draft.swelling
        bruising.value = draft.bruising
        redness.value = draft.redness
        warmth.value = draft.warmth
        fever.checked = draft.fever
        painMedication.checked = draft.painMedication
        note.text = draft.note
        shown = true
    }

    spacing: 12

    SectionCard {
        visible: romRepeater.count > 0
        title: qsTr("Range of motion (optional)")
        hint: qsTr("Degrees, as measured by you or your physio. Typical adult ranges are shown; they fall with age.")
        Repeater {
            id: romRepeater
            model: root.entry.romMovements
            delegate: RomField {
                required property var modelData
                Layout.fillWidth: true
                objectName: "romField_" + modelData.key
                movementKey: modelData.key
                label: modelData.label
                normal: modelData.normal
                errors: root.draft.errors
                onTreatedChanged: if (root.shown) root.draft.setRom(movementKey, false, treated)
                onOtherChanged: if (root.shown) root.draft.setRom(movementKey, true, other)
            }
        }
    }

    SectionCard {
        title: qsTr("More about your pain (optional)")
        Label { textFormat: Text.PlainText; text: qsTr("At rest"); font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        PainScale { id: painRest; Layout.fillWidth: true; optional: true; accessibleLabel: qsTr("Pain at rest"); onValueChanged: if (root.shown) root.draft.painRest = value }
        Label { textFormat: Text.PlainText; text: qsTr("With activity (e.g. walking 10 minutes, stairs)"); font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        PainScale { id: painActivity; Layout.fillWidth: true; optional: true; accessibleLabel: qsTr("Pain with activity"); onValueChanged: if (root.shown) root.draft.painActivity = value }
        Label { textFormat: Text.PlainText; text: qsTr("Worst in the last 24 hours"); font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        PainScale { id: painWorst; Layout.fillWidth: true; optional: true; accessibleLabel: qsTr("Worst pain"); onValueChanged: if (root.shown) root.draft.painWorst = value }
    }

    SectionCard {
        title: qsTr("Activity (optional)")
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            NumberField {
                id: steps
                objectName: "stepsField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Steps")
                hint: qsTr("e.g. 4500")
                errorKey: "steps"
                errorText: root.draft.errors[errorKey] || ""
                onTextChanged: if (root.shown) root.draft.steps = text
            }
            NumberField {
                id: activeMinutes
                objectName: "activeMinutesField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Active minutes")
                hint: qsTr("e.g. 30")
                errorKey: "active-minutes"
                errorText: root.draft.errors[errorKey] || ""
                onTextChanged: if (root.shown) root.draft.activeMinutes = text
            }
        }
        LabeledComboBox { id: activityLevel; Layout.fillWidth: true; label: qsTr("Activity level"); allowNone: true; choices: root.entry.activityLevels; onCurrentKeyChanged: if (root.shown) root.draft.activityLevel = currentKey }
        LabeledComboBox { id: walkingAid; Layout.fillWidth: true; label: qsTr("Walking aid"); allowNone: true; choices: root.entry.walkingAids; onCurrentKeyChanged: if (root.shown) root.draft.walkingAid = currentKey }
    }

    SectionCard {
        title: qsTr("Injection site (optional)")
        GradeSelector { id: soreness; Layout.fillWidth: true; label: qsTr("Soreness"); onValueChanged: if (root.shown) root.draft.soreness = value }
        GradeSelector { id: swelling; Layout.fillWidth: true; label: qsTr("Swelling"); onValueChanged: if (root.shown) root.draft.swelling = value }
        GradeSelector { id: bruising; Layout.fillWidth: true; label: qsTr("Bruising"); onValueChanged: if (root.shown) root.draft.bruising = value }
        GradeSelector { id: redness; Layout.fillWidth: true; label: qsTr("Redness"); onValueChanged: if (root.shown) root.draft.redness = value }
        GradeSelector { id: warmth; Layout.fillWidth: true; label: qsTr("Warmth"); onValueChanged: if (root.shown) root.draft.warmth = value }
        WrappingSwitch { id: fever; Layout.fillWidth: true; text: qsTr("I had a fever or chills"); Accessible.name: text; onCheckedChanged: if (root.shown) root.draft.fever = checked }
    }

    SectionCard {
        title: qsTr("Medication and notes")
        WrappingSwitch { id: painMedication; Layout.fillWidth: true; text: qsTr("I took pain medication"); Accessible.name: text; onCheckedChanged: if (root.shown) root.draft.painMedication = checked }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Anything worth remembering about today")
            wrapMode: Text.Wrap
        }
        TextArea {
            id: note
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Note: anything worth remembering about today")
            onTextChanged: if (root.shown) root.draft.note = text
        }
        FieldError {
            readonly property string errorKey: "note"
            text: root.draft.errors[errorKey] || ""
        }
    }
}
