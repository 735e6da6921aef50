pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * The optional part of the day's log, folded under "More" (ROM, more pain, activity, injection
 * site, medication and note). TodayPage builds it after its first frame; load() and fill() move
 * its values to and from the form map the EntryController uses.
 */
ColumnLayout {
    id: root

    readonly property EntryController entry: App.entry
    signal edited()

    /** Whether the form holds anything this part shows (then it opens unfolded). */
    function hasValues(f) {
        if (f.painRest >= 0 || f.painActivity >= 0 || f.painWorst >= 0 || f.steps !== ""
                || f.activeMinutes !== "" || f.activityLevel !== "" || f.walkingAid !== ""
                || f.soreness >= 0 || f.swelling >= 0 || f.bruising >= 0 || f.redness >= 0
                || f.warmth >= 0 || f.fever || f.painMedication || f.note !== "")
            return true
        return Object.keys(f.rom).some(k => f.rom[k] !== "") || Object.keys(f.romOther).some(k => f.romOther[k] !== "")
    }

    function load(f) {
        painRest.value = f.painRest
        painActivity.value = f.painActivity
        painWorst.value = f.painWorst
        for (let i = 0; i < romRepeater.count; ++i) {
            const field = romRepeater.itemAt(i)
            field.treated = f.rom[field.movementKey] || ""
            field.other = f.romOther[field.movementKey] || ""
        }
        steps.text = f.steps
        activeMinutes.text = f.activeMinutes
        activityLevel.select(f.activityLevel)
        walkingAid.select(f.walkingAid)
        soreness.value = f.soreness
        swelling.value = f.swelling
        bruising.value = f.bruising
        redness.value = f.redness
        warmth.value = f.warmth
        fever.checked = f.fever
        painMedication.checked = f.painMedication
        note.text = f.note
    }

    function fill(form) {
        const rom = {}
        const romOther = {}
        for (let i = 0; i < romRepeater.count; ++i) {
            const field = romRepeater.itemAt(i)
            rom[field.movementKey] = field.treated
            romOther[field.movementKey] = field.other
        }
        Object.assign(form, {
            painRest: painRest.value, painActivity: painActivity.value, painWorst: painWorst.value,
            rom: rom, romOther: romOther, steps: steps.text, activeMinutes: activeMinutes.text,
            activityLevel: activityLevel.currentKey, walkingAid: walkingAid.currentKey,
            soreness: soreness.value, swelling: swelling.value, bruising: bruising.value,
            redness: redness.value, warmth: warmth.value, fever: fever.checked,
            painMedication: painMedication.checked, note: note.text
        })
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
                errors: root.entry.fieldErrors
                onEdited: root.edited()
            }
        }
    }

    SectionCard {
        title: qsTr("More about your pain (optional)")
        Label { textFormat: Text.PlainText; text: qsTr("At rest"); font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        PainScale { id: painRest; Layout.fillWidth: true; optional: true; accessibleLabel: qsTr("Pain at rest") }
        Label { textFormat: Text.PlainText; text: qsTr("With activity (e.g. walking 10 minutes, stairs)"); font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        PainScale { id: painActivity; Layout.fillWidth: true; optional: true; accessibleLabel: qsTr("Pain with activity") }
        Label { textFormat: Text.PlainText; text: qsTr("Worst in the last 24 hours"); font.pixelSize: Theme.bodySize; wrapMode: Text.Wrap; Layout.fillWidth: true }
        PainScale { id: painWorst; Layout.fillWidth: true; optional: true; accessibleLabel: qsTr("Worst pain") }
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
                errorText: root.entry.fieldErrors[errorKey] || ""
                onEdited: root.edited()
            }
            NumberField {
                id: activeMinutes
                objectName: "activeMinutesField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Active minutes")
                hint: qsTr("e.g. 30")
                errorKey: "active-minutes"
                errorText: root.entry.fieldErrors[errorKey] || ""
                onEdited: root.edited()
            }
        }
        LabeledComboBox { id: activityLevel; Layout.fillWidth: true; label: qsTr("Activity level"); allowNone: true; choices: root.entry.activityLevels }
        LabeledComboBox { id: walkingAid; Layout.fillWidth: true; label: qsTr("Walking aid"); allowNone: true; choices: root.entry.walkingAids }
    }

    SectionCard {
        title: qsTr("Injection site (optional)")
        GradeSelector { id: soreness; Layout.fillWidth: true; label: qsTr("Soreness") }
        GradeSelector { id: swelling; Layout.fillWidth: true; label: qsTr("Swelling") }
        GradeSelector { id: bruising; Layout.fillWidth: true; label: qsTr("Bruising") }
        GradeSelector { id: redness; Layout.fillWidth: true; label: qsTr("Redness") }
        GradeSelector { id: warmth; Layout.fillWidth: true; label: qsTr("Warmth") }
        WrappingSwitch { id: fever; Layout.fillWidth: true; text: qsTr("I had a fever or chills"); Accessible.name: text }
    }

    SectionCard {
        title: qsTr("Medication and notes")
        WrappingSwitch { id: painMedication; Layout.fillWidth: true; text: qsTr("I took pain medication"); Accessible.name: text }
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
            onTextChanged: if (activeFocus) root.edited()
        }
        FieldError {
            readonly property string errorKey: "note"
            text: root.entry.fieldErrors[errorKey] || ""
        }
    }
}
