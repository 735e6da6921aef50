pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

/**
 * A CheckBox whose words wrap instead of being cut off (Quick Controls' own label elides):
 * treatment choices and milestones must be read whole, at 320 px and with large text. At least 48 px high.
 */
CheckBox {
    id: control
    // A screen reader is told the state (Quick Controls 6.4 leave it out).
    Accessible.checkable: true
    Accessible.checked: checked

    implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
    contentItem: Label {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0
        opacity: control.enabled ? 1.0 : 0.38
    }
}
