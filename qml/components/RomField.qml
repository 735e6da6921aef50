pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** One range-of-motion movement: the treated side and, optionally, the other side. */
ColumnLayout {
    id: root

    required property string movementKey
    required property string label
    required property string normal
    property alias treated: treatedField.text
    property alias other: otherField.text
    /** The entry's field errors (core field name -> words). */
    property var errors: ({})
    signal edited()

    spacing: 2
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.normal
        font.pixelSize: Theme.smallSize
        opacity: 0.75
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 12
        NumberField {
            id: treatedField
            objectName: "romTreated"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            label: qsTr("Treated side, degrees")
            accessibleName: qsTr("%1, treated side, degrees").arg(root.label)
            errorKey: "rom " + root.movementKey
            errorText: root.errors[errorKey] || ""
            onEdited: root.edited()
        }
        NumberField {
            id: otherField
            objectName: "romOther"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            label: qsTr("Other side, degrees")
            accessibleName: qsTr("%1, other side, degrees").arg(root.label)
            errorKey: "rom " + root.movementKey + ", other side"
            errorText: root.errors[errorKey] || ""
            onEdited: root.edited()
        }
    }
}
