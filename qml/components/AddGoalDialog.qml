pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** A personal goal with a target window in weeks since the injection. */
Dialog {
    // A popup lives in the window's overlay, outside the shell: it takes the theme itself.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: String(Theme.accent)
    Material.primary: String(Theme.primary)
    id: root

    readonly property TreatmentController treatments: App.treatments
    property string errorText

    signal done(string message)

    title: qsTr("Add a goal")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 24, 460)
    standardButtons: Dialog.Cancel | Dialog.Save
    onAboutToShow: {
        errorText = ""
        text.text = ""
        fromWeek.text = "0"
        byWeek.text = "12"
    }
    onAccepted: {
        errorText = treatments.addGoal(text.text, fromWeek.text, byWeek.text)
        if (errorText !== "")
            open()
        else
            done(qsTr("Goal added"))
    }

    contentItem: ColumnLayout {
        spacing: 8
        FormTextField {
            id: text
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            placeholderText: qsTr("e.g. Walk 2 km without pain")
            Accessible.name: qsTr("Your goal")
        }
        RowLayout {
            Layout.fillWidth: true
            NumberField { id: fromWeek; Layout.fillWidth: true; label: qsTr("From week") }
            NumberField { id: byWeek; Layout.fillWidth: true; label: qsTr("By week") }
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
