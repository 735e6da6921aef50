// The timeline in the real window: ranges, months, zoom and a long or a young diary, driven as a
// person would (see tst_app_scenarios.cpp).
#include "clifixture.h"
#include "drivenapp.h"
#include "scenariodiaries.h"
#include "scenariosupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>

TEST_CASE("scenario: the timeline's ranges and months view change without a QML warning",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addEpisode(cli);
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("ranges"), size));
            app.must(QStringLiteral("screen timeline"));
            app.must(QStringLiteral("wait 300"));
            int step = 1;
            // From a long range to a short one moves the axis minimum past the old maximum.
            for (const char *control : {"1 year", "2 weeks", "All", "Months", "2 weeks", "3 months",
                                        "Months", "2 weeks"}) {
                app.must(QStringLiteral("click ") + ui(QLatin1String(control)));
                app.must(QStringLiteral("wait 200"));
                app.shot(QStringLiteral("%1-%2").arg(step++).arg(
                    QString::fromLatin1(control).replace(u' ', u'-')));
            }
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: three years on the timeline: All draws each few weeks' average and their "
          "lowest and highest days and says so, a save shows, a year goes back to every day",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            QTemporaryDir home;
            const QString db = home.filePath(QStringLiteral("years.sqlite"));
            QProcess generator;
            generator.start(QStringLiteral(MEND_GENERATE_DIARY_PATH), {QStringLiteral("3"), db});
            REQUIRE(generator.waitForFinished(60000));
            REQUIRE(generator.exitCode() == 0);
            DrivenApp app(db, size, home.path(), shotPrefix(QStringLiteral("years"), size));
            app.must(QStringLiteral("screen timeline"));
            app.must(QStringLiteral("wait 300"));
            int step = 1;
            const auto look = [&](const QString &what) {
                app.must(QStringLiteral("wait 300"));
                app.shot(QStringLiteral("%1-%2").arg(step++).arg(what));
                INFO(what.toStdString());
                CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
                // Each text on screen whole: the legend's entries, among others.
                return app.command(QStringLiteral("texts")).split(QStringLiteral(" | "));
            };
            const auto startingWith = [](const QStringList &texts, const QString &start) {
                return std::any_of(texts.cbegin(), texts.cend(),
                                   [&](const QString &t) { return t.startsWith(start); });
            };
            CHECK(
                look(QStringLiteral("three-months")).contains(ui(QStringLiteral("7-day average"))));

            app.must(QStringLiteral("click ") + ui(QStringLiteral("All")));
            const QStringList all = look(QStringLiteral("all"));
            // Over 160 weeks on a phone's plot: a point stands for a few weeks; on a desktop's
            // wider plot for fewer.
            CHECK(startingWith(all, uiBefore(QStringLiteral("Average of every %1 weeks"))));
            CHECK(startingWith(
                all, uiBefore(QStringLiteral("Lowest and highest day of every %1 weeks"))));
            CHECK_FALSE(all.contains(ui(QStringLiteral("7-day average"))));

            // A save from the app (yesterday's pain) is patched into the buckets on screen.
            CHECK(app.command(QStringLiteral("log ") + isoDaysFromToday(-1) +
                              QStringLiteral(" 9")) == QStringLiteral("saved"));
            look(QStringLiteral("all-after-a-save"));

            app.must(QStringLiteral("click ") + ui(QStringLiteral("1 year")));
            // A year has more days than a phone's plot has pixels: a point a week there.
            CHECK(look(QStringLiteral("one-year"))
                      .contains(size.width() > 1000 ? ui(QStringLiteral("7-day average"))
                                                    : ui(QStringLiteral("Weekly average"))));
            app.must(QStringLiteral("click ") + ui(QStringLiteral("Months")));
            look(QStringLiteral("one-year-months"));
            app.must(QStringLiteral("click ") + ui(QStringLiteral("All")));
            CHECK(startingWith(look(QStringLiteral("all-months")),
                               uiBefore(QStringLiteral("Average of every %1 weeks"))));
            // Zoomed in to a few weeks, every day again.
            for (int i = 0; i < 8; ++i)
                app.must(QStringLiteral("wheel painChart 120 ctrl"));
            CHECK(look(QStringLiteral("zoomed-in")).contains(ui(QStringLiteral("7-day average"))));
            // The zoomed weeks as a table: each heading and date whole.
            app.must(QStringLiteral("click ") + ui(QStringLiteral("Table")));
            CHECK(look(QStringLiteral("table")).contains(ui(QStringLiteral("Steps"))));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: a young episode's timeline: what was logged shows, overlays stay on their "
          "days through every view change, the wheel scrolls the page",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            // Day 6 after the injection: a red flag on day 2, one ROM reading, a steroid shot.
            CliFixture cli;
            REQUIRE(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                         QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("right"),
                         QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                         QStringLiteral("--injected"), isoDaysFromToday(-6),
                         QStringLiteral("--product"), QStringLiteral("bone-marrow"),
                         QStringLiteral("--baseline-pain"), QStringLiteral("6")})
                        .exitCode == 0);
            for (int ago = 5; ago >= 0; --ago) {
                QStringList log{QStringLiteral("log"), QStringLiteral("--date"),
                                isoDaysFromToday(-ago), QStringLiteral("--pain"),
                                QString::number(2 + ago % 3)};
                if (ago == 4)
                    log << QStringLiteral("--temperature") << QStringLiteral("38.6")
                        << QStringLiteral("--chills");
                if (ago == 1)
                    log << QStringLiteral("--rom") << QStringLiteral("knee-flexion=95");
                REQUIRE(cli(log).exitCode == 0);
            }
            REQUIRE(cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--date"),
                         isoDaysFromToday(-3), QStringLiteral("--kind"),
                         QStringLiteral("new-pain-medication")})
                        .exitCode == 0);
            REQUIRE(cli.json({QStringLiteral("alerts")}).array().size() >= 1);

            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("young"), size));
            app.must(QStringLiteral("screen timeline"));
            app.must(QStringLiteral("wait 400"));
            app.shot(QStringLiteral("1-three-months"));
            // The alert has its own lane, the single ROM reading is drawn, all lines up.
            CHECK(app.visible(QStringLiteral("alertMarker")));
            CHECK(app.visible(QStringLiteral("eventMarker")));
            CHECK(app.command(QStringLiteral("overlays")) == QStringLiteral("ok"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));

            int step = 2;
            auto check = [&](const QString &what) {
                app.must(QStringLiteral("wait 200"));
                app.shot(QStringLiteral("%1-%2").arg(step++).arg(what));
                INFO(what.toStdString());
                CHECK(app.command(QStringLiteral("overlays")) == QStringLiteral("ok"));
            };
            for (const char *control :
                 {"2 weeks", "1 year", "Months", "2 weeks", "All", "Months", "3 months"}) {
                app.must(QStringLiteral("click ") + ui(QLatin1String(control)));
                check(QString::fromLatin1(control).replace(u' ', u'-'));
            }
            // Ctrl+wheel zooms every chart; the range button lets go; Reset brings it back.
            app.must(QStringLiteral("wheel painChart 120 ctrl"));
            check(QStringLiteral("zoomed"));
            REQUIRE(app.visible(QStringLiteral("resetZoom")));
            app.must(QStringLiteral("wheel painChart 120 ctrl"));
            check(QStringLiteral("zoomed-more"));
            app.must(QStringLiteral("click resetZoom"));
            check(QStringLiteral("reset"));
            CHECK_FALSE(app.visible(QStringLiteral("resetZoom")));

            // A plain wheel over a chart scrolls the page and leaves the charts alone.
            const double before = app.command(QStringLiteral("pagey painChart")).toDouble();
            app.must(QStringLiteral("wheel painChart -360"));
            app.must(QStringLiteral("wait 300"));
            CHECK(app.command(QStringLiteral("pagey painChart")).toDouble() > before);
            CHECK_FALSE(app.visible(QStringLiteral("resetZoom")));
            app.shot(QStringLiteral("%1-wheel-scrolled").arg(step++));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}
