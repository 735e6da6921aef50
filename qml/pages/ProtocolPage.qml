import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** The protocol in use: aftercare, what the evidence says (for patient and clinician), loading a clinic file. */
ScrollView {
    id: root

    required property ProtocolController protocol
    property string errorText

    signal message(string text)

    contentWidth: availableWidth

    // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.

    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        width: Math.min(root.availableWidth - 24, 720)
        x: (root.availableWidth - width) / 2
        spacing: 12

        Item { Layout.preferredHeight: 4 }
        SectionCard {
            title: qsTr("Protocol in use")
            hint: root.protocol.name
            WrappingButton {
                Layout.fillWidth: true
                text: qsTr("Load my clinic's protocol file…")
                Accessible.name: text
                onClicked: fileDialog.open()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.errorText !== ""
                text: root.errorText
                color: "#b00020"
                wrapMode: Text.Wrap
            }
        }
        SectionCard {
            title: qsTr("Aftercare")
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.protocol.aftercare
                wrapMode: Text.Wrap
            }
        }
        SectionCard {
            title: qsTr("What the evidence says")
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.protocol.evidencePatient
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("For clinicians")
                font.bold: true
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.protocol.evidenceClinician
                wrapMode: Text.Wrap
                font.pixelSize: 13
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.protocol.citations
                wrapMode: Text.Wrap
                font.pixelSize: 12
                opacity: 0.75
            }
        }
        Item { Layout.preferredHeight: 16 }
    }

    FileChooser {
        id: fileDialog
        title: qsTr("Choose a protocol file")
        nameFilters: [qsTr("Mend protocol (*.json)")]
        onUnavailable: reason => root.errorText = reason
        onAccepted: selectedFile => {
            root.errorText = root.protocol.load(selectedFile)
            if (root.errorText === "")
                root.message(qsTr("Protocol loaded"))
        }
    }
}
