pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Dialogs
import Mend

/**
 * Qt's file or folder dialog, built only when it can be: with its QML modules missing, opening
 * it crashes the app, so open() then says why instead (unavailable). A save dialog starts with a
 * name filled in, so that its button works at once.
 */
Item {
    id: root

    enum Mode { OpenFile, SaveFile, Folder }

    property string title
    property var nameFilters: []
    property int mode: FileChooser.OpenFile
    property url currentFolder: OutputFiles.folderUrl()
    property url suggestedFile
    property bool available: OutputFiles.canBrowse
    property var dialog: null
    signal accepted(url file)
    signal unavailable(string reason)

    function open() {
        if (!available) {
            unavailable(qsTr("This system cannot show a file browser. Mend saves to %1 instead.")
                        .arg(OutputFiles.folder))
            return
        }
        if (!dialog)
            dialog = (mode === FileChooser.Folder ? folderDialog : fileDialog).createObject(root)
        dialog.open()
    }

    Component {
        id: fileDialog
        FileDialog {
            title: root.title
            nameFilters: root.nameFilters
            fileMode: root.mode === FileChooser.SaveFile ? FileDialog.SaveFile : FileDialog.OpenFile
            currentFolder: root.currentFolder
            // Only a save dialog starts with a name: an open dialog warns about a file that
            // does not exist.
            Component.onCompleted: if (root.mode === FileChooser.SaveFile)
                                       selectedFile = root.suggestedFile
            onAccepted: root.accepted(selectedFile)
        }
    }
    Component {
        id: folderDialog
        FolderDialog {
            title: root.title
            currentFolder: root.currentFolder
            onAccepted: root.accepted(selectedFolder)
        }
    }
}
