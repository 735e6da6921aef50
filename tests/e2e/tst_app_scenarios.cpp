// The real window, driven as a person would (real taps and keys through mend --control, in Xvfb
// when it is installed), at phone and desktop sizes; a screenshot per step in
// build/…/screenshots/scenarios/, and no QML warning allowed.
#include "clifixture.h"
#include "drivenapp.h"
#include "scenariosupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

namespace {

void addEpisode(const CliFixture &cli)
{
    const auto r =
        cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
             QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
             QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
             QStringLiteral("--injected"), isoDaysFromToday(-60), QStringLiteral("--product"),
             QStringLiteral("prp"), QStringLiteral("--baseline-pain"), QStringLiteral("6")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (int day = 50; day > 0; day -= 7)
        REQUIRE(cli({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-day),
                     QStringLiteral("--pain"), QString::number(3 + day % 4)})
                    .exitCode == 0);
}

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("scenario: a visit report is saved to Documents/Mend, the app says where and opens it "
          "in the viewer",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addEpisode(cli);
            QTemporaryDir home;
            // At 360 px a stand-in viewer records what xdg-open was given. The record is renamed
            // into place whole: the test polls for it and must never read it half-written.
            const bool hasViewer = size == QSize(360, 640);
            if (hasViewer) {
                QDir(home.path()).mkpath(QStringLiteral("bin"));
                writeScript(home.filePath(QStringLiteral("bin/xdg-open")),
                            "#!/bin/sh\nprintf '%s' \"$1\" > \"$HOME/opened.part\" &&\n"
                            "mv \"$HOME/opened.part\" \"$HOME/opened\"\n");
            }
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("report"), size));
            app.must(QStringLiteral("screen review"));
            app.shot(QStringLiteral("1-review"));
            REQUIRE_FALSE(app.visible(QStringLiteral("reportSaved")));
            app.must(QStringLiteral("click saveReport"));
            for (int i = 0; i < 100 && !app.visible(QStringLiteral("reportSaved")); ++i)
                app.must(QStringLiteral("wait 100"));
            REQUIRE(app.visible(QStringLiteral("reportSaved")));
            app.shot(QStringLiteral("2-saved"));
            const QString name = ui(QStringLiteral("Mend visit report %1"))
                                     .arg(QDate::currentDate().toString(Qt::ISODate)) +
                                 QStringLiteral(".pdf");
            CHECK(pdfsIn(app.documents()) == QStringList{name});
            CHECK(QFileInfo(app.documents() + u'/' + name).size() > 1000);

            app.must(QStringLiteral("click openReport"));
            if (hasViewer) {
                const QString opened = home.filePath(QStringLiteral("opened"));
                for (int i = 0; i < 50 && !QFileInfo::exists(opened); ++i)
                    app.must(QStringLiteral("wait 100"));
                QFile record(opened);
                REQUIRE(record.open(QIODevice::ReadOnly));
                CHECK(record.readAll() == (app.documents() + u'/' + name).toUtf8());
            } else if (QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty()) {
                app.must(QStringLiteral("wait 300"));
                app.shot(QStringLiteral("2b-no-viewer"));
                CHECK(app.command(QStringLiteral("texts"))
                          .split(QStringLiteral(" | "))
                          .contains(ui(QStringLiteral(
                                           "No program to show it was found; the file is in %1."))
                                        .arg(app.documents())));
            }

            // Save as… opens the dialog with a name filled in, so its button works at once.
            REQUIRE(app.visible(QStringLiteral("saveReportAs")));
            app.must(QStringLiteral("click saveReportAs"));
            app.must(QStringLiteral("wait 500"));
            app.shot(QStringLiteral("3-save-as"));
            app.must(QStringLiteral("click Open"));
            for (int i = 0; i < 100 && pdfsIn(app.documents()).size() < 2; ++i)
                app.must(QStringLiteral("wait 100"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("4-saved-again"));
            CHECK(pdfsIn(app.documents()).size() == 2); // the first was not replaced
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: a warning sign is read whole, the red alert offers the clinic's number, calls "
          "it where the device can and ignores Back",
          "[scenario][in-spanish]")
{
    const QList<QSize> sizes = scenarioLanguage().isEmpty()
                                   ? QList<QSize>{{320, 640}, {360, 640}, {390, 844}, {1280, 900}}
                                   : QList<QSize>{{320, 640}, {360, 640}};
    for (const QSize size : sizes) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addEpisode(cli);
            QTemporaryDir home;
            // At 360 px the device has a phone app (stand-ins for GNOME Calls' tel: handler and
            // xdg-open, which records what it was asked to open, renamed into place whole);
            // elsewhere it has none.
            const bool canCall = size == QSize(360, 640);
            const QString called = home.filePath(QStringLiteral("called"));
            if (canCall) {
                QDir(home.path()).mkpath(QStringLiteral("bin"));
                writeScript(home.filePath(QStringLiteral("bin/xdg-mime")),
                            "#!/bin/sh\necho org.gnome.Calls.desktop\n");
                writeScript(home.filePath(QStringLiteral("bin/xdg-open")),
                            "#!/bin/sh\nprintf '%s' \"$1\" > \"$HOME/called.part\" &&\n"
                            "mv \"$HOME/called.part\" \"$HOME/called\"\n");
            }
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("redflag"), size));

            app.must(QStringLiteral("screen settings"));
            app.must(QStringLiteral("click settingsClinicPhone"));
            app.must(QStringLiteral("type 020 7946 0958"));
            app.must(QStringLiteral("click saveClinicPhone"));
            app.shot(QStringLiteral("1-phone-saved"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));

            app.must(QStringLiteral("screen today"));
            app.must(QStringLiteral("wait 300")); // the details below the pain card
            app.shot(QStringLiteral("2-today"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            app.must(QStringLiteral("click painAverage/painCell3"));
            app.must(QStringLiteral("click sign_spreadingRedness"));
            app.shot(QStringLiteral("3-sign-on"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            app.must(QStringLiteral("click saveButton"));
            for (int i = 0; i < 50 && !app.visible(QStringLiteral("redFlagUnderstood")); ++i)
                app.must(QStringLiteral("wait 100"));
            REQUIRE(app.visible(QStringLiteral("redFlagUnderstood")));
            app.must(QStringLiteral("wait 400")); // its fade-in
            app.shot(QStringLiteral("4-alert"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            CHECK(app.visible(
                ui(QStringLiteral("Call your clinic: %1")).arg(QStringLiteral("020 7946 0958"))));
            CHECK(app.visible(QStringLiteral("callClinic")) == canCall);
            CHECK(app.visible(QStringLiteral("clinicNumber")) == !canCall);
            if (canCall) {
                app.must(QStringLiteral("click callClinic"));
                for (int i = 0; i < 50 && !QFileInfo::exists(called); ++i)
                    app.must(QStringLiteral("wait 100"));
                QFile record(called);
                REQUIRE(record.open(QIODevice::ReadOnly));
                CHECK(record.readAll() == "tel:02079460958");
                CHECK_FALSE(app.visible(QStringLiteral("callProblem")));
            }

            for (const QString &key : {QStringLiteral("Back"), QStringLiteral("Escape")}) {
                app.must(QStringLiteral("key ") + key);
                CHECK(app.visible(
                    QStringLiteral("redFlagUnderstood"))); // modal: Back does not close it
            }
            app.must(QStringLiteral("click redFlagUnderstood"));
            app.must(QStringLiteral("wait 400"));
            CHECK_FALSE(app.visible(QStringLiteral("redFlagUnderstood")));
            app.shot(QStringLiteral("5-after"));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: first run, START MY DIARY tapped at the bottom edge of the page",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            QTemporaryDir dir;
            QTemporaryDir home;
            const QString db = dir.filePath(QStringLiteral("new.sqlite"));
            DrivenApp app(db, size, home.path(), shotPrefix(QStringLiteral("first-run"), size));
            REQUIRE(app.visible(QStringLiteral("startDiary")));
            app.shot(QStringLiteral("1-setup"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            app.must(QStringLiteral("click baselinePain/painCell6"));
            // The bottom 16 px of a page were a horizontal scroll bar's: that tap did nothing.
            app.must(QStringLiteral("tapbottom startDiary"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("2-started"));
            CHECK_FALSE(app.visible(QStringLiteral("startDiary")));
            CHECK(app.visible(QStringLiteral("saveButton"))); // Today
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: a new phone: the whole diary saved from Settings, restored on first run",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addEpisode(cli);
            QTemporaryDir home; // the same Documents/Mend: the file is carried over
            QString saved;
            {
                DrivenApp old(cli.db(), size, home.path(),
                              shotPrefix(QStringLiteral("restore"), size));
                old.must(QStringLiteral("screen settings"));
                old.must(QStringLiteral("click saveDiaryFile"));
                for (int i = 0; i < 50 && !old.visible(QStringLiteral("diarySaved")); ++i)
                    old.must(QStringLiteral("wait 100"));
                REQUIRE(old.visible(QStringLiteral("diarySaved")));
                old.shot(QStringLiteral("1-saved"));
                const QStringList files =
                    QDir(old.documents()).entryList({QStringLiteral("*.json")});
                REQUIRE(files.size() == 1);
                saved = files.first();
                INFO(old.errors().toStdString());
                CHECK(old.warnings() == 0);
            }
            QTemporaryDir phone;
            DrivenApp app(phone.filePath(QStringLiteral("new.sqlite")), size, home.path(),
                          shotPrefix(QStringLiteral("restore"), size));
            REQUIRE(app.visible(QStringLiteral("importDiaryFile")));
            app.must(QStringLiteral("click importDiaryFile"));
            app.must(QStringLiteral("wait 700"));
            app.shot(QStringLiteral("2-choose-file"));
            app.must(QStringLiteral("click ") + saved);
            app.must(QStringLiteral("click Open"));
            for (int i = 0; i < 100 && !app.visible(QStringLiteral("saveButton")); ++i)
                app.must(QStringLiteral("wait 100"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("3-restored"));
            CHECK(app.visible(QStringLiteral("saveButton"))); // Today: the episode is back
            app.must(QStringLiteral("screen history"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("4-history"));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
            // Both diaries export the same resources.
            const auto entriesOf = [&](const QString &db, const QString &name) {
                const QString out = phone.filePath(name);
                REQUIRE(runProgram(QStringLiteral(MEND_CLI_PATH),
                                   {QStringLiteral("--db"), db, QStringLiteral("export"),
                                    QStringLiteral("--format"), QStringLiteral("fhir"),
                                    QStringLiteral("-o"), out})
                            .exitCode == 0);
                QFile f(out);
                REQUIRE(f.open(QIODevice::ReadOnly));
                return QJsonDocument::fromJson(f.readAll())[QStringLiteral("entry")];
            };
            const auto before = entriesOf(cli.db(), QStringLiteral("old.json"));
            CHECK(before.toArray().size() > 8);
            CHECK(entriesOf(phone.filePath(QStringLiteral("new.sqlite")),
                            QStringLiteral("new.json")) == before);
        }
    }
}

TEST_CASE("scenario: a clinician opens a cohort patient whose file named no injection and sets "
          "day 0",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addEpisode(cli);
            QTemporaryDir bundles;
            REQUIRE(
                QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/fhir/ehr-two-patients-bundle.json"),
                            bundles.filePath(QStringLiteral("ehr.json"))));
            REQUIRE(cli({QStringLiteral("cohort"), QStringLiteral("import"), bundles.path()})
                        .exitCode == 0);
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("day0"), size));
            app.must(QStringLiteral("screen cohort"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("1-cohort"));
            REQUIRE(app.visible(ui(QStringLiteral("injection not recorded"))));
            app.must(QStringLiteral("click EHR-1002 · ") +
                     ui(QStringLiteral("Other"), "Mend")); // the condition
            app.must(QStringLiteral("wait 300"));
            REQUIRE(app.visible(QStringLiteral("recordInjection")));
            app.shot(QStringLiteral("2-not-recorded"));
            app.must(QStringLiteral("click day0Date"));
            app.must(QStringLiteral("type 1999-12-31"));
            app.must(QStringLiteral("click saveDay0"));
            app.must(QStringLiteral("wait 200"));
            app.shot(QStringLiteral("3-refused"));
            REQUIRE(app.visible(QStringLiteral("day0Error")));
            // In the person's words and language, not the field's key and limits.
            const QString says =
                uiBefore(QStringLiteral("Mend takes injections from %1 on — check the year"));
            const QStringList shown =
                app.command(QStringLiteral("texts")).split(QStringLiteral(" | "));
            CHECK(std::any_of(shown.cbegin(), shown.cend(),
                              [&](const QString &t) { return t.startsWith(says); }));
            app.must(QStringLiteral("click day0Date"));
            for (int i = 0; i < 10; ++i) // real keys: the refused date is typed away
                app.must(QStringLiteral("key Backspace"));
            app.must(QStringLiteral("type ") + isoDaysFromToday(-30));
            app.must(QStringLiteral("click saveDay0"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("4-day0-set"));
            CHECK_FALSE(app.visible(QStringLiteral("recordInjection")));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
            const auto rows = cli.json({QStringLiteral("cohort"), QStringLiteral("list"),
                                        QStringLiteral("--json")})
                                  .array();
            int recorded = 0;
            for (const auto &r : rows)
                recorded += r[QStringLiteral("injectionRecorded")].toBool() ? 1 : 0;
            CHECK(recorded == 2);
        }
    }
}

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

TEST_CASE("scenario: the patient's menu reads whole, the clinician's screens only in clinician "
          "mode, a knee patient is offered no hip questionnaire",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addEpisode(cli);
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("menu"), size));
            app.must(QStringLiteral("click moreOptions"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("1-patient-menu"));
            CHECK(app.visible(ui(QStringLiteral("New injection episode…"))));
            CHECK_FALSE(app.visible(ui(QStringLiteral("Clinician review"))));
            CHECK_FALSE(app.visible(ui(QStringLiteral("Clinic cohort"))));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            app.must(QStringLiteral("key Escape"));

            app.must(QStringLiteral("screen results"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("2-results"));
            // A questionnaire's name is its own, in every language.
            CHECK(app.visible(QStringLiteral("Knee injury and Osteoarthritis Outcome Score")));
            CHECK_FALSE(
                app.visible(QStringLiteral("Hip disability and Osteoarthritis Outcome Score")));
            CHECK_FALSE(app.visible(QStringLiteral(
                "Hip disability and Osteoarthritis Outcome Score for Joint Replacement")));

            app.must(QStringLiteral("screen settings"));
            app.must(QStringLiteral("click clinicianMode"));
            app.must(QStringLiteral("key Escape")); // Back to Today
            app.must(QStringLiteral("click moreOptions"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("3-clinician-menu"));
            CHECK(app.visible(ui(QStringLiteral("Clinician review"))));
            CHECK(app.visible(ui(QStringLiteral("Clinic cohort"))));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            app.must(QStringLiteral("click ") + ui(QStringLiteral("Clinic cohort")));
            app.must(QStringLiteral("wait 300"));
            CHECK(app.visible(QStringLiteral("closePage")));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: patient screens speak in words, studies, codes and thresholds are the "
          "clinician's",
          "[scenario][in-spanish]")
{
    // What belongs to the clinician's detail: citations, evidence grades, codes, raw keys.
    const QRegularExpression jargon(QStringLiteral(
        "CFR|OMERACT|arthroplast|artroplast|MCID|PMID|\\[(V|V2|R|D)[\\],]|clinical.reference|§|"
        "\\b(not-met|in-window|physio-start|steroid-injection|hyaluronic-acid|"
        "new-pain-medication|pain-change|knee-flexion|koos-jr|hoos-jr)\\b"));
    CliFixture cli;
    REQUIRE(cli({QStringLiteral("demo")}).exitCode == 0);
    QTemporaryDir home;
    const QSize size(390, 844);
    DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("words"), size));
    app.must(QStringLiteral("click moreDetails"));
    app.must(QStringLiteral("wait 400"));
    for (const QString &screen :
         {QStringLiteral("today"), QStringLiteral("timeline"), QStringLiteral("history"),
          QStringLiteral("results"), QStringLiteral("protocol"), QStringLiteral("settings"),
          QStringLiteral("questionnaire")}) {
        if (screen != QLatin1String("today"))
            app.must(QStringLiteral("screen ") + screen);
        app.must(QStringLiteral("wait 500"));
        app.shot(screen);
        QStringList found;
        for (const QString &text :
             app.command(QStringLiteral("texts")).split(QStringLiteral(" | ")))
            if (text.contains(jargon))
                found << text;
        INFO(screen.toStdString() << ": " << found.join(QStringLiteral(" | ")).toStdString());
        CHECK(found.isEmpty());
    }
    // The clinician's detail keeps them (and so the check above can see them).
    app.must(QStringLiteral("screen results-detail"));
    app.must(QStringLiteral("wait 500"));
    CHECK(app.command(QStringLiteral("texts")).contains(jargon));
    app.must(QStringLiteral("screen protocol"));
    app.must(QStringLiteral("click showSources"));
    app.must(QStringLiteral("wait 300"));
    app.shot(QStringLiteral("protocol-sources"));
    CHECK(app.command(QStringLiteral("texts")).contains(jargon));
    INFO(app.errors().toStdString());
    CHECK(app.warnings() == 0);
}

TEST_CASE("scenario: a screen reader's pass over every screen: each control has a name and a "
          "role, each choice says whether it is chosen",
          "[scenario][in-spanish]")
{
    const QList<QSize> sizes = scenarioLanguage().isEmpty() ? QList<QSize>{{360, 640}, {1280, 900}}
                                                            : QList<QSize>{{360, 640}};
    for (const QSize size : sizes) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addDemoWithCohort(cli); // the cohort rows and their headings are read too
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("a11y"), size));
            app.must(QStringLiteral("click moreDetails"));
            app.must(QStringLiteral("wait 400"));
            for (const QString &screen :
                 {QStringLiteral("today"), QStringLiteral("timeline"), QStringLiteral("history"),
                  QStringLiteral("results"), QStringLiteral("results-detail"),
                  QStringLiteral("protocol"), QStringLiteral("settings"),
                  QStringLiteral("questionnaire"), QStringLiteral("review"),
                  QStringLiteral("cohort")}) {
                if (screen != QLatin1String("today"))
                    app.must(QStringLiteral("screen ") + screen);
                app.must(QStringLiteral("wait 400"));
                app.shot(screen);
                INFO(screen.toStdString());
                CHECK(app.command(QStringLiteral("a11y")) == QStringLiteral("ok"));
            }
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

namespace {

QJsonArray entriesOf(const CliFixture &cli)
{
    return cli.json({QStringLiteral("entries"), QStringLiteral("--json")}).array();
}

QJsonObject entryOn(const CliFixture &cli, const QString &iso)
{
    for (const auto &e : entriesOf(cli))
        if (e[QStringLiteral("date")].toString() == iso)
            return e.toObject();
    return {};
}

} // namespace

TEST_CASE("scenario: a day in the real window: pain only in two taps, a ROM typo fixed at its "
          "field, yesterday edited from History",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addEpisode(cli);
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("day"), size));
            app.must(QStringLiteral("wait 300")); // the sections built after the first frame
            app.shot(QStringLiteral("1-today"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            app.command(QStringLiteral("effort"));

            // A pain-only day: the number, then Save, which is always in view.
            app.must(QStringLiteral("click painAverage/painCell4"));
            app.must(QStringLiteral("click saveButton"));
            CHECK(app.visible(ui(QStringLiteral("Entry saved")))); // first: the message is brief
            const QString painOnly = app.command(QStringLiteral("effort"));
            WARN("pain-only day at " << sizeName(size).toStdString() << ": "
                                     << painOnly.toStdString());
            CHECK(painOnly == QStringLiteral("taps 2 scrolls 0 screens 0.0"));
            app.shot(QStringLiteral("2-saved"));
            CHECK(entryOn(cli, isoDaysFromToday(0))[QStringLiteral("pain")].toInt() == 4);

            // A ROM reading with a typo: refused at the field, in words, fixed there.
            app.must(QStringLiteral("click moreDetails"));
            app.must(QStringLiteral("click romField_knee-flexion/romTreated/input"));
            app.must(QStringLiteral("type 1100"));
            app.must(QStringLiteral("click saveButton"));
            app.must(QStringLiteral("wait 200"));
            app.shot(QStringLiteral("3-rom-refused"));
            const QString tooFar =
                ui(QStringLiteral("The %1 does not move that far — check the number"))
                    .arg(ui(QStringLiteral("knee"), "Validation"));
            CHECK(app.visible(tooFar));
            CHECK(
                app.visible(ui(QStringLiteral("One answer needs checking: it is marked in red."))));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            CHECK_FALSE(entryOn(cli, isoDaysFromToday(0)).contains(QStringLiteral("rom")));
            app.must(QStringLiteral("click romField_knee-flexion/romTreated/input"));
            app.must(QStringLiteral("key Backspace"));
            app.shot(QStringLiteral("4-rom-fixed"));
            CHECK_FALSE(app.visible(tooFar));
            CHECK_FALSE(app.visible(QStringLiteral("saveError")));
            app.must(QStringLiteral("click saveButton"));
            const QString rom = app.command(QStringLiteral("effort"));
            WARN("a day with a ROM reading (and one typo fixed) at " << sizeName(size).toStdString()
                                                                     << ": " << rom.toStdString());
            CHECK(entryOn(cli, isoDaysFromToday(0))[QStringLiteral("rom")]
                      .toObject()[QStringLiteral("knee-flexion")]
                      .toInt() == 110);

            // Yesterday, from History: its values come into the form, the edit is stored.
            REQUIRE(cli({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-1),
                         QStringLiteral("--pain"), QStringLiteral("7"),
                         QStringLiteral("--temperature"), QStringLiteral("37.9")})
                        .exitCode == 0);
            app.must(QStringLiteral("wait 1200")); // the other process's write reaches the app
            app.must(QStringLiteral("screen history"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("5-history"));
            CHECK(app.visible(QStringLiteral("edit_") + isoDaysFromToday(-1)));
            app.command(QStringLiteral("effort"));
            app.must(QStringLiteral("click edit_") + isoDaysFromToday(-1));
            // Today takes the day in; on a slow machine the wide layout is not there at once.
            REQUIRE(app.waitUntilVisible(QStringLiteral("painAverage/painCell5")));
            app.must(QStringLiteral("click painAverage/painCell5"));
            app.must(QStringLiteral("click saveButton"));
            const QString edit = app.command(QStringLiteral("effort"));
            WARN("editing yesterday at " << sizeName(size).toStdString() << ": "
                                         << edit.toStdString());
            CHECK(edit == QStringLiteral("taps 3 scrolls 0 screens 0.0"));
            app.shot(QStringLiteral("6-yesterday-updated"));
            CHECK(entryOn(cli, isoDaysFromToday(-1))[QStringLiteral("pain")].toInt() == 5);
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: first run with the date picker, a wrong phone number shown at its field "
          "and nothing is stored",
          "[scenario][in-spanish]")
{
    for (const QSize size : scenarioSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(),
                          shotPrefix(QStringLiteral("setup-date"), size));
            REQUIRE(app.visible(QStringLiteral("startDiary")));
            app.must(QStringLiteral("click injectedField/dateButton"));
            app.must(QStringLiteral("wait 400"));
            REQUIRE(app.visible(QStringLiteral("datePicker")));
            app.shot(QStringLiteral("1-picker"));
            CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
            app.must(QStringLiteral("click previousMonth"));
            const QDate lastMonth = QDate::currentDate().addMonths(-1);
            const QString day =
                QDate(lastMonth.year(), lastMonth.month(), 12).toString(Qt::ISODate);
            app.must(QStringLiteral("click day_") + day);
            app.must(QStringLiteral("wait 400"));
            CHECK_FALSE(app.visible(QStringLiteral("datePicker")));
            // Shown in the person's own format, not as YYYY-MM-DD.
            CHECK(app.visible(scenarioLocale().toString(QDate::fromString(day, Qt::ISODate),
                                                        QLocale::LongFormat)));
            app.must(QStringLiteral("click baselinePain/painCell6"));
            app.must(QStringLiteral("click clinicPhoneField"));
            app.must(QStringLiteral("type 12"));
            app.must(QStringLiteral("click startDiary"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("2-phone-refused"));
            CHECK(
                app.visible(ui(QStringLiteral("This is too short for a phone number — check it"))));
            CHECK(cli.json({QStringLiteral("episode"), QStringLiteral("list")}).array().isEmpty());
            app.must(QStringLiteral("click clinicPhoneField"));
            app.must(QStringLiteral("type 3 4567"));
            CHECK_FALSE(
                app.visible(ui(QStringLiteral("This is too short for a phone number — check it"))));
            CHECK_FALSE(app.visible(QStringLiteral("setupError")));
            app.must(QStringLiteral("click startDiary"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("3-started"));
            REQUIRE(app.visible(QStringLiteral("saveButton")));
            const auto episodes =
                cli.json({QStringLiteral("episode"), QStringLiteral("list")}).array();
            REQUIRE(episodes.size() == 1);
            CHECK(episodes.first()[QStringLiteral("injected")].toString() == day);
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: reminders while Mend is closed, turned on and off in Settings, which says "
          "where the diary is kept",
          "[scenario][in-spanish]")
{
    const QSize size(360, 640);
    CliFixture cli;
    addEpisode(cli);
    QTemporaryDir home;
    // No systemd runs this machine's session: the helper's autostart entry is what appears.
    const QString entry = home.filePath(
        QStringLiteral(".config/autostart/io.github.mendtracker.Mend.remind.desktop"));
    DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("remind-closed"), size));
    app.must(QStringLiteral("screen settings"));
    app.must(QStringLiteral("click remindWhenClosed"));
    app.must(QStringLiteral("wait 300"));
    app.shot(QStringLiteral("1-on"));
    REQUIRE(QFileInfo::exists(entry));
    QFile file(entry);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("\"--db\" \"%1\" \"remind\" \"--watch\"").arg(cli.db())));
    CHECK(app.visible(ui(QStringLiteral("Reminders will come while Mend is closed"))));

    app.must(QStringLiteral("click remindWhenClosed"));
    app.must(QStringLiteral("wait 300"));
    app.shot(QStringLiteral("2-off"));
    CHECK_FALSE(QFileInfo::exists(entry));
    CHECK(app.visible(ui(QStringLiteral("Off: reminders come only while Mend is open."))));

    app.must(QStringLiteral("click diaryKeptWhere")); // scrolled into view, beside the backups
    app.must(QStringLiteral("wait 300"));
    app.shot(QStringLiteral("3-kept-where"));
    CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
    CHECK(
        app.command(QStringLiteral("texts"))
            .split(QStringLiteral(" | "))
            .contains(ui(QStringLiteral("Your diary is kept on this device in %1, readable by you "
                                        "only. Mend sends it nowhere; a backup program you set "
                                        "up yourself may copy it."))
                          .arg(QFileInfo(cli.db()).absolutePath())));
    INFO(app.errors().toStdString());
    CHECK(app.warnings() == 0);
}
