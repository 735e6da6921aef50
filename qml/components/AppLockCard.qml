pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Settings: turn the PIN lock on, change it or turn it off. */
SectionCard {
    id: root

    readonly property LockController lock: App.lock
    property string errorText

    signal message(string text)

    title: qsTr("App lock")
    hint: root.lock.enabled
          ? qsTr("On: Mend asks for your PIN when it starts and after %n minute(s) without use.", "", root.lock.idleMinutes)
          : qsTr("Off. A PIN of 4 to 8 digits keeps your diary from people who pick up your phone.")

    Label { // a label that stays while typing (a placeholder goes, and is cut off at large text)
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.lock.enabled
        text: current.accessibleLabel
        wrapMode: Text.Wrap
    }
    FormTextField {
        id: current
        Layout.fillWidth: true
        readonly property string accessibleLabel: qsTr("Current PIN")
        visible: root.lock.enabled
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: accessibleLabel
    }
    Label { // a label that stays while typing (a placeholder goes, and is cut off at large text)
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: pin.accessibleLabel
        wrapMode: Text.Wrap
    }
    FormTextField {
        id: pin
        Layout.fillWidth: true
        readonly property string accessibleLabel: root.lock.enabled ? qsTr("New PIN") : qsTr("PIN (4 to 8 digits)")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: accessibleLabel
    }
    Label { // a label that stays while typing (a placeholder goes, and is cut off at large text)
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: repeat.accessibleLabel
        wrapMode: Text.Wrap
    }
    FormTextField {
        id: repeat
        Layout.fillWidth: true
        readonly property string accessibleLabel: qsTr("The same PIN again")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: accessibleLabel
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            implicitHeight: 48
            text: root.lock.enabled ? qsTr("Change PIN") : qsTr("Turn on")
            onClicked: {
                root.errorText = root.lock.setPin(current.text, pin.text, repeat.text)
                if (root.errorText === "") {
                    root.message(qsTr("PIN saved"))
                    current.clear(); pin.clear(); repeat.clear()
                }
            }
        }
        Button {
            implicitHeight: 48
            visible: root.lock.enabled
            flat: true
            text: qsTr("Turn off")
            onClicked: {
                root.errorText = root.lock.removePin(current.text)
                if (root.errorText === "") {
                    root.message(qsTr("App lock off"))
                    current.clear()
                }
            }
        }
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
