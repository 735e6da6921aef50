import QtQuick
import QtTest
import Mend
import MendTest

// The PIN pad: 48 px+ keys, a wrong PIN keeps the lock with a message, the right one opens it.
Item {
    id: window
    width: 390
    height: 844

    LockScreen {
        id: screen
        anchors.fill: parent
    }

    TestCase {

        // Any QML warning, binding loops included, fails the test.

        function init() { failOnWarning(/./) }

        name: "LockScreen"
        when: windowShown

        function key(label) {
            const stack = [screen]
            while (stack.length > 0) {
                const item = stack.pop()
                if (item.text === label && item.clicked !== undefined)
                    return item
                for (let i = 0; i < item.children.length; ++i)
                    stack.push(item.children[i])
            }
            return null
        }

        function type(digits) {
            for (const d of digits) {
                const k = key(d)
                verify(k, "key " + d)
                verify(k.width >= 48 && k.height >= 48, "touch target " + k.width + "x" + k.height)
                mouseClick(k)
            }
        }

        function test_1_pinPadUnlocks() {
            compare(Fixture.lock.setPin("", "12", "12"), "New PIN: use 4 to 8 digits")
            compare(Fixture.lock.setPin("", "4321", "4322"), "The two new PINs differ.")
            compare(Fixture.lock.setPin("", "4321", "4321"), "")
            verify(Fixture.lock.enabled)
            Fixture.lock.lockNow()
            verify(Fixture.lock.locked)
            compare(Fixture.reminders.banners.count, 0, "a locked diary shows no reminder")

            type("9999")
            mouseClick(key("OK"))
            verify(Fixture.lock.locked)
            verify(Fixture.lock.message.indexOf("Wrong PIN") === 0, Fixture.lock.message)

            type("43210")
            mouseClick(key("⌫"))
            compare(screen.pin, "4321")
            mouseClick(key("OK"))
            verify(!Fixture.lock.locked)
            compare(Fixture.lock.message, "")
        }

        function test_2_keyboardAndTurningOff() {
            Fixture.lock.lockNow()
            screen.forceActiveFocus()
            keyClick(Qt.Key_4); keyClick(Qt.Key_3); keyClick(Qt.Key_2); keyClick(Qt.Key_1)
            keyClick(Qt.Key_Return)
            verify(!Fixture.lock.locked)
            compare(Fixture.lock.removePin("0000").indexOf("Wrong PIN"), 0)
            compare(Fixture.lock.removePin("4321"), "")
            verify(!Fixture.lock.enabled)
            Fixture.lock.lockNow()
            verify(!Fixture.lock.locked) // no PIN, no lock
        }
    }
}
