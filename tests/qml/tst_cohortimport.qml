import QtQuick
import QtTest
import Mend
import MendTest

// A clinic's folder of Bundles is imported on a worker thread: the call returns at once, progress
// reaches the end, the summary names what happened and the patient joins the cohort list.
Item {
    SignalSpy {
        id: finished
        target: Fixture.cohort
        signalName: "importFinished"
    }

    TestCase {

        // Any QML warning, binding loops included, fails the test.

        function init() { failOnWarning(/./) }

        name: "CohortImport"

        function test_folder_is_imported_off_the_gui_thread() {
            verify(Fixture.store(Fixture.todayIso, 4)) // a Bundle with nothing in it is refused
            Fixture.cohort.open()
            const before = Fixture.cohort.rows.count
            const folder = Fixture.cohortFolder()
            verify(folder.toString() !== "")
            Fixture.cohort.importFolder(folder)
            verify(Fixture.cohort.importing)
            finished.wait(20000)
            compare(finished.signalArguments[0][0], "1 patient(s) imported, 0 file(s) refused")
            verify(!Fixture.cohort.importing)
            compare(Fixture.cohort.progress, 1)
            compare(Fixture.cohort.rows.count, before + 1)

            // Its review says whose it is, not this diary's, and the date behind "now".
            const row = Fixture.cohort.rows.get(Fixture.cohort.rows.count - 1)
            Fixture.review.showEpisode(row.episodeId)
            verify(Fixture.review.subtitle.startsWith("Patient "), Fixture.review.subtitle)
            verify(Fixture.review.subtitle.indexOf("now = the 7 days to ") > 0, Fixture.review.subtitle)
            Fixture.review.showEpisode(0)
            verify(Fixture.review.subtitle.startsWith("This diary · injected "), Fixture.review.subtitle)

            // The same folder again: the patient is already there, so the file is refused.
            Fixture.cohort.importFolder(folder)
            finished.wait(20000)
            compare(finished.signalArguments[1][0], "0 patient(s) imported, 1 file(s) refused")
            compare(Fixture.cohort.rows.count, before + 1)
        }
    }
}
