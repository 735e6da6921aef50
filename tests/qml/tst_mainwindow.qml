import QtQuick
import QtTest
import Mend
import MendTest

// The window's first frame is drawn without Quick Controls (the episode, the day, the tabs) and
// the application replaces it once built; while the diary is locked that frame shows nothing.
TestCase {
    // Any QML warning, binding loops included, fails the test.
    function init() { failOnWarning(/./) }

    name: "MainWindow"

    function openWindow() {
        const component = Qt.createComponent("qrc:/Mend/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const win = component.createObject(null, {width: 390, height: 844})
        verify(win !== null)
        return win
    }

    function findText(item, text) {
        if (item.text === text && item.visible)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], text)
            if (found)
                return found
        }
        return null
    }

    function firstFrame(win) {
        for (let i = 0; i < win.contentItem.children.length; ++i)
            if (win.contentItem.children[i].objectName === "firstFrame")
                return win.contentItem.children[i]
        return null
    }

    function test_0_the_first_frame_shows_the_episode_then_the_application_takes_over() {
        const win = openWindow()
        compare(win.ready, false) // built after the first frame
        const placeholder = firstFrame(win)
        verify(placeholder !== null)
        verify(placeholder.visible)
        verify(Fixture.episodes.title !== "")
        verify(findText(placeholder, Fixture.episodes.title) !== null)
        verify(findText(placeholder, Fixture.entry.dateLabel) !== null)
        verify(findText(placeholder, "Today") !== null)

        tryVerify(() => win.ready, 10000, "the application replaces the first frame")
        verify(!placeholder.visible)
        win.showScreen("timeline")
        win.destroy()
    }

    function test_1_a_locked_diary_shows_nothing_of_it_before_the_lock_screen() {
        compare(Fixture.lock.setPin("", "4321", "4321"), "")
        Fixture.lock.lockNow()
        verify(Fixture.lock.locked)
        const win = openWindow()
        verify(!firstFrame(win).visible)
        tryVerify(() => win.ready, 10000)
        verify(Fixture.lock.unlock("4321"))
        compare(Fixture.lock.removePin("4321"), "")
        win.destroy()
    }
}
