pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** Warning signs after an injection (clinical reference §5.3): temperature and yes/no signs. */
SectionCard {
    id: root

    readonly property EntryController entry: App.entry
    signal edited()

    /** Shows the values of a form map. */
    function load(form) {
        temperature.text = form.temperature
        for (let i = 0; i < switches.count; ++i) {
            const sign = switches.itemAt(i)
            sign.checked = form[sign.key]
        }
    }

    /** Writes the values into a form map. */
    function fill(form) {
        form.temperature = temperature.text
        for (let i = 0; i < switches.count; ++i) {
            const sign = switches.itemAt(i)
            form[sign.key] = sign.checked
        }
    }

    title: qsTr("Warning signs")
    hint: qsTr("Tell Mend if any of these happen. It will tell you at once if you should contact your clinic.")

    Repeater {
        id: switches
        model: root.entry.warningSigns
        delegate: WrappingSwitch {
            required property var modelData
            readonly property string key: modelData.key
            objectName: "sign_" + modelData.key
            Layout.fillWidth: true
            text: modelData.label
            Accessible.name: modelData.label
        }
    }
    NumberField {
        id: temperature
        objectName: "temperatureField"
        Layout.fillWidth: true
        label: qsTr("Temperature (°C), if you took it")
        hint: qsTr("e.g. %1").arg(Number(37.2).toLocaleString(Qt.locale(), "f", 1))
        errorKey: "temperature"
        errorText: root.entry.fieldErrors[errorKey] || ""
        onEdited: root.edited()
    }
}
