import QtQuick
import QtTest
import Mend
import MendTest

// Back in the real Main.qml: Android's Back, Escape, Alt+Left and the mouse's back button close
// the open dialog first, then the page on top, then return to Today; on Today they do nothing.
TestCase {
    name: "Navigation"
    when: windowShown

    property var win: null
    property var shell: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Mend/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        win = component.createObject(null, {width: 390, height: 844})
        verify(win !== null)
        tryVerify(() => win.ready, 10000)
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        shell = findChild(win.contentItem, "appShell")
        verify(shell)
    }

    function cleanupTestCase() {
        win.destroy()
    }

    function init() {

        failOnWarning(/./) // any QML warning, binding loops included, fails the test
        shell.showScreen("today")
    }

    function back(how) {
        if (how === "Back")
            keyClick(Qt.Key_Back)
        else if (how === "Escape")
            keyClick(Qt.Key_Escape)
        else if (how === "Alt+Left")
            keyClick(Qt.Key_Left, Qt.AltModifier)
        else
            mouseClick(shell, shell.width / 2, shell.height / 2, Qt.BackButton)
        wait(50)
    }

    function test_each_page_closes_with_each_back() {
        for (const how of ["Back", "Escape", "Alt+Left", "mouse"]) {
            for (const page of ["settings", "protocol", "cohort", "review"]) {
                shell.push(page)
                compare(shell.topPage, page)
                back(how)
                compare(shell.topPage, "", page + " closes with " + how)
                compare(shell.overlayShown, false)
            }
        }
    }

    function test_review_from_the_cohort_goes_back_to_the_cohort() {
        shell.push("cohort")
        shell.push("review")
        verify(shell.reviewShown)
        back("Back")
        compare(shell.topPage, "cohort")
        back("Escape")
        compare(shell.topPage, "")
    }

    function test_a_tab_goes_back_to_today_and_today_keeps_it() {
        shell.showScreen("timeline")
        back("Back")
        compare(shell.topPage, "")
        verify(win.visible)
        back("Back") // on Today: nothing happens, the window stays
        verify(win.visible)
        compare(shell.overlayShown, false)
    }

    function test_a_questionnaire_closes_with_back() {
        shell.showScreen("questionnaire")
        verify(shell.questionnaireShown)
        back("Back")
        verify(!shell.questionnaireShown)
    }

    function test_a_new_episode_is_cancelled_with_back() {
        shell.push("setup")
        verify(shell.showingSetup)
        back("Escape")
        verify(!shell.showingSetup)
    }

    function test_an_open_menu_closes_before_the_page() {
        shell.push("settings")
        const menuButton = findChild(shell, "moreOptions")
        verify(menuButton)
        mouseClick(menuButton)
        const menu = findChild(shell, "mainMenu")
        tryVerify(() => menu.opened, 2000)
        back("Escape")
        tryVerify(() => !menu.visible, 2000)
        compare(shell.topPage, "settings", "the menu closed, the page stays")
        back("Escape")
        compare(shell.topPage, "")
    }

    function stackDepth() {
        return findChild(shell, "pageStack").depth
    }

    function test_the_page_stack_holds_what_is_shown() {
        compare(stackDepth(), 1, "the tabs alone")
        shell.push("cohort")
        shell.push("review")
        compare(stackDepth(), 3)
        compare(findChild(shell, "pageStack").currentItem.objectName, "reviewPage")
        shell.push("review")
        compare(stackDepth(), 3, "a page already on top is not opened twice")
        back("Back")
        back("Back")
        compare(stackDepth(), 1)
        verify(findChild(shell, "tabBar").visible)
    }

    function test_the_red_flag_message_ignores_back() {
        // A real red flag: today's entry saved with a warning sign, as the form does.
        App.entry.selectDate("")
        App.entry.draft.painAverage = 4
        App.entry.draft.setSign("cannotBearWeight", true)
        verify(App.entry.save(), JSON.stringify(App.entry.draft.errors))
        const understood = findChild(win.contentItem, "redFlagUnderstood")
        tryVerify(() => understood !== null && understood.visible, 2000)
        for (const how of ["Back", "Escape", "Alt+Left", "mouse"]) {
            back(how)
            verify(understood.visible, "the red-flag message stays open after " + how)
        }
        mouseClick(understood)
        tryVerify(() => !understood.visible, 2000)
    }

    function test_a_dialog_closes_before_its_page() {
        shell.showScreen("timeline")
        tryVerify(() => findChild(win.contentItem, "addTreatment") !== null, 5000)
        findChild(win.contentItem, "addTreatment").clicked() // it may be below the fold here
        // A dialog lives in the window's overlay (a child of the content item).
        tryVerify(() => findChild(win.contentItem, "treatmentForm") !== null, 2000)
        const dialog = findChild(win.contentItem, "treatmentForm")
        tryVerify(() => dialog.visible, 2000)
        back("Escape")
        tryVerify(() => !dialog.visible, 2000)
        compare(shell.topPage, "")
        compare(findChild(shell, "tabBar").currentIndex, 1, "the timeline stays after the dialog closed")
        back("Escape")
        compare(findChild(shell, "tabBar").currentIndex, 0)
    }
}
