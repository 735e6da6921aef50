pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * The bar above every screen: what is shown and whose episode, Close (a page opened over the
 * tabs) or Cancel (a new episode), and the menu of pages.
 */
ToolBar {
    id: root

    property string title
    property string subtitle
    property bool closable
    property bool cancellable
    property bool menuShown

    signal closeRequested()
    signal pageRequested(string name)

    Material.foreground: String(Theme.onPrimary)
    // As high as its words need: the title and the day wrap rather than being cut off.
    implicitHeight: Math.max(56, headerRow.implicitHeight)
    // Drawn plainly: Material's own background is a shader effect, which the software renderer
    // (offscreen screenshots, some phones' fallback) skips, leaving white words on white.
    background: Rectangle { color: Theme.primary }

    RowLayout {
        id: headerRow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 16
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: 6
            Layout.bottomMargin: 6
            spacing: 0
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.headerSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: text !== ""
                objectName: "headerSubtitle"
                text: root.subtitle
                font.pixelSize: Theme.headerDetailSize
                opacity: 0.9
                wrapMode: Text.Wrap
            }
        }
        ToolButton {
            visible: root.closable
            text: qsTr("Close")
            font.pixelSize: Theme.tabSize
            Accessible.name: qsTr("Close this page")
            objectName: "closePage"
            onClicked: root.closeRequested()
        }
        ToolButton {
            visible: root.cancellable
            text: qsTr("Cancel")
            font.pixelSize: Theme.tabSize
            Accessible.name: qsTr("Cancel the new episode")
            onClicked: root.closeRequested()
        }
        ToolButton {
            visible: root.menuShown
            objectName: "moreOptions"
            text: "⋮"
            font.pixelSize: Theme.titleSize
            Accessible.name: qsTr("More options")
            onClicked: menu.open()
            Menu {
                id: menu
                objectName: "mainMenu"
                // As wide as its longest item where the window allows; items wrap otherwise.
                width: Math.min(root.width - 16, Math.max(implicitWidth, 240))
                WrappingMenuItem {
                    text: qsTr("New injection episode…")
                    onTriggered: root.pageRequested("setup")
                }
                WrappingMenuItem {
                    text: qsTr("Protocol and evidence")
                    onTriggered: root.pageRequested("protocol")
                }
                // The clinician's screens only on a clinic's device (Settings → For clinicians).
                WrappingMenuItem {
                    visible: App.episodes.clinicianMode
                    text: qsTr("Clinician review")
                    onTriggered: root.pageRequested("review")
                }
                WrappingMenuItem {
                    visible: App.episodes.clinicianMode
                    text: qsTr("Clinic cohort")
                    onTriggered: root.pageRequested("cohort")
                }
                WrappingMenuItem {
                    text: qsTr("Reminders and settings")
                    onTriggered: root.pageRequested("settings")
                }
            }
        }
    }
}
