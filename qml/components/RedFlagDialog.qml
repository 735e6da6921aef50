pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** Full-screen message when an entry trips a red-flag rule: contact the clinic now. */
Popup {
    id: root

    property var flags: []
    readonly property bool emergency: flags.some(f => f.emergency)

    signal acknowledged()

    function show(newFlags) {
        flags = newFlags
        open()
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: 24
    background: Rectangle {
        color: root.emergency ? "#8e0000" : "#b71c1c"
    }

    contentItem: ColumnLayout {
        spacing: 16
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.emergency ? qsTr("Call emergency services now") : qsTr("Contact your clinic now")
            color: "white"
            font.pixelSize: 28
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.emergency
                  ? qsTr("What you logged can be a sign of a serious problem that needs help straight away.")
                  : qsTr("What you logged is not a normal part of recovery after an injection. Call your clinic today. If it is severe or getting worse fast, call emergency services.")
            color: "white"
            font.pixelSize: 17
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.flags
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                text: "• " + modelData.reason
                color: "white"
                font.pixelSize: 16
                wrapMode: Text.Wrap
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Mend does not diagnose. This alert is saved in your diary for your clinician.")
            color: "white"
            opacity: 0.85
            font.pixelSize: 13
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            text: qsTr("I understand")
            Accessible.name: qsTr("I understand, close the warning")
            onClicked: {
                root.acknowledged()
                root.close()
            }
        }
    }
}
