pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Mend

/** A text field at least 48 px high (Material's is 41) whose hint reads at 4.5:1 (Material's
 *  grey is 2.7:1 on white). */
TextField {
    implicitHeight: Math.max(48, implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)
    placeholderTextColor: Theme.foregroundMuted
}
