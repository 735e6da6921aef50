pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** Every chart's numbers as a table, newest first, for screen readers and exact reading. */
ColumnLayout {
    id: root

    required property var rows
    required property string romLabel

    spacing: 0

    component Cell: Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        textFormat: Text.PlainText
        font.pixelSize: Theme.smallSize
        // A longer language or a larger text size wraps the heading or the date, never cuts it.
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.bottomMargin: 4
        Cell { text: qsTr("Date"); font.bold: true; Layout.preferredWidth: 1.7 }
        Cell { text: qsTr("Pain"); font.bold: true }
        Cell { text: qsTr("7-day"); font.bold: true }
        Cell { text: qsTr("ROM"); font.bold: true }
        Cell { text: qsTr("Other"); font.bold: true; Layout.preferredWidth: 1.3 }
        Cell { text: qsTr("Steps"); font.bold: true; Layout.preferredWidth: 1.4 }
    }
    Repeater {
        model: root.rows
        delegate: RowLayout {
            id: row
            required property string date
            required property string day
            required property string pain
            required property string average
            required property string rom
            required property string romOther
            required property string steps
            Layout.fillWidth: true
            Layout.minimumHeight: 32
            Accessible.role: Accessible.Row
            Accessible.name: qsTr("%1, %2: pain %3, 7-day average %4, %5 %6, other side %7, %8 steps")
                .arg(date).arg(day).arg(pain).arg(average)
                .arg(root.romLabel).arg(rom).arg(romOther).arg(steps)
            Cell { text: row.date; Layout.preferredWidth: 1.7 }
            Cell { text: row.pain }
            Cell { text: row.average }
            Cell { text: row.rom }
            Cell { text: row.romOther; Layout.preferredWidth: 1.3 }
            Cell { text: row.steps; Layout.preferredWidth: 1.4 }
        }
    }
}
