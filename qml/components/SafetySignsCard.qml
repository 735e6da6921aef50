pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** Warning signs after an injection (clinical reference §5.3): temperature and yes/no signs. */
SectionCard {
    id: root

    readonly property var signs: [
        { key: "chills", label: qsTr("Chills") },
        { key: "spreadingRedness", label: qsTr("Redness spreading beyond the injection site") },
        { key: "hotJoint", label: qsTr("The joint feels hot") },
        { key: "discharge", label: qsTr("Pus or fluid from the injection site") },
        { key: "cannotBearWeight", label: qsTr("I cannot bear weight on, or move, the joint") },
        { key: "calfPainSwelling", label: qsTr("Calf pain or swelling") },
        { key: "shortOfBreath", label: qsTr("Sudden shortness of breath") },
        { key: "numbnessWeakness", label: qsTr("New numbness or weakness") },
        { key: "harvestSiteProblem", label: qsTr("Bleeding or severe pain where bone marrow was taken") }
    ]

    /** Shows the values of a form map. */
    function load(form) {
        temperature.text = form.temperature
        for (let i = 0; i < switches.count; ++i)
            switches.itemAt(i).checked = form[signs[i].key]
    }

    /** Writes the values into a form map. */
    function fill(form) {
        form.temperature = temperature.text
        for (let i = 0; i < switches.count; ++i)
            form[signs[i].key] = switches.itemAt(i).checked
    }

    title: qsTr("Warning signs")
    hint: qsTr("Tell Mend if any of these happen. It will tell you at once if you should contact your clinic.")

    NumberField {
        id: temperature
        objectName: "temperatureField"
        Layout.fillWidth: true
        label: qsTr("Temperature (°C), if you took it")
        hint: qsTr("e.g. 37.2")
    }
    Repeater {
        id: switches
        model: root.signs
        delegate: WrappingSwitch {
            required property var modelData
            objectName: "sign_" + modelData.key
            Layout.fillWidth: true
            text: modelData.label
            Accessible.name: modelData.label
        }
    }
}
