pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * Settings: steps and active minutes from a phone's or a watch's export. The file is read with
 * its progress and a Cancel, then shown before anything is stored; "Import these days" stores it,
 * "Cancel" stores nothing.
 */
SectionCard {
    id: root

    property string errorText

    signal message(string text)

    title: qsTr("Steps from your phone or watch")
    hint: qsTr("Export your history from Apple Health, Health Connect, Google Fit, Samsung Health or Fitbit, then choose the file here. Mend reads it on this device and sends nothing anywhere. Your pain and what you typed are never changed.")

    WrappingButton {
        objectName: "importActivityFile"
        Layout.fillWidth: true
        visible: ActivityImport.stage === ActivityImport.Idle
        text: qsTr("Import activity…")
        onClicked: {
            root.errorText = ""
            chooser.open()
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: ActivityImport.stage === ActivityImport.Reading
                 || ActivityImport.stage === ActivityImport.Storing
        spacing: 8
        Label {
            objectName: "activityProgressLabel"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: ActivityImport.stage === ActivityImport.Storing
                  ? qsTr("Saving the days…")
                  : qsTr("Reading the file: %1 %").arg(Math.round(ActivityImport.progress * 100))
        }
        ProgressBar {
            objectName: "activityProgress"
            Layout.fillWidth: true
            Layout.preferredHeight: 12
            from: 0
            to: 1
            value: ActivityImport.progress
            indeterminate: ActivityImport.stage === ActivityImport.Storing
            Accessible.name: qsTr("Reading the file")
        }
        WrappingButton {
            objectName: "cancelActivityRead"
            Layout.fillWidth: true
            visible: ActivityImport.stage === ActivityImport.Reading
            flat: true
            text: qsTr("Cancel")
            onClicked: ActivityImport.cancel()
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: ActivityImport.stage === ActivityImport.Preview
        spacing: 8
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: qsTr("Nothing is saved yet. The file holds:")
        }
        Label {
            objectName: "activityPreview"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            text: ActivityImport.preview
        }
        WrappingButton {
            objectName: "storeActivity"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Import these days")
            onClicked: ActivityImport.store()
        }
        WrappingButton {
            objectName: "discardActivity"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Cancel")
            onClicked: ActivityImport.cancel()
        }
    }
    Label {
        objectName: "activityImportError"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: ActivityImport.stage === ActivityImport.Idle
                 && (ActivityImport.error !== "" || root.errorText !== "")
        text: root.errorText !== "" ? root.errorText : ActivityImport.error
        color: Theme.error
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        visible: ActivityImport.asksWhose && ActivityImport.stage === ActivityImport.Idle
        spacing: 8
        FormTextField {
            id: whose
            objectName: "activityPersonId"
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhDigitsOnly
            placeholderText: qsTr("Your Id")
            Accessible.name: qsTr("Your Id in the file")
            onAccepted: ActivityImport.readFor(text)
        }
        WrappingButton {
            objectName: "readActivityForPerson"
            text: qsTr("Read my days")
            onClicked: ActivityImport.readFor(whose.text)
        }
    }
    Label {
        objectName: "activityImportResult"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: ActivityImport.stage === ActivityImport.Idle && ActivityImport.result !== ""
        text: ActivityImport.result
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    Connections {
        target: ActivityImport
        function onFinished(summary) { root.message(summary) }
    }
    FileChooser {
        id: chooser
        title: qsTr("Choose an activity export")
        nameFilters: [qsTr("Health exports (*.zip *.xml *.csv *.db)"), qsTr("All files (*)")]
        onAccepted: file => ActivityImport.read(file)
        onUnavailable: reason => root.errorText = reason
    }
}
