import QtQuick
import QtTest
import Mend
import MendTest

// The theme every screen reads: each text colour on each background it is drawn on reaches
// WCAG AA (4.5:1) in light and in dark; the text sizes follow the chosen size up to 200 %;
// the diary keeps the choices, and refuses what is not one.
TestCase {
    // Any QML warning, binding loops included, fails the test.
    function init() { failOnWarning(/./) }

    name: "Theme"

    function cleanup() {
        Theme.mode = "system"
        Theme.textSizePercent = 100
    }

    function test_pairs_reach_aa_data() {
        return [{ tag: "light", mode: "light" }, { tag: "dark", mode: "dark" }]
    }

    function test_pairs_reach_aa(data) {
        Theme.mode = data.mode
        compare(Theme.dark, data.mode === "dark")
        const pairs = Theme.textPairs()
        verify(pairs.length >= 15)
        for (const pair of pairs) {
            verify(pair.ratio >= 4.5,
                   data.mode + " " + pair.name + ": " + pair.foreground + " on " + pair.background
                   + " is " + pair.ratio.toFixed(2) + ":1")
            // The ratio handed out is the contrast of the two colours themselves.
            fuzzyCompare(Theme.contrast(pair.foreground, pair.background), pair.ratio, 1e-9)
        }
    }

    function test_contrast_is_wcag() {
        fuzzyCompare(Theme.contrast("black", "white"), 21, 1e-9)
        fuzzyCompare(Theme.contrast("#767676", "#ffffff"), 4.54, 0.005)
        // Material's Teal 500 under white, which the theme no longer uses for text or buttons.
        verify(Theme.contrast("white", "#009688") < 4.5)
    }

    function test_text_sizes_follow_the_choice() {
        const body = Theme.bodySize
        const small = Theme.smallSize
        verify(body >= 14)
        verify(small >= 13)
        Theme.textSizePercent = 200
        compare(Theme.bodySize, 2 * body)
        verify(Math.abs(Theme.smallSize - 2 * small) <= 1)
        verify(Theme.headlineSize > Theme.titleSize && Theme.titleSize > Theme.largeSize)
        // Qt Charts' own labels stop at 15 px: they elide where a wrapped label would not.
        compare(Theme.chartSize, 15)
        Theme.textSizePercent = 500
        compare(Theme.textSizePercent, 200)
        Theme.textSizePercent = 10
        compare(Theme.textSizePercent, 100)
    }

    function test_mode_ignores_an_unknown_word() {
        Theme.mode = "dark"
        Theme.mode = "<b>night</b>"
        compare(Theme.mode, "dark")
        verify(Theme.dark)
    }

    function test_the_diary_keeps_the_choices() {
        compare(Fixture.episodes.setTextSizePercent(175), "")
        compare(Fixture.episodes.textSizePercent, 175)
        compare(Fixture.episodes.setThemeMode("dark"), "")
        compare(Fixture.episodes.themeMode, "dark")
        // Refused with the field named in plain words; nothing changes.
        compare(Fixture.episodes.setTextSizePercent(250), "text size: \"250\" is not a whole number from 100 to 200")
        compare(Fixture.episodes.textSizePercent, 175)
        compare(Fixture.episodes.setThemeMode("sepia"), "colours: \"sepia\" is not system, light or dark")
        compare(Fixture.episodes.themeMode, "dark")
        compare(Fixture.episodes.setTextSizePercent(100), "")
        compare(Fixture.episodes.setThemeMode("system"), "")
    }
}
