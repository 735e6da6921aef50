pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Covers the whole window while the app is locked: a PIN pad with 64 px keys. */
Rectangle {
    id: root

    readonly property LockController lock: App.lock
    property string pin

    color: Material.color(Material.Teal, Material.Shade800)

    function press(key) {
        if (key === "⌫")
            pin = pin.slice(0, -1)
        else if (key === "OK")
            submit()
        else if (pin.length < 8)
            pin += key
    }

    function submit() {
        root.lock.unlock(pin)
        pin = ""
    }

    // Nothing behind the lock takes a touch.
    MouseArea {
        anchors.fill: parent
        onWheel: wheel => wheel.accepted = true
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 320)
        spacing: 16

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Mend is locked")
            color: "white"
            font.pixelSize: Theme.headlineSize
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.pin.length > 0 ? "● ".repeat(root.pin.length).trim() : qsTr("Enter your PIN")
            color: "white"
            font.pixelSize: Theme.titleSize
            Accessible.name: qsTr("%n digit(s) entered", "", root.pin.length)
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            text: root.lock.waitSeconds > 0
                  ? qsTr("Too many wrong PINs: try again in %n second(s).", "", root.lock.waitSeconds)
                  : root.lock.message
            color: "#FFE082"
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: 12
            columnSpacing: 16
            enabled: root.lock.waitSeconds === 0
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                RoundButton {
                    required property string modelData
                    implicitWidth: 72
                    implicitHeight: 72
                    text: modelData
                    font.pixelSize: Theme.titleSize
                    Material.background: String(Theme.surface)
                    Accessible.name: modelData === "⌫" ? qsTr("Delete a digit")
                                   : modelData === "OK" ? qsTr("Unlock") : modelData
                    onClicked: root.press(modelData)
                }
            }
        }
    }

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9)
            root.press(event.text)
        else if (event.key === Qt.Key_Backspace)
            root.press("⌫")
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            root.press("OK")
        event.accepted = true
    }
    onVisibleChanged: if (visible) forceActiveFocus()
    Component.onCompleted: if (visible) forceActiveFocus()
}
