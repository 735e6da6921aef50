import QtQuick
import QtTest
import Mend
import MendTest

// The visit report is written on a worker thread: the call returns at once, the page is told
// when the PDF is there (or why not), and a second report waits for the first.
Item {
    width: 390
    height: 844

    ReviewPage {
        id: page
        anchors.fill: parent
    }

    SignalSpy {
        id: pageMessage
        target: page
        signalName: "message"
    }

    FileChooser {
        id: noBrowser
        available: false
    }

    SignalSpy {
        id: unavailable
        target: noBrowser
        signalName: "unavailable"
    }

    SignalSpy {
        id: finished
        target: Fixture.review
        signalName: "reportFinished"
    }

    TestCase {
        name: "ReviewReport"
        when: windowShown

        function init() {

            failOnWarning(/./) // any QML warning, binding loops included, fails the test
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

        function findByName(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findByName(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_save_goes_to_the_folder_and_says_where() {
            const save = findByName(page.contentItem, "saveReport")
            verify(save !== null)
            mouseClick(save)
            finished.wait(20000)
            compare(finished.signalArguments[0][0], "")
            const saved = findByName(page.contentItem, "reportSaved")
            tryVerify(() => saved.visible)
            const name = "Mend visit report " + Qt.formatDate(new Date(), "yyyy-MM-dd") + ".pdf"
            compare(OutputFiles.shownPath(page.savedReport), OutputFiles.shownPath(
                        "file://" + OutputFiles.folder + "/" + name))
            verify(Fixture.fileStart("file://" + OutputFiles.folder + "/" + name, 5) === "%PDF-")
            compare(Fixture.fileStart(page.savedReport, 5), "%PDF-")
            tryCompare(Fixture.review, "writingReport", false)

            finished.clear()
            mouseClick(save) // a second report never replaces the first
            finished.wait(20000)
            tryVerify(() => OutputFiles.shownPath(page.savedReport).endsWith(" (2).pdf"))
            compare(Fixture.fileStart(page.savedReport, 5), "%PDF-")
            compare(pageMessage.count, 0)
        }

        function test_save_as_is_offered_only_with_a_file_browser() {
            const saveAs = findByName(page.contentItem, "saveReportAs")
            compare(saveAs.visible, OutputFiles.canBrowse)
        }

        function test_no_file_browser_is_a_message_not_a_crash() {
            noBrowser.open()
            compare(unavailable.count, 1)
            verify(unavailable.signalArguments[0][0].indexOf(OutputFiles.folder) >= 0)
            compare(noBrowser.dialog, null)
        }

        function test_unwritable_place_is_reported() {
            compare(Fixture.review.writeReport(Fixture.tempFile("no-such-folder/visit.pdf"), true), "")
            finished.wait(20000)
            verify(finished.signalArguments[0][0] !== "")
            tryCompare(Fixture.review, "writingReport", false)
        }
    }
}
