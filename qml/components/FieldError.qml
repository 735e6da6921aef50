import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** What is wrong with the field above it, in plain words; hidden when nothing is. */
Label {
    textFormat: Text.PlainText
    Layout.fillWidth: true
    visible: text !== ""
    color: "#b00020"
    font.pixelSize: 14
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
