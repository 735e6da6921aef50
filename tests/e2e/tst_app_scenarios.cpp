// The real window, driven as a person would (real taps and keys through mend --control, in Xvfb
// when it is installed), at phone and desktop sizes; a screenshot per step in
// build/…/screenshots/scenarios/, and no QML warning allowed.
#include "clifixture.h"
#include "drivenapp.h"
#include "scenariodiaries.h"
#include "scenariosupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace {

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
            // At 360 px a stand-in viewer records what xdg-open was given.
            const bool hasViewer = size == QSize(360, 640);
            if (hasViewer) {
                QDir(home.path()).mkpath(QStringLiteral("bin"));
                writeRecordingOpener(home.path(), QStringLiteral("opened"));
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
            // xdg-open, which records what it was asked to open); elsewhere it has none.
            const bool canCall = size == QSize(360, 640);
            const QString called = home.filePath(QStringLiteral("called"));
            if (canCall) {
                QDir(home.path()).mkpath(QStringLiteral("bin"));
                writeScript(home.filePath(QStringLiteral("bin/xdg-mime")),
                            "#!/bin/sh\necho org.gnome.Calls.desktop\n");
                writeRecordingOpener(home.path(), QStringLiteral("called"));
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
