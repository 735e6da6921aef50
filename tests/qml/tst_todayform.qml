import QtQuick
import QtTest
import Mend
import MendTest

// The daily log form: one tap for pain, save, edit, and refusal of bad input without loss.
Item {
    id: window
    width: 390
    height: 4000

    TodayPage {
        id: page
        anchors.fill: parent
        entry: Fixture.entry
        reminders: Fixture.reminders
        outcomes: Fixture.outcomes
    }

    TestCase {
        name: "TodayForm"
        when: windowShown

        // The optional sections are built after the first frame; Save waits for them.
        function init() {
            tryVerify(() => page.detailsReady, 5000)
        }

        function cell(scaleName, value) {
            const scale = findChild(page, scaleName)
            verify(scale, "scale " + scaleName)
            const button = findChild(scale, "painCell" + value)
            verify(button, "cell " + value)
            return button
        }

        function save() {
            const button = findChild(page, "saveButton")
            verify(button)
            // A click outside the window would do nothing: keep the form inside it.
            verify(button.mapToItem(window, 0, button.height).y <= window.height, "save button off screen")
            mouseClick(button)
        }

        Component {
            id: freshPage
            TodayPage {
                entry: Fixture.entry
                reminders: Fixture.reminders
                outcomes: Fixture.outcomes
            }
        }

        function test_0_saveWaitsForTheOptionalSections() {
            const fresh = createTemporaryObject(freshPage, window, {width: 390, height: 800})
            verify(fresh)
            verify(!fresh.detailsReady)
            verify(!findChild(fresh, "saveButton").enabled)
            tryVerify(() => fresh.detailsReady, 5000)
            verify(findChild(fresh, "saveButton").enabled)
            verify(findChild(fresh, "stepsField"))
        }

        function test_1_saveRequiresPain() {
            save()
            verify(page.errorText.indexOf("pain") >= 0, page.errorText)
            compare(Fixture.entryCount(), 0)
        }

        function test_2_tapPainAndSave() {
            mouseClick(cell("painAverage", 5))
            compare(findChild(page, "painAverage").value, 5)
            findChild(page, "romField_knee-flexion").treated = "112"
            save()
            compare(page.errorText, "")
            compare(Fixture.storedPain(Fixture.todayIso), 5)
            compare(Fixture.storedRom(Fixture.todayIso, "knee-flexion"), 112)
            verify(Fixture.entry.exists)
            compare(findChild(page, "saveButton").text, "Update entry")
        }

        function test_3_badInputIsRefusedAndNothingIsLost() {
            mouseClick(cell("painAverage", 2))
            findChild(page, "stepsField").text = "-40"
            save()
            verify(page.errorText.indexOf("steps") >= 0, page.errorText)
            verify(page.errorText.indexOf("-40") >= 0, page.errorText)
            compare(Fixture.storedPain(Fixture.todayIso), 5)

            findChild(page, "stepsField").text = ""
            findChild(page, "romField_knee-flexion").treated = "-400"
            save()
            verify(page.errorText.indexOf("-400") >= 0, page.errorText)
            compare(Fixture.storedRom(Fixture.todayIso, "knee-flexion"), 112)
        }

        function test_4_editAnotherDayLoadsItsValues() {
            verify(Fixture.store(previousDay(), 8))
            Fixture.entry.selectDate(previousDay())
            compare(findChild(page, "painAverage").value, 8)
            mouseClick(cell("painAverage", 7))
            save()
            compare(Fixture.storedPain(previousDay()), 7)
            compare(Fixture.storedPain(Fixture.todayIso), 5)
            Fixture.entry.selectDate("")
            compare(findChild(page, "painAverage").value, 5)
        }

        SignalSpy {
            id: redFlagSpy
            target: page
            signalName: "redFlags"
        }

        function test_5_warningSignShowsRedFlagAtOnce() {
            Fixture.entry.selectDate("")
            const sign = findChild(page, "sign_cannotBearWeight")
            verify(sign)
            sign.checked = true
            save()
            compare(page.errorText, "")
            compare(redFlagSpy.count, 1)
            const flags = redFlagSpy.signalArguments[0][0]
            compare(flags.length, 1)
            verify(flags[0].reason.indexOf("bear weight") >= 0, flags[0].reason)
            compare(Fixture.openAlerts(), 1)
            Fixture.entry.acknowledgeAlerts()
            compare(Fixture.openAlerts(), 0)
        }

        function test_6_badTemperatureIsRefused() {
            findChild(page, "temperatureField").text = "384"
            save()
            verify(page.errorText.indexOf("384") >= 0, page.errorText)
            compare(redFlagSpy.count, 1)
        }

        function previousDay() {
            const d = new Date(Fixture.todayIso + "T12:00:00")
            d.setDate(d.getDate() - 1)
            return d.toISOString().substring(0, 10)
        }
    }
}
