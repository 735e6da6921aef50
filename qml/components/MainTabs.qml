pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
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
            required property var modelData
            text: modelData.text
            Accessible.name: modelData.a11y
            height: 56
            leftPadding: 2
            rightPadding: 2
            font.pixelSize: Theme.tabSize
            font.capitalization: Font.MixedCase
        }
    }
}
