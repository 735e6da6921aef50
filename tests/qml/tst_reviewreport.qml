import QtQuick
import QtTest
import Mend
import MendTest

// The visit report is written on a worker thread: the call returns at once, the page is told
// when the PDF is there (or why not), and a second report waits for the first.
Item {
    width: 390
    height: 844

    SignalSpy {
        id: finished
        target: Fixture.review
        signalName: "reportFinished"
    }

    TestCase {
        name: "ReviewReport"

        function init() {
            finished.clear()
            Fixture.review.showEpisode(0)
        }

        function test_report_is_written_off_the_gui_thread() {
            const file = Fixture.tempFile("visit.pdf")
            compare(Fixture.review.writeReport(file, false), "")
            verify(Fixture.review.writingReport)
            verify(Fixture.review.writeReport(Fixture.tempFile("second.pdf"), false).indexOf("being written") >= 0)
            finished.wait(20000)
            compare(finished.signalArguments[0][0], "")
            tryCompare(Fixture.review, "writingReport", false)
            compare(Fixture.fileStart(file, 5), "%PDF-")
        }

        function test_unwritable_place_is_reported() {
            compare(Fixture.review.writeReport(Fixture.tempFile("no-such-folder/visit.pdf"), true), "")
            finished.wait(20000)
            verify(finished.signalArguments[0][0] !== "")
            tryCompare(Fixture.review, "writingReport", false)
        }
    }
}
