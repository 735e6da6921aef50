import QtQuick
import QtTest
import Mend
import MendTest

// The questionnaire flow: one item per screen, back, skip, finish later and resume, send.
Item {
    id: window
    width: 390
    height: 844

    QuestionnairePage {
        id: page
        anchors.fill: parent
    }

    TestCase {

        // Any QML warning, binding loops included, fails the test.

        function init() { failOnWarning(/./) }

        name: "Questionnaire"
        when: windowShown

        function optionButton(label) {
            const stack = [page]
            while (stack.length > 0) {
                const item = stack.pop()
                if (item.text === label && item.clicked !== undefined && item.visible)
                    return item
                for (let i = 0; i < item.children.length; ++i)
                    stack.push(item.children[i])
                if (item.contentItem)
                    stack.push(item.contentItem)
            }
            return null
        }

        function tap(label) {
            wait(0) // let the layout settle after the last change (positions are read below)
            const button = optionButton(label)
            verify(button, "button " + label)
            verify(button.height >= 48, "touch target " + button.height)
            mouseClick(button)
        }

        function test_1_oneItemPerScreenWithBackAndResume() {
            compare(Fixture.questionnaire.start("koos-jr", "6w"), "")
            compare(Fixture.questionnaire.itemCount, 7)
            compare(Fixture.questionnaire.index, 0)
            tap("Moderate")                              // item 1 = 2
            compare(Fixture.questionnaire.index, 1)
            tap("Mild")                                  // item 2 = 1
            tap("Back")
            compare(Fixture.questionnaire.index, 1)
            compare(Fixture.questionnaire.selectedOption, 1) // the answer is kept
            tap("Finish later")
            verify(!Fixture.questionnaire.active)
            compare(Fixture.latestResponse("koos-jr"), "draft: 2 answers")

            // Resume where it was left.
            compare(Fixture.questionnaire.start("koos-jr", "6w"), "")
            compare(Fixture.questionnaire.index, 2)
            compare(Fixture.questionnaire.answeredCount, 2)
        }

        function test_2_skipWarnsThenSends() {
            tap("Severe")                                // item 3 = 3
            tap("Skip")                                  // item 4 unanswered
            tap("None"); tap("Mild"); tap("Moderate")    // items 5-7 = 0, 1, 2
            verify(Fixture.questionnaire.reviewing)
            verify(Fixture.questionnaire.reviewText.indexOf("No KOOS JR score will be given") >= 0,
                   Fixture.questionnaire.reviewText)
            tap("Back")
            tap("Back")
            tap("Back")
            tap("Back")
            compare(Fixture.questionnaire.index, 3)
            tap("Moderate")                              // item 4 = 2: raw 2+1+3+2+0+1+2 = 11
            tap("Next"); tap("Next"); tap("Next")
            verify(Fixture.questionnaire.reviewing)
            verify(Fixture.questionnaire.reviewText.indexOf("7 of 7") >= 0)
            tap("Save answers")
            verify(!Fixture.questionnaire.active)
            compare(Fixture.latestResponse("koos-jr"), "complete: 59.381")
        }
    }
}
