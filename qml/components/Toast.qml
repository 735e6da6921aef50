import QtQuick
import QtQuick.Controls

/** A short confirmation at the bottom of the window. */
Popup {
    id: root

    function show(message) {
        text.text = message
        open()
        timer.restart()
    }

    x: (parent.width - width) / 2
    y: parent.height - height - 24
    width: Math.min(parent.width - 32, 420)
    padding: 14
    closePolicy: Popup.CloseOnPressOutside
    background: Rectangle {
        color: "#323232"
        radius: 6
    }
    contentItem: Label {
        id: text
        color: "white"
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
    Timer {
        id: timer
        interval: 3500
        onTriggered: root.close()
    }
}
