pragma ComponentBehavior: Bound
import QtQuick
import Mend

/**
 * The window. Its first frame is drawn with plain Qt Quick items — the header with the episode,
 * the day being logged, the tab names — so it shows at once; the application itself (AppShell,
 * built on Quick Controls) is then compiled and built in the background and takes its place.
 */
Window {
    id: root

    /** True once the application has replaced the first frame's placeholder. */
    readonly property bool ready: shell.status === Loader.Ready
    property string pendingScreen: ""

    /** Shows a screen by name (used by --screenshot and --self-test); see AppShell.showScreen. */
    function showScreen(name) {
        if (ready)
            shell.item.showScreen(name)
        else
            pendingScreen = name
    }

    // The person's colours and text size, from the diary, for every screen.
    Binding { target: Theme; property: "mode"; value: App.episodes.themeMode }
    Binding { target: Theme; property: "textSizePercent"; value: App.episodes.textSizePercent }

    // A right-to-left language mirrors every screen and dialog (Quick Controls follow it).
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    visible: true
    title: qsTr("Mend")
    color: Theme.background

    // After the first frame is on screen (not inside its signal: it is reported first).
    onFrameSwapped: if (shell.source.toString() === "") Qt.callLater(loadApplication)

    function loadApplication() {
        if (shell.source.toString() !== "")
            return
        shell.source = "AppShell.qml"
    }

    // The first frame: what AppShell will show at the same places; nothing of the diary while it
    // is locked (AppShell then opens on the lock screen).
    Item {
        objectName: "firstFrame"
        anchors.fill: parent
        visible: !root.ready && !App.lock.locked

        Rectangle {
            id: header
            width: parent.width
            height: 48
            color: Theme.primary
            Column {
                anchors.verticalCenter: parent.verticalCenter
                x: 16
                width: parent.width - 32
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: App.episodes.hasEpisode ? App.episodes.title : qsTr("Set up your injection")
                    color: Theme.onPrimary
                    font.pixelSize: Theme.headerSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: App.episodes.hasEpisode && text !== ""
                    text: App.episodes.subtitle
                    color: Theme.onPrimary
                    opacity: 0.9
                    font.pixelSize: Theme.headerDetailSize
                    elide: Text.ElideRight
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors.top: header.bottom
            anchors.topMargin: 14
            x: Math.max(12, (parent.width - 640) / 2)
            visible: App.episodes.hasEpisode
            text: App.entry.dateLabel
            color: Theme.foreground
            font.pixelSize: Theme.largeSize
            font.bold: true
        }
        Row {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 48
            visible: App.episodes.hasEpisode
            Repeater {
                model: [qsTr("Today"), qsTr("Timeline"), qsTr("History"), qsTr("Results")]
                Text {
                    required property string modelData
                    required property int index
                    textFormat: Text.PlainText
                    width: root.width / 4
                    height: 48
                    text: modelData
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.tabSize
                    fontSizeMode: Text.HorizontalFit // as the tabs it stands for (MainTabs.qml)
                    minimumPixelSize: 11
                    leftPadding: 2
                    rightPadding: 2
                    color: index === 0 ? (Theme.dark ? Theme.chosen : Theme.primary) : Theme.foreground
                }
            }
        }
    }

    Loader {
        id: shell
        anchors.fill: parent
        onLoaded: {
            if (root.pendingScreen !== "")
                item.showScreen(root.pendingScreen)
        }
    }
}
