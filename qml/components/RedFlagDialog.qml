pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Full-screen message when an entry trips a red-flag rule: contact the clinic now. */
Popup {
    // A popup lives in the window's overlay, outside the shell: it takes the theme itself.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: String(Theme.accent)
    Material.primary: String(Theme.primary)
    id: root

    /** The clinic's phone number as the patient wrote it ("" when not given), and whether this
     *  device can call it; else the number is shown to dial on a phone. */
    property string phone
    property bool canCall
    /** Why the last call could not be placed ("" when it was, or none was tried). */
    property string callProblem
    readonly property bool emergency: App.entry.redFlagEmergency

    signal acknowledged()

    /** Shows the red flags the last save raised (App.entry.redFlags). */
    function show(clinicPhone, deviceCanCall) {
        phone = clinicPhone
        canCall = deviceCanCall
        callProblem = ""
        open()
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    z: 950 // above the confirmation toast, below the lock screen
    closePolicy: Popup.NoAutoClose
    padding: 24
    background: Rectangle {
        color: root.emergency ? "#8e0000" : "#b71c1c"
    }

    // The words scroll when they do not fit (a small phone, large text); the button stays.
    contentItem: ColumnLayout {
        spacing: 16
        Flickable {
            id: words
            objectName: "redFlagWords"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the warning") }
            ColumnLayout {
                id: column
                width: words.width
                spacing: 16
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.emergency ? qsTr("Call emergency services now") : qsTr("Contact your clinic now")
                    color: "white"
                    font.pixelSize: Theme.headlineSize
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
                    font.pixelSize: Theme.largeSize
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: App.entry.redFlags
                    delegate: Label {
                        textFormat: Text.PlainText
                        required property string reason
                        Layout.fillWidth: true
                        text: "• " + reason
                        color: "white"
                        font.pixelSize: Theme.largeSize
                        wrapMode: Text.Wrap
                    }
                }
                Button {
                    objectName: "callClinic"
                    Layout.fillWidth: true
                    visible: root.phone !== "" && root.canCall
                    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
                    text: qsTr("Call your clinic: %1").arg(root.phone)
                    Accessible.name: text
                    onClicked: root.callProblem = App.episodes.callClinic()
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: parent.text
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                        color: "#8e0000"
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle { color: "white"; radius: 6 }
                }
                Label {
                    objectName: "clinicNumber"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: root.phone !== "" && !root.canCall
                    text: qsTr("Call your clinic: %1").arg(root.phone)
                    color: "white"
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "callProblem"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: root.callProblem !== ""
                    text: root.callProblem
                    color: "white"
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: root.phone === ""
                    text: qsTr("Your clinic's phone number is not in Mend yet; you can add it in Settings.")
                    color: "white"
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Mend does not diagnose. This alert is saved in your diary for your clinician.")
                    color: "white"
                    opacity: 0.85
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
        }
        Button {
            objectName: "redFlagUnderstood"
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
