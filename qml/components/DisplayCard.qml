pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mend

/** Text size (100–200 % of the phone's) and light or dark colours, stored in the diary. */
SectionCard {
    id: root

    readonly property EpisodeController episodes: App.episodes

    signal message(string text)

    function store(error) {
        if (error !== "")
            root.message(error)
    }

    // One choice in each group (a radio button's own exclusivity would span both groups).
    ButtonGroup { id: sizes }
    ButtonGroup { id: colours }
    ButtonGroup { id: languages }

    title: qsTr("Text size, colours and language")
    hint: qsTr("Larger text makes every screen longer; nothing is cut off.")

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Text size")
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        model: [100, 125, 150, 175, 200]
        WrappingRadioButton {
            required property int modelData
            objectName: "textSize" + modelData
            ButtonGroup.group: sizes
            Layout.fillWidth: true
            text: modelData === 100 ? qsTr("%1 % (as the phone is set)").arg(modelData)
                                    : qsTr("%1 %").arg(modelData)
            checked: root.episodes.textSizePercent === modelData
            Accessible.name: qsTr("Text size %1 %").arg(modelData)
            onClicked: root.store(root.episodes.setTextSizePercent(modelData))
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Colours")
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        model: [
            { key: "system", label: qsTr("As the phone is set") },
            { key: "light", label: qsTr("Light") },
            { key: "dark", label: qsTr("Dark") }
        ]
        WrappingRadioButton {
            required property var modelData
            objectName: "colours_" + modelData.key
            ButtonGroup.group: colours
            Layout.fillWidth: true
            text: modelData.label
            checked: root.episodes.themeMode === modelData.key
            Accessible.name: qsTr("Colours: %1").arg(modelData.label)
            onClicked: root.store(root.episodes.setThemeMode(modelData.key))
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Language")
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Shown from the next time Mend starts. Questionnaires stay in the language they were validated in.")
        wrapMode: Text.Wrap
        opacity: 0.75
    }
    Repeater {
        // Each language named in its own words, as a person looks for it.
        model: [
            { key: "system", label: qsTr("As the phone is set") },
            { key: "en", label: "English" },
            { key: "es", label: "Español" }
        ]
        WrappingRadioButton {
            required property var modelData
            objectName: "language_" + modelData.key
            ButtonGroup.group: languages
            Layout.fillWidth: true
            text: modelData.label
            checked: root.episodes.language === modelData.key
            Accessible.name: qsTr("Language: %1").arg(modelData.label)
            onClicked: root.store(root.episodes.setLanguage(modelData.key))
        }
    }
}
