// The one file without "pragma ComponentBehavior: Bound": a bound delegate takes its model data
// as required properties, and Qt 6.4's MonthGrid warns for every cell that declares them; it
// hands the day over as context properties (model.day), which this file reads.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/**
 * A date chosen from a month calendar, shown in the person's own date format ("3 December 2026");
 * nothing to type, so no format to get wrong. isoDate holds it as YYYY-MM-DD for the controllers.
 */
ColumnLayout {
    id: root

    property string label
    property string isoDate
    /** The first and last days that can be chosen (YYYY-MM-DD; empty: no bound). */
    property string minimumIso
    property string maximumIso
    /** The app's today (its clock may be set apart from the system's in tests). */
    property string todayIso: {
        const d = new Date()
        return toIso(d.getFullYear(), d.getMonth(), d.getDate())
    }
    property string errorText
    property string errorKey
    signal edited()

    function toDate(iso) {
        const p = iso.split("-")
        return new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]))
    }
    function toIso(year, month, day) {
        return year + "-" + String(month + 1).padStart(2, "0") + "-" + String(day).padStart(2, "0")
    }
    function choosable(iso) {
        return (minimumIso === "" || iso >= minimumIso) && (maximumIso === "" || iso <= maximumIso)
    }

    spacing: 2
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        font.bold: root.errorText !== ""
        color: root.errorText !== "" ? Theme.error : Theme.foreground
        wrapMode: Text.Wrap
    }
    WrappingButton {
        id: button
        objectName: "dateButton"
        Layout.fillWidth: true
        text: root.isoDate === "" ? qsTr("Choose a date")
                                  : root.toDate(root.isoDate).toLocaleDateString(Qt.locale(), Locale.LongFormat)
        Accessible.name: qsTr("%1: %2. Change").arg(root.label).arg(text)
        onClicked: picker.openAt(root.isoDate)
    }
    FieldError {
        text: root.errorText
    }

    Dialog {
        // A popup lives in the window's overlay, outside the shell: it takes the theme itself.
        Material.theme: Theme.dark ? Material.Dark : Material.Light
        Material.accent: String(Theme.accent)
        Material.primary: String(Theme.primary)
        id: picker
        property int year
        property int month

        function openAt(iso) {
            const d = iso === "" ? new Date() : root.toDate(iso)
            year = d.getFullYear()
            month = d.getMonth()
            open()
        }
        function step(months) {
            const m = month + months
            year += Math.floor(m / 12)
            month = ((m % 12) + 12) % 12
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        // Edge to edge on a phone: seven days of 48 px need 336 of a 360 px screen.
        width: Math.min(parent.width, 420)
        leftPadding: 0
        rightPadding: 0
        modal: true
        title: root.label
        standardButtons: Dialog.Cancel

        ColumnLayout {
            objectName: "datePicker" // an item, so that the driven window can see it open
            width: parent.width
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    objectName: "previousMonth"
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    text: "‹"
                    font.pixelSize: Theme.headlineSize
                    Accessible.name: qsTr("Previous month")
                    onClicked: picker.step(-1)
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Qt.locale().standaloneMonthName(picker.month, Locale.LongFormat) + " " + picker.year
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                ToolButton {
                    objectName: "nextMonth"
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    text: "›"
                    font.pixelSize: Theme.headlineSize
                    Accessible.name: qsTr("Next month")
                    onClicked: picker.step(1)
                }
            }
            DayOfWeekRow {
                Layout.fillWidth: true
                locale: Qt.locale()
                delegate: Label {
                    required property string shortName
                    textFormat: Text.PlainText
                    text: shortName
                    font.pixelSize: Theme.smallSize
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            MonthGrid {
                id: grid
                Layout.fillWidth: true
                // Sized here: MonthGrid's own implicit size is its delegates' (Qt 6.4 lays out
                // six rows of seven in whatever size it is given).
                Layout.preferredHeight: 6 * 48
                spacing: 0
                month: picker.month
                year: picker.year
                locale: Qt.locale()
                delegate: AbstractButton {
                    id: cell
                    // MonthGrid in Qt 6.4 sets its roles as context properties: required
                    // properties here would make it warn for every cell.
                    readonly property int day: model.day
                    readonly property int month: model.month
                    readonly property int year: model.year
                    readonly property string iso: root.toIso(year, month, day)
                    readonly property bool chosen: iso === root.isoDate
                    readonly property bool today: iso === root.todayIso
                    objectName: "day_" + iso
                    readonly property bool inMonth: month === grid.month
                    opacity: inMonth ? 1 : 0
                    enabled: inMonth && root.choosable(iso)
                    text: day
                    Accessible.name: root.toDate(iso).toLocaleDateString(Qt.locale(), Locale.LongFormat)
                    Accessible.checkable: true
                    Accessible.checked: chosen
                    onClicked: {
                        root.isoDate = iso
                        root.edited()
                        picker.close()
                    }
                    background: Rectangle {
                        radius: height / 2
                        color: cell.chosen ? Theme.chosen : "transparent"
                        border.color: cell.today || cell.visualFocus ? Theme.chosen : "transparent"
                        border.width: 2
                    }
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: cell.text
                        // Two digits in a seventh of a phone's width: they stop growing at 24 px.
                        font.pixelSize: Math.min(Theme.largeSize, 24)
                        font.bold: cell.chosen || cell.today
                        color: cell.chosen ? Theme.onChosen : cell.enabled ? Theme.foreground : Theme.foregroundMuted
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            Button {
                objectName: "chooseToday"
                Layout.alignment: Qt.AlignHCenter
                flat: true
                text: qsTr("Today")
                enabled: root.choosable(root.todayIso)
                onClicked: {
                    root.isoDate = root.todayIso
                    root.edited()
                    picker.close()
                }
            }
        }
    }
}
