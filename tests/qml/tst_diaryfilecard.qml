import QtQuick
import QtTest
import Mend
import MendTest

// Settings → "Your diary as a file": the whole diary saved to Mend's folder, imported back on a
// worker thread; a day that differs is kept as the diary has it and the report says so, until
// the person takes the file's values.
Item {
    width: 360
    height: 640

    DiaryFileCard {
        id: card
        width: parent.width
    }

    TestCase {

        // Any QML warning, binding loops included, fails the test.

        function init() { failOnWarning(/./) }

        name: "DiaryFileCard"
        when: windowShown

        function find(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_save_then_import_reports_and_offers_the_files_values() {
            const day = Fixture.todayIso
            verify(Fixture.store(day, 4))
            mouseClick(find(card, "saveDiaryFile"))
            verify(DiaryFiles.saving)
            verify(find(card, "diaryFileBusy").visible)
            compare(find(card, "diaryFileBusy").text, "Saving your diary…")
            tryCompare(DiaryFiles, "busy", false, 10000)
            compare(card.errorText, "")
            verify(card.savedFile.toString().endsWith(".json"), card.savedFile)
            verify(Fixture.fileStart(card.savedFile, 4000).indexOf("\"resourceType\"") >= 0)

            verify(Fixture.store(day, 9)) // the diary changes after the file was made
            DiaryFiles.importFile(card.savedFile)
            verify(DiaryFiles.busy)
            tryCompare(DiaryFiles, "busy", false, 10000)
            const report = find(card, "importReport")
            verify(report.visible)
            verify(report.text.indexOf("1 day(s) differ from the diary") >= 0, report.text)
            verify(report.text.indexOf("average pain 9 in the diary, 4 in the file") >= 0, report.text)
            compare(Fixture.storedPain(day), 9) // the diary's stays

            const take = find(card, "takeFilesValues")
            verify(take.visible)
            mouseClick(take)
            tryCompare(DiaryFiles, "busy", false, 10000)
            compare(Fixture.storedPain(day), 4)
            compare(DiaryFiles.conflicts, 0)
            verify(!find(card, "takeFilesValues").visible)
        }

        function test_a_file_that_is_not_a_diary_is_refused_and_changes_nothing() {
            const before = Fixture.entryCount()
            DiaryFiles.importFile(Fixture.tempFile("missing.json"))
            tryCompare(DiaryFiles, "busy", false, 10000)
            verify(DiaryFiles.reportIsError)
            verify(DiaryFiles.report.indexOf("cannot be read") >= 0, DiaryFiles.report)
            compare(Fixture.entryCount(), before)
        }
    }
}
