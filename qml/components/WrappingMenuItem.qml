pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

/**
 * A menu item whose words wrap instead of being cut off ("New injection epis…"), at least 48 px
 * high; a hidden one takes no room in the menu.
 */
MenuItem {
    id: control

    height: visible ? implicitHeight : 0
    implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: text
    contentItem: Label {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        opacity: control.enabled ? 1.0 : 0.38
    }
}
