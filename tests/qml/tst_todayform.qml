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
    }

    TestCase {
        name: "TodayForm"
        when: windowShown

        // The optional sections are built after the first frame; Save waits for them.
        function init() {
            failOnWarning(/./) // any QML warning, binding loops included, fails the test
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
            }
        }

        function test_0_saveDoesNotWaitForTheOptionalSections() {
            const fresh = createTemporaryObject(freshPage, window, {width: 390, height: 800})
            verify(fresh)
            verify(!fresh.detailsReady)
            // Save reads the draft, not the fields: a tap before the sections are built is
            // answered at once (here refused for the missing pain: nothing is written).
            findChild(fresh, "saveButton").clicked()
            compare(Object.keys(Fixture.entry.draft.errors), ["pain"])
            compare(Fixture.entryCount(), 0)
            tryVerify(() => fresh.detailsReady, 5000)
            compare(Object.keys(Fixture.entry.draft.errors), ["pain"])
            verify(findChild(fresh, "stepsField"))
            Fixture.entry.selectDate("") // a reload clears the marks
            compare(Object.keys(Fixture.entry.draft.errors), [])
        }

        function test_1_saveRequiresPain() {
            save()
            compare(Object.keys(Fixture.entry.draft.errors), ["pain"])
            compare(Fixture.entry.draft.errors.pain, "Tap a number from 0 to 10 for your average pain")
            verify(page.errorText !== "")
            compare(Fixture.entryCount(), 0)
            // Tapping a number is the fix: the mark goes at once, before the next save.
            mouseClick(cell("painAverage", 4))
            compare(Object.keys(Fixture.entry.draft.errors).length, 0)
            compare(page.errorText, "")
            compare(Fixture.entryCount(), 0)
        }

        function test_1b_aPainOnlyDayIsOneTapAndSaveWithSaveInView() {
            const small = createTemporaryObject(freshPage, window, {width: 360, height: 640})
            tryVerify(() => small.detailsReady, 5000)
            verify(!small.moreShown, "the details start folded")
            const button = findChild(small, "saveButton")
            const bottom = button.mapToItem(small, 0, button.height).y
            verify(bottom <= 640, "Save is in view without scrolling: " + bottom)
            verify(findChild(small, "sign_chills").visible, "the warning signs are not folded")
            verify(!findChild(small, "stepsField").visible, "steps are under More")
            findChild(small, "moreDetails").clicked() // below the fold here; the scenarios tap it
            verify(findChild(small, "stepsField").visible)
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

        function test_3_badInputIsRefusedAtItsFieldAndNothingIsLost() {
            mouseClick(cell("painAverage", 2))
            const steps = findChild(page, "stepsField")
            steps.text = "-40"
            save()
            compare(Fixture.entry.draft.errors.steps, "Steps cannot be below 0")
            compare(steps.errorText, "Steps cannot be below 0")
            compare(Fixture.storedPain(Fixture.todayIso), 5)
            steps.text = ""
            steps.edited()
            compare(steps.errorText, "", "the mark goes when the value is fixed")

            const rom = findChild(page, "romField_knee-flexion")
            rom.treated = "400"
            save()
            const treated = findChild(rom, "romTreated")
            compare(treated.errorText, "The knee does not move that far — check the number")
            compare(findChild(rom, "romOther").errorText, "")
            verify(page.moreShown, "the field's section is unfolded")
            const small = createTemporaryObject(freshPage, window, {width: 360, height: 640})
            tryVerify(() => small.detailsReady, 5000)
            findChild(small, "romField_knee-flexion").treated = "400"
            findChild(small, "painAverage").value = 2
            small.save()
            compare(Object.keys(Fixture.entry.draft.errors), ["rom knee-flexion"])
            verify(small.moreShown)
            const field = findChild(findChild(small, "romField_knee-flexion"), "romTreated")
            tryVerify(() => {
                const y = field.mapToItem(small, 0, 0).y
                return y >= 0 && y + field.height <= 640
            }, 5000, "the refused field is scrolled into view")
            compare(Fixture.storedRom(Fixture.todayIso, "knee-flexion"), 112)
            // Still wrong after an edit: the mark stays, with the words for the new value.
            rom.treated = "-400"
            treated.edited()
            compare(treated.errorText, "The knee does not move that far the other way — check the number")
            rom.treated = "95"
            treated.edited()
            compare(treated.errorText, "")
            compare(Fixture.storedRom(Fixture.todayIso, "knee-flexion"), 112, "a fix is not a save")

            rom.other = "abc"
            save()
            compare(findChild(rom, "romOther").errorText, "Type a whole number, with digits only")
            rom.other = ""
            findChild(rom, "romOther").edited()
            save()
            compare(page.errorText, "")
            compare(Fixture.storedRom(Fixture.todayIso, "knee-flexion"), 95)
        }

        function test_4_editAnotherDayLoadsItsValues() {
            verify(Fixture.store(previousDay(), 8))
            Fixture.entry.selectDate(previousDay())
            compare(findChild(page, "painAverage").value, 8)
            mouseClick(cell("painAverage", 7))
            save()
            compare(Fixture.storedPain(previousDay()), 7)
            compare(Fixture.storedPain(Fixture.todayIso), 2)
            Fixture.entry.selectDate("")
            compare(findChild(page, "painAverage").value, 2)
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
            const flags = Fixture.entry.redFlags
            compare(flags.count, 1)
            verify(flags.get(0).reason.indexOf("bear weight") >= 0, flags.get(0).reason)
            compare(Fixture.entry.redFlagEmergency, false)
            compare(Fixture.openAlerts(), 1)
            Fixture.entry.acknowledgeAlerts()
            compare(Fixture.openAlerts(), 0)
        }

        function test_6_badTemperatureIsRefused() {
            const temperature = findChild(page, "temperatureField")
            temperature.text = "384"
            save()
            compare(temperature.errorText, "A body temperature is between 30 and 45 °C — check the number")
            temperature.text = "100.4"
            save()
            compare(temperature.errorText, "Mend takes °C: 100.4 °F is 38.0 °C")
            compare(redFlagSpy.count, 1)
            temperature.text = ""
            temperature.edited()
            compare(temperature.errorText, "")
        }

        function test_7_theWarningSignsComeFromCore() {
            compare(Fixture.entry.warningSigns.length, 9)
            for (const sign of Fixture.entry.warningSigns)
                verify(findChild(page, "sign_" + sign.key), sign.key)
        }

        function test_8_everyRefusedFieldIsMarkedAtOnce() {
            const fresh = createTemporaryObject(freshPage, window, {width: 390, height: 4000})
            tryVerify(() => fresh.detailsReady, 5000)
            Fixture.entry.selectDate(previousDay())
            Fixture.entry.draft.painAverage = -1
            findChild(fresh, "stepsField").text = "-40"
            findChild(fresh, "temperatureField").text = "384"
            findChild(fresh, "romField_knee-flexion").treated = "abc"
            const before = Fixture.storedPain(previousDay())
            findChild(fresh, "saveButton").clicked()
            const errors = Fixture.entry.draft.errors
            compare(Object.keys(errors).sort(), ["pain", "rom knee-flexion", "steps", "temperature"])
            compare(errors.steps, "Steps cannot be below 0")
            compare(errors["rom knee-flexion"], "Type a whole number, with digits only")
            compare(findChild(fresh, "temperatureField").errorText,
                    "A body temperature is between 30 and 45 °C — check the number")
            compare(fresh.errorText, "4 answers need checking: they are marked in red.")
            compare(Fixture.storedPain(previousDay()), before, "nothing is stored")
            // Each fix takes its own mark away and leaves the others.
            findChild(fresh, "stepsField").text = "4000"
            compare(Object.keys(Fixture.entry.draft.errors).sort(), ["pain", "rom knee-flexion", "temperature"])
            mouseClick(findChild(findChild(fresh, "painAverage"), "painCell3"))
            findChild(fresh, "temperatureField").text = ""
            findChild(fresh, "romField_knee-flexion").treated = "100"
            compare(Object.keys(Fixture.entry.draft.errors), [])
            compare(fresh.errorText, "")
            findChild(fresh, "saveButton").clicked()
            compare(Fixture.storedPain(previousDay()), 3)
            compare(Fixture.storedRom(previousDay(), "knee-flexion"), 100)
            Fixture.entry.selectDate("")
        }

        function previousDay() {
            const d = new Date(Fixture.todayIso + "T12:00:00")
            d.setDate(d.getDate() - 1)
            return d.toISOString().substring(0, 10)
        }
    }
}
