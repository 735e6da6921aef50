import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

ApplicationWindow {
    id: root

    required property string message

    visible: true
    width: 390
    height: 844
    title: qsTr("Mend cannot open your diary")
    Material.primary: Material.Teal

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16
        Label {
            Layout.fillWidth: true
            text: qsTr("Mend cannot open your diary")
            font.pixelSize: 22
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Nothing was changed in the file. Start Mend with --db to open another file.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }
        Item {
            Layout.fillHeight: true
        }
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            text: qsTr("Close")
            Accessible.name: qsTr("Close Mend")
            onClicked: Qt.quit()
        }
    }
}
