pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** What is wrong with the field above it, in plain words; hidden when nothing is. */
Label {
    textFormat: Text.PlainText
    Layout.fillWidth: true
    visible: text !== ""
    color: Theme.error
    font.pixelSize: Theme.bodySize
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
