pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

/** A Button whose words wrap instead of being cut off (Quick Controls' own label elides); at
 *  least 48 px high. */
Button {
    id: control

    implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
    contentItem: Label {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        color: control.flat ? (control.enabled ? control.Material.accentColor : control.Material.hintTextColor)
                            : control.highlighted ? control.Material.primaryHighlightedTextColor
                            : control.Material.foreground
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
