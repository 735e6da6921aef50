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
        win = component.createObject(null, {
            episodes: Fixture.episodes, entry: Fixture.entry, history: Fixture.history,
            timeline: Fixture.timeline, treatments: Fixture.treatments, protocol: Fixture.protocol,
            questionnaire: Fixture.questionnaire, outcomes: Fixture.outcomes,
            reminders: Fixture.reminders, review: Fixture.review, cohort: Fixture.cohort,
            backups: Fixture.backups, lock: Fixture.lock, width: 390, height: 844
        })
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
}
