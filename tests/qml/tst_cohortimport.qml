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
        name: "CohortImport"

        function test_folder_is_imported_off_the_gui_thread() {
            verify(Fixture.store(Fixture.todayIso, 4)) // a Bundle with nothing in it is refused
            const before = Fixture.cohort.rows.length
            const folder = Fixture.cohortFolder()
            verify(folder.toString() !== "")
            Fixture.cohort.importFolder(folder)
            verify(Fixture.cohort.importing)
            finished.wait(20000)
            compare(finished.signalArguments[0][0], "1 patient(s) imported, 0 file(s) refused")
            verify(!Fixture.cohort.importing)
            compare(Fixture.cohort.progress, 1)
            compare(Fixture.cohort.rows.length, before + 1)

            // The same folder again: the patient is already there, so the file is refused.
            Fixture.cohort.importFolder(folder)
            finished.wait(20000)
            compare(finished.signalArguments[1][0], "0 patient(s) imported, 1 file(s) refused")
            compare(Fixture.cohort.rows.length, before + 1)
        }
    }
}
