import QtQuick
import QtTest
import Mend
import MendTest

// "Back up now" copies the diary on a worker thread: the button waits while it runs, the card
// says when the copy is made, and the new copy is listed.
Item {
    width: 390
    height: 844

    BackupsCard {
        id: card
        width: parent.width
    }

    SignalSpy {
        id: messages
        target: card
        signalName: "message"
    }

    TestCase {

        // Any QML warning, binding loops included, fails the test.

        function init() { failOnWarning(/./) }

        name: "BackupsCard"
        when: windowShown

        function findButton(item, label) {
            if (item.text === label && item.clicked !== undefined)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findButton(item.children[i], label)
                if (found)
                    return found
            }
            return null
        }

        function test_back_up_now_runs_off_the_gui_thread_and_lists_the_copy() {
            const before = Fixture.backups.backups.count
            const button = findButton(card, "Back up now")
            verify(button)
            mouseClick(button)
            verify(Fixture.backups.busy)
            verify(!button.enabled)
            messages.wait(20000)
            compare(messages.signalArguments[0][0], "Backup made")
            compare(card.errorText, "")
            tryCompare(Fixture.backups, "busy", false)
            verify(button.enabled)
            compare(Fixture.backups.backups.count, before + 1)
            compare(Fixture.backups.backups.get(0).kind, "manual")
        }
    }
}
