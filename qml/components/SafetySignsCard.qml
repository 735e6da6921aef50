pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** Warning signs after an injection (clinical reference §5.3): temperature and yes/no signs. */
SectionCard {
    id: root

    readonly property EntryController entry: App.entry
    readonly property EntryDraft draft: entry.draft
    /** Set by the first load(): a change before it is the switches' creation, not an edit. */
    property bool shown: false

    /** Shows the draft's values; each edit goes back to the draft. */
    function load() {
        temperature.text = draft.temperature
        for (let i = 0; i < switches.count; ++i) {
            const sign = switches.itemAt(i)
            sign.checked = draft.hasSign(sign.key)
        }
        shown = true
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
            onCheckedChanged: if (root.shown) root.draft.setSign(key, checked)
        }
    }
    NumberField {
        id: temperature
        objectName: "temperatureField"
        Layout.fillWidth: true
        label: qsTr("Temperature (°C), if you took it")
        hint: qsTr("e.g. %1").arg(Number(37.2).toLocaleString(Qt.locale(), "f", 1))
        errorKey: "temperature"
        errorText: root.draft.errors[errorKey] || ""
        onTextChanged: if (root.shown) root.draft.temperature = text
    }
}
