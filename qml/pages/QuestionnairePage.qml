pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Mend

/** One question per screen, big answer buttons for one thumb; progress, back, skip, finish later. */
Page {
    id: root

    readonly property QuestionnaireController questionnaire: App.questionnaire
    property string errorText


    header: ColumnLayout {
        spacing: 4
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.topMargin: 12
            text: root.questionnaire.title
            font.pixelSize: Theme.largeSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            text: root.questionnaire.reviewing
                  ? qsTr("Check and save")
                  : qsTr("Question %1 of %2").arg(root.questionnaire.index + 1).arg(root.questionnaire.itemCount)
            font.pixelSize: Theme.smallSize
            opacity: 0.75
        }
        ProgressBar {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            from: 0
            to: Math.max(1, root.questionnaire.itemCount)
            value: root.questionnaire.index
            Accessible.name: qsTr("Progress")
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        // Pages scroll up and down only: a horizontal bar would take the taps on the bottom 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 600)
            x: (scroll.availableWidth - width) / 2
            spacing: 10

            Item { Layout.preferredHeight: 8 }
            Label {
                objectName: "englishOnly"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.questionnaire.englishOnly && root.questionnaire.index === 0
                         && !root.questionnaire.reviewing
                text: qsTr("Available in English only: this questionnaire's wording was checked in English, and Mend does not translate it.")
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.questionnaire.index === 0 && !root.questionnaire.reviewing
                text: root.questionnaire.instructions
                font.pixelSize: Theme.smallSize
                opacity: 0.8
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !root.questionnaire.reviewing && text !== ""
                text: root.questionnaire.section
                font.pixelSize: Theme.bodySize
                opacity: 0.8
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !root.questionnaire.reviewing
                text: root.questionnaire.itemText
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            // The same number of options from item to item changes the buttons in place (none
            // is destroyed while its own click is handled).
            Repeater {
                model: root.questionnaire.options
                delegate: Button {
                    id: option
                    required property int index
                    required property string optionText
                    required property string label
                    objectName: "option" + index
                    Layout.fillWidth: true
                    implicitHeight: 56
                    text: option.optionText
                    highlighted: option.index === root.questionnaire.selectedOption
                    Material.background: highlighted ? String(Theme.primary) : undefined
                    font.pixelSize: Theme.largeSize
                    font.capitalization: Font.MixedCase
                    Accessible.name: option.label
                    onClicked: root.questionnaire.choose(option.index)
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.questionnaire.reviewing
                text: root.questionnaire.reviewText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.errorText !== ""
                text: root.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                Layout.fillWidth: true
                visible: root.questionnaire.reviewing
                implicitHeight: 56
                highlighted: true
                // Material's own teal under white text is 3.7:1; the theme's is 4.5:1 or more.
                Material.background: String(Theme.primary)
                objectName: "saveAnswers"
                // Kept in this diary; nothing leaves the phone.
                text: qsTr("Save answers")
                Accessible.name: text
                onClicked: {
                    root.errorText = root.questionnaire.submit()
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.questionnaire.copyright
                font.pixelSize: Theme.smallSize
                color: Theme.foregroundMuted
                wrapMode: Text.Wrap
            }
        }
    }

    footer: Pane {
        padding: 4
        Material.elevation: 4
        Material.background: String(Theme.surface)
        // Three equal buttons whose words wrap: they fit 320 px at 200 % text.
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            spacing: 4
            WrappingButton {
                flat: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                leftPadding: 4
                rightPadding: 4
                enabled: root.questionnaire.index > 0
                text: qsTr("Back")
                Accessible.name: qsTr("Previous question")
                onClicked: root.questionnaire.back()
            }
            WrappingButton {
                flat: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                leftPadding: 4
                rightPadding: 4
                text: qsTr("Finish later")
                Accessible.name: qsTr("Save the answers so far and finish later")
                onClicked: {
                    root.errorText = root.questionnaire.saveForLater()
                }
            }
            WrappingButton {
                flat: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                leftPadding: 4
                rightPadding: 4
                visible: !root.questionnaire.reviewing
                text: root.questionnaire.selectedOption >= 0 ? qsTr("Next") : qsTr("Skip")
                Accessible.name: root.questionnaire.selectedOption >= 0 ? qsTr("Next question") : qsTr("Skip this question")
                onClicked: root.questionnaire.selectedOption >= 0 ? root.questionnaire.next() : root.questionnaire.skip()
            }
        }
    }
}
