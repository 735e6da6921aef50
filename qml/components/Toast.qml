pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

/**
 * A short confirmation near the bottom of the window. It takes no taps: what is under it (the
 * Save button) still works while it shows, and a screen reader hears it as an alert.
 */
Rectangle {
    id: root

    function show(message) {
        text.text = message
        visible = true
        timer.restart()
    }

    parent: Overlay.overlay
    visible: false
    z: 900
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? parent.height - height - 24 : 0
    width: parent ? Math.min(parent.width - 32, 420) : 0
    height: text.implicitHeight + 28
    color: "#323232"
    radius: 6
    opacity: 0.95

    Label {
        id: text
        objectName: "toastText"
        textFormat: Text.PlainText
        x: 14
        y: 14
        width: parent.width - 28
        color: "white"
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
    Timer {
        id: timer
        // Long enough to read slowly (3.5 s was gone before some people, and a loaded test
        // machine, had read it); a longer message stays longer.
        interval: Math.max(6000, text.text.length * 90)
        onTriggered: root.visible = false
    }
}
