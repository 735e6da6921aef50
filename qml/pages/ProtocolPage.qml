pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** The protocol in use: aftercare, what the evidence says (for patient and clinician), loading a clinic file. */
ScrollView {
    id: root

    readonly property ProtocolController protocol: App.protocol
    property string errorText
    property bool sourcesShown: false

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
                color: Theme.error
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
            // Studies, codes and evidence grades are the clinician's: folded for the patient.
            WrappingButton {
                objectName: "showSources"
                Layout.fillWidth: true
                flat: true
                text: root.sourcesShown ? qsTr("Hide the details for clinicians")
                                        : qsTr("Details and sources for clinicians")
                Accessible.name: text
                onClicked: root.sourcesShown = !root.sourcesShown
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.preferredHeight: root.sourcesShown ? implicitHeight : 0
                visible: root.sourcesShown
                text: root.protocol.evidenceClinician + "\n\n" + root.protocol.citations + "\n\n"
                      + root.protocol.aftercareSource
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
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
