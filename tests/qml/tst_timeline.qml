import QtQuick
import QtTest
import Mend
import MendTest

// The timeline: ranges, wheel zoom and drag pan shared by every chart, goals in the milestone list.
Item {
    id: window
    width: 390
    height: 3000

    TimelinePage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        id: root

        // Any QML warning, binding loops included, fails the test.

        function init() { failOnWarning(/./) }

        name: "Timeline"
        when: windowShown

        function initTestCase() {
            for (let ago = 25; ago >= 0; --ago) {
                const d = new Date(Fixture.todayIso + "T12:00:00")
                d.setDate(d.getDate() - ago)
                Fixture.store(d.toISOString().substring(0, 10), ago > 10 ? 6 : 3)
            }
        }

        function goals() {
            const list = Fixture.timeline.milestones
            const out = []
            for (let i = 0; i < list.count; ++i)
                if (list.get(i).goal)
                    out.push(list.get(i))
            return out
        }

        function painChart() {
            const chart = findChild(page, "painChart")
            verify(chart, "pain chart")
            return chart
        }

        function test_1_rangeSetsTheAxis() {
            Fixture.timeline.range = "2w"
            fuzzyCompare(Fixture.timeline.xMax - Fixture.timeline.xMin, 2.0, 0.001)
            Fixture.timeline.range = "3m"
            fuzzyCompare(Fixture.timeline.xMax - Fixture.timeline.xMin, 13.0, 0.001)
        }

        function test_2_wheelZoomsAndDragPans() {
            const chart = painChart()
            waitForRendering(chart)
            const before = Fixture.timeline.xMax - Fixture.timeline.xMin
            const area = chart.plotArea
            mouseWheel(chart, area.x + area.width / 2, area.y + area.height / 2, 0, 120)
            compare(Fixture.timeline.xMax - Fixture.timeline.xMin, before, "a plain wheel leaves the charts to the page")
            verify(!Fixture.timeline.zoomed)
            mouseWheel(chart, area.x + area.width / 2, area.y + area.height / 2, 0, 120, Qt.NoButton, Qt.ControlModifier)
            const zoomed = Fixture.timeline.xMax - Fixture.timeline.xMin
            verify(zoomed < before, "Ctrl+wheel zoomed in: " + zoomed + " < " + before)
            verify(Fixture.timeline.zoomed)
            const minBefore = Fixture.timeline.xMin
            mouseDrag(chart, area.x + area.width / 2, area.y + area.height / 2, -area.width / 3, 0)
            verify(Fixture.timeline.xMin > minBefore, "dragged left shows later weeks")
            fuzzyCompare(Fixture.timeline.xMax - Fixture.timeline.xMin, zoomed, 0.001)
            Fixture.timeline.resetView()
            verify(!Fixture.timeline.zoomed)
            fuzzyCompare(Fixture.timeline.xMax - Fixture.timeline.xMin, before, 0.001)
            mouseWheel(chart, area.x + area.width / 2, area.y + area.height / 2, 0, 120, Qt.NoButton, Qt.ControlModifier)
            Fixture.timeline.range = "3m" // choosing a range undoes the zoom
            fuzzyCompare(Fixture.timeline.xMax - Fixture.timeline.xMin, 13.0, 0.001)
            verify(!Fixture.timeline.zoomed)
        }

        function test_1b_aYoungEpisodeShowsTheWeeksAhead() {
            // Injected 20 days ago, entries from day -5: three months start at the baseline
            // window (day -14), not 13 weeks before today; today sits inside the right edge.
            Fixture.timeline.range = "3m"
            fuzzyCompare(Fixture.timeline.xMin, -2.0, 0.001)
            fuzzyCompare(Fixture.timeline.xMax, 11.0, 0.001)
            Fixture.timeline.range = "2w"
            const today = 20 / 7
            verify(Fixture.timeline.xMax > today + 0.05, "today inside the edge: " + Fixture.timeline.xMax)
            fuzzyCompare(Fixture.timeline.xMax - Fixture.timeline.xMin, 2.0, 0.001)
            Fixture.timeline.months = true
            compare(Fixture.timeline.axisLabelFormat, "%.1f") // tenths of a month, not no label
            verify(Fixture.timeline.weekTickInterval < 1)
            Fixture.timeline.months = false
            compare(Fixture.timeline.axisLabelFormat, "%.0f")
            Fixture.timeline.range = "3m"
        }

        function test_3_goalsAppearAndTickOff() {
            compare(Fixture.treatments.addGoal("Walk 2 km", "0", "12"), "")
            const goals = root.goals()
            compare(goals.length, 1)
            compare(goals[0].status, "in-window")
            compare(Fixture.treatments.setGoalDone(goals[0].goalId, true), "")
            compare(root.goals()[0].status, "achieved")
            verify(Fixture.treatments.addGoal("", "0", "12").indexOf("text") >= 0)
            compare(Fixture.treatments.addTreatment("series", Fixture.todayIso, "2nd of 3"), "")
            verify(Fixture.treatments.addTreatment("series", Fixture.todayIso, "").indexOf("date") >= 0,
                   "one series injection per day")
            verify(Fixture.treatments.addTreatment("magic", Fixture.todayIso, "").indexOf("kind") >= 0)
        }

        function test_5_tableShowsTheVisibleRows() {
            Fixture.timeline.range = "2w"
            const rows = Fixture.timeline.tableRows
            verify(rows.count >= 14 && rows.count <= 15, "rows in two weeks: " + rows.count)
            compare(rows.get(0).pain, "3")
            compare(rows.get(0).average, "3.0")
            verify(findChild(page, "painChart").visible)
            findChild(page, "tableSwitch").checked = true
            verify(!findChild(page, "painChart").visible, "the table replaces the charts")
            findChild(page, "tableSwitch").checked = false
            Fixture.timeline.range = "3m"
        }

        function test_6_repeatEpisodeIsComparedAtDayZero() {
            const chart = findChild(page, "compareChart")
            verify(!chart.visible, "no comparison with one episode")
            compare(Fixture.addRepeatEpisode(), "")
            compare(Fixture.timeline.episodeLabels.length, 2)
            verify(chart.visible)
            compare(chart.count, 2)
            compare(chart.series(0).count, 21) // days 0-20 of the first episode (5 baseline days left out)
            compare(chart.series(1).count, 0)  // the repeat has no entries yet
            // A zoom, a pan or a range redraws the charts on the range, not the comparison.
            const drawn = chart.series(0)
            Fixture.timeline.zoomAt(0.5, 100, 390)
            Fixture.timeline.panBy(-50, 390)
            Fixture.timeline.range = "2w"
            verify(chart.series(0) === drawn, "the comparison was not drawn again")
            Fixture.timeline.months = true
            verify(chart.series(0) !== drawn, "months: the comparison drawn on the new axis")
            Fixture.timeline.months = false
            Fixture.timeline.range = "3m"
        }

        function test_4_monthsAxis() {
            Fixture.timeline.months = true
            compare(Fixture.timeline.axisTitle, "Months since injection")
            Fixture.timeline.months = false
            compare(Fixture.timeline.axisTitle, "Weeks since injection")
        }
    }
}
