pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * Settings: the whole diary as a file (for a new phone or the clinic), and importing one — a
 * restore into an empty diary too. The diary's own days win a conflict unless the person then
 * takes the file's.
 */
SectionCard {
    id: root

    property string errorText
    property url savedFile
    /** False on first run: there is nothing to save yet, only a diary to restore. */
    property bool offerSave: true

    signal message(string text)

    title: qsTr("Your diary as a file")
    hint: qsTr("Save everything to move it to a new phone or give it to your clinic; import such a file, or one from another health app, to add what it holds. The file contains health data: keep it safe.")

    WrappingButton {
        objectName: "saveDiaryFile"
        visible: root.offerSave
        Layout.fillWidth: true
        enabled: !DiaryFiles.busy
        text: qsTr("Save my whole diary to a file")
        onClicked: {
            root.errorText = ""
            DiaryFiles.exportDiary()
        }
    }
    Label {
        objectName: "diarySaved"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.savedFile.toString() !== ""
        text: qsTr("Saved to %1").arg(OutputFiles.shownPath(root.savedFile))
        wrapMode: Text.Wrap
    }
    WrappingButton {
        objectName: "importDiaryFile"
        Layout.fillWidth: true
        enabled: !DiaryFiles.busy
        text: qsTr("Import a file…")
        onClicked: chooser.open()
    }
    RowLayout {
        visible: DiaryFiles.busy
        Layout.fillWidth: true
        BusyIndicator {
            running: DiaryFiles.busy
            implicitWidth: 48
            implicitHeight: 48
            Accessible.name: busyText.text
        }
        Label {
            id: busyText
            objectName: "diaryFileBusy"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: DiaryFiles.saving ? qsTr("Saving your diary…") : qsTr("Importing…")
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "diaryFileError"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.errorText !== ""
        text: root.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "importReport"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: DiaryFiles.report !== "" && !DiaryFiles.busy
        text: DiaryFiles.report
        color: DiaryFiles.reportIsError ? Theme.error : Material.foreground
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    WrappingButton {
        objectName: "takeFilesValues"
        Layout.fillWidth: true
        visible: DiaryFiles.conflicts > 0 && !DiaryFiles.busy
        text: qsTr("Use the file's values for the %n day(s) that differ", "", DiaryFiles.conflicts)
        onClicked: DiaryFiles.takeTheFilesValues()
    }
    Connections {
        target: DiaryFiles
        function onSavedTo(file) {
            root.savedFile = file
            root.message(qsTr("Diary saved"))
        }
        function onSaveFailed(reason) { root.errorText = reason }
        function onImportFinished(summary) { root.message(summary) }
    }
    FileChooser {
        id: chooser
        title: qsTr("Import a diary file")
        nameFilters: [qsTr("FHIR or CSV files (*.json *.csv)"), qsTr("All files (*)")]
        onAccepted: file => DiaryFiles.importFile(file)
        onUnavailable: reason => root.errorText = reason
    }
}
