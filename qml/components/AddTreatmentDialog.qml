pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Logs another treatment that changes the curve, or a further injection of the series. */
Dialog {
    // A popup lives in the window's overlay, outside the shell: it takes the theme itself.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: String(Theme.accent)
    Material.primary: String(Theme.primary)
    id: root

    readonly property TreatmentController treatments: App.treatments
    property string errorText

    signal done(string message)

    title: qsTr("Add a treatment")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 24, 460)
    standardButtons: Dialog.Cancel | Dialog.Save
    onAboutToShow: {
        errorText = ""
        date.isoDate = treatments.todayIso
        note.text = ""
    }
    onAccepted: {
        errorText = treatments.addTreatment(kind.currentValue, date.isoDate, note.text)
        if (errorText !== "")
            open()
        else
            done(qsTr("Treatment saved"))
    }

    contentItem: ColumnLayout {
        objectName: "treatmentForm" // the Dialog is not an item: its content is what can be found
        spacing: 8
        ComboBox {
            id: kind
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            model: root.treatments.eventKinds
            textRole: "label"
            valueRole: "key"
            Accessible.name: qsTr("Kind of treatment")
        }
        DateField {
            id: date
            Layout.fillWidth: true
            label: qsTr("Date of the treatment")
            todayIso: root.treatments.todayIso
        }
        Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: qsTr("What it was, e.g. medication and dose"); wrapMode: Text.Wrap }
        FormTextField {
            id: note
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            Accessible.name: qsTr("What it was, e.g. medication and dose")
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.errorText !== ""
            text: root.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
