pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** Reminder settings: the daily log time, questionnaire reminders. */
ScrollView {
    id: root

    readonly property ReminderController reminders: App.reminders
    readonly property EpisodeController episodes: App.episodes
    readonly property BackupController backups: App.backups
    readonly property LockController lock: App.lock
    property string identifierError
    property string phoneError
    property string errorText
    property string whenClosedError

    signal message(string text)

    contentWidth: availableWidth

    // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.

    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        width: Math.min(root.availableWidth - 24, 640)
        x: (root.availableWidth - width) / 2
        spacing: 12

        Item { Layout.preferredHeight: 4 }
        SectionCard {
            title: qsTr("Your identifier for your clinic (optional)")
            hint: qsTr("Exports carry only this, e.g. your clinic's record number; no name or birth date.")
            RowLayout {
                Layout.fillWidth: true
                FormTextField {
                    id: identifier
                    Layout.fillWidth: true
                    text: root.episodes.patientIdentifier
                    Accessible.name: qsTr("Identifier for your clinic")
                }
                Button {
                    implicitHeight: 48
                    text: qsTr("Save")
                    Accessible.name: qsTr("Save the identifier")
                    onClicked: {
                        root.identifierError = root.episodes.setPatientIdentifier(identifier.text)
                        if (root.identifierError === "")
                            root.message(qsTr("Identifier saved"))
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.identifierError !== ""
                text: root.identifierError
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
        SectionCard {
            title: qsTr("Your clinic's phone number")
            hint: qsTr("The warning screen offers to call it when what you log needs your clinic.")
            RowLayout {
                Layout.fillWidth: true
                FormTextField {
                    id: clinicPhone
                    objectName: "settingsClinicPhone"
                    Layout.fillWidth: true
                    text: root.episodes.clinicPhone
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    Accessible.name: qsTr("Clinic phone number")
                }
                Button {
                    implicitHeight: 48
                    text: qsTr("Save")
                    objectName: "saveClinicPhone"
                    Accessible.name: qsTr("Save the clinic's phone number")
                    onClicked: {
                        root.phoneError = root.episodes.setClinicPhone(clinicPhone.text)
                        if (root.phoneError === "")
                            root.message(qsTr("Phone number saved"))
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.phoneError !== ""
                text: root.phoneError
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
        SectionCard {
            title: qsTr("Reminders")
            hint: root.reminders.systemNotifications
                  ? qsTr("Shown at the top of Today and as a system notification.")
                  : qsTr("Shown at the top of Today while Mend is open.")
            WrappingSwitch {
                Layout.fillWidth: true
                text: qsTr("Remind me to log my day")
                checked: root.reminders.dailyEnabled
                Accessible.name: text
                onToggled: root.reminders.dailyEnabled = checked
            }
            Flow { // goes onto two lines when large text needs it
                Layout.fillWidth: true
                spacing: 8
                enabled: root.reminders.dailyEnabled
                Label {
                    textFormat: Text.PlainText
                    height: 48
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("At (HH:MM)")
                }
                FormTextField {
                    id: time
                    width: Theme.bodySize * 6
                    text: root.reminders.dailyTime
                    inputMethodHints: Qt.ImhPreferNumbers
                    Accessible.name: qsTr("Daily reminder time")
                }
                Button {
                    implicitHeight: 48
                    text: qsTr("Set")
                    Accessible.name: qsTr("Set the reminder time")
                    onClicked: {
                        root.errorText = root.reminders.setDailyTime(time.text)
                        if (root.errorText === "")
                            root.message(qsTr("Daily reminder at %1").arg(root.reminders.dailyTime))
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.errorText !== ""
                text: root.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            WrappingSwitch {
                Layout.fillWidth: true
                text: qsTr("Remind me when a questionnaire is due")
                checked: root.reminders.questionnaireEnabled
                Accessible.name: text
                onToggled: root.reminders.questionnaireEnabled = checked
            }
            WrappingSwitch {
                objectName: "remindWhenClosed"
                Layout.fillWidth: true
                visible: root.reminders.whenClosedAvailable
                text: qsTr("Remind me also when Mend is closed")
                checked: root.reminders.whenClosed
                Accessible.name: text
                onToggled: {
                    root.whenClosedError = root.reminders.setWhenClosed(checked)
                    checked = Qt.binding(() => root.reminders.whenClosed)
                    if (root.whenClosedError === "")
                        root.message(root.reminders.whenClosed
                                     ? qsTr("Reminders will come while Mend is closed")
                                     : qsTr("No reminders while Mend is closed"))
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.reminders.whenClosedAvailable
                text: root.reminders.whenClosed
                      ? qsTr("On: %1. The notification says only that Mend has a reminder when the app lock is on.").arg(root.reminders.whenClosedHow)
                      : qsTr("Off: reminders come only while Mend is open.")
                color: Theme.foregroundMuted
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.whenClosedError !== ""
                text: root.whenClosedError
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
        DisplayCard {
            onMessage: text => root.message(text)
        }
        SectionCard {
            title: qsTr("For clinicians")
            hint: qsTr("On a clinic's own device: the menu then offers the clinician's review and the clinic cohort. A patient's diary does not need them.")
            WrappingSwitch {
                objectName: "clinicianMode"
                Layout.fillWidth: true
                text: qsTr("Show the clinician's screens")
                checked: root.episodes.clinicianMode
                Accessible.name: text
                onToggled: {
                    const error = root.episodes.setClinicianMode(checked)
                    if (error !== "")
                        root.message(error)
                }
            }
        }
        AppLockCard {
            onMessage: text => root.message(text)
        }
        ActivityImportCard {
            onMessage: text => root.message(text)
        }
        DiaryFileCard {
            onMessage: text => root.message(text)
        }
        BackupsCard {
            onMessage: text => root.message(text)
        }
        Item { Layout.preferredHeight: 16 }
    }
}
