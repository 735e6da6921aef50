pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * A labelled text field for a number; validation and ranges are checked by core on save. The label
 * stays above the field (a placeholder would go as soon as typing starts); errorText marks the
 * field and says what is wrong under it.
 */
ColumnLayout {
    id: root

    property string label
    property string hint
    property alias text: field.text
    property string errorText
    /** The core field name its errors come under, e.g. "steps". */
    property string errorKey
    property string accessibleName: label
    signal edited()

    spacing: 2
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        font.bold: root.errorText !== ""
        color: root.errorText !== "" ? Theme.error : Theme.foreground
        wrapMode: Text.Wrap
    }
    FormTextField {
        id: field
        objectName: "input"
        Layout.fillWidth: true
        Layout.preferredHeight: 48
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        placeholderText: root.hint
        Material.accent: String(root.errorText !== "" ? Theme.error : Theme.accent)
        Accessible.name: root.errorText !== "" ? qsTr("%1, needs checking: %2").arg(root.accessibleName).arg(root.errorText) : root.accessibleName
        onTextEdited: root.edited()
        Rectangle { // the mark that stays when the field is not focused
            visible: root.errorText !== ""
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 6
            height: 3
            color: Theme.error
        }
    }
    FieldError {
        text: root.errorText
    }
}
