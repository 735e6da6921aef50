pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Mend

/** The four tabs: Today, Timeline, History, Results. */
TabBar {
    objectName: "tabBar"
    Repeater {
        model: [
            {text: qsTr("Today"), a11y: qsTr("Today: log your day")},
            {text: qsTr("Timeline"), a11y: qsTr("Timeline: charts since the injection")},
            {text: qsTr("History"), a11y: qsTr("History: every entry")},
            {text: qsTr("Results"), a11y: qsTr("Results: questionnaires and verdicts")}
        ]
        TabButton {
            id: tab
            required property var modelData
            text: modelData.text
            Accessible.name: modelData.a11y
            height: 56
            leftPadding: 2
            rightPadding: 2
            font.pixelSize: Theme.tabSize
            font.capitalization: Font.MixedCase
            // A quarter of a 320 px phone is narrower than some languages' words ("Resultados"):
            // the word shrinks a little to fit whole rather than being cut off.
            contentItem: Label {
                textFormat: Text.PlainText
                text: tab.text
                font: tab.font
                color: !tab.enabled ? tab.Material.hintTextColor
                                    : tab.checked ? tab.Material.accentColor : tab.Material.foreground
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 11
            }
        }
    }
}
