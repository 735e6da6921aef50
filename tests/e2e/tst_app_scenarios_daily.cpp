// Every day in the real window: the menu, words before codes, a screen reader's pass, a day's
// log, the first run and reminders, driven as a person would (see tst_app_scenarios.cpp).
#include "clifixture.h"
#include "drivenapp.h"
#include "scenariodiaries.h"
#include "scenariosupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QJsonObject entryOn(const CliFixture &cli, const QString &iso)
{
    for (const auto &e : entriesOf(cli))
        if (e[QStringLiteral("date")].toString() == iso)
            return e.toObject();
    return {};
}

} // namespace

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
