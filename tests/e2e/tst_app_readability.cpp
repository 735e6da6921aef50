// Readability in the real window: every screen at the phone's text size and at 200 %, light and
// dark, read whole (nothing elided or past the edge), at WCAG AA contrast against what is drawn
// under each text, with touch targets of 48 px or more.
#include "clifixture.h"
#include "drivenapp.h"
#include "scenariodiaries.h"
#include "scenariosupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const QStringList kScreens{QStringLiteral("today"),          QStringLiteral("timeline"),
                           QStringLiteral("history"),        QStringLiteral("results"),
                           QStringLiteral("results-detail"), QStringLiteral("protocol"),
                           QStringLiteral("settings"),       QStringLiteral("questionnaire"),
                           QStringLiteral("review"),         QStringLiteral("cohort")};

/** 48 px (Material's guideline) from 360 px wide; 44 (Apple's) at 320, where seven days of a
 *  month cannot be 48 each. */
int minimumTarget(const DrivenApp &app)
{
    return app.size().width() < 360 ? 44 : 48;
}

/** Visits every screen; on each, the checks named must answer as a readable screen does. */
void checkEveryScreen(DrivenApp &app, const QString &step)
{
    for (const QString &screen : kScreens) {
        app.must(QStringLiteral("screen ") + screen);
        app.must(QStringLiteral("wait 400"));
        app.shot(step + u'-' + screen);
        INFO(step.toStdString() << ": " << screen.toStdString());
        CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
        CHECK(app.command(QStringLiteral("overlaps")) == QStringLiteral("none"));
        CHECK(app.command(QStringLiteral("contrast")) == QStringLiteral("ok"));
        CHECK(app.command(QStringLiteral("targets ") + QString::number(minimumTarget(app))) ==
              QStringLiteral("ok"));
    }
}

QString storedSetting(const QString &db, const QString &key)
{
    QString value;
    {
        QSqlDatabase sql =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        sql.setDatabaseName(db);
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next())
            value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

/** What a dialog shows must pass the same checks (it lives in the window's overlay). */
void checkDialog(DrivenApp &app, const QString &step)
{
    app.must(QStringLiteral("wait 400")); // its fade-in
    app.shot(step);
    INFO(step.toStdString());
    CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
    CHECK(app.command(QStringLiteral("overlaps")) == QStringLiteral("none"));
    CHECK(app.command(QStringLiteral("contrast")) == QStringLiteral("ok"));
    CHECK(app.command(QStringLiteral("targets ") + QString::number(minimumTarget(app))) ==
          QStringLiteral("ok"));
}

/** The dialogs a patient meets: another treatment, a goal, a new episode's date picker, and the
 *  red alert of a warning sign (the one that must never be cut off). */
void checkDialogs(DrivenApp &app, const QString &step)
{
    app.must(QStringLiteral("screen today"));
    app.must(QStringLiteral("click sign_spreadingRedness"));
    app.must(QStringLiteral("click saveButton"));
    for (int i = 0; i < 50 && !app.visible(QStringLiteral("redFlagUnderstood")); ++i)
        app.must(QStringLiteral("wait 100"));
    app.shot(step + QStringLiteral("-saved"));
    REQUIRE(app.visible(QStringLiteral("redFlagUnderstood")));
    checkDialog(app, step + QStringLiteral("-red-alert"));
    app.must(QStringLiteral("click redFlagUnderstood"));
    app.must(QStringLiteral("wait 500")); // its fade-out: the modal alert takes taps until gone
    app.must(QStringLiteral("screen setup"));
    app.must(QStringLiteral("click injectedField/dateButton"));
    for (int i = 0; i < 20 && !app.visible(QStringLiteral("datePicker")); ++i)
        app.must(QStringLiteral("wait 100"));
    REQUIRE(app.visible(QStringLiteral("datePicker")));
    checkDialog(app, step + QStringLiteral("-date-picker"));
    app.must(QStringLiteral("key Escape"));
    app.must(QStringLiteral("key Escape")); // and the set-up page
    app.must(QStringLiteral("screen timeline"));
    app.must(QStringLiteral("click addTreatment"));
    checkDialog(app, step + QStringLiteral("-add-treatment"));
    app.must(QStringLiteral("key Escape"));
    // Back again on the timeline: on a slow build the Escape can reach the page before the
    // dialog has focus, and Back then leaves the timeline.
    app.must(QStringLiteral("screen timeline"));
    app.must(QStringLiteral("click addGoal"));
    checkDialog(app, step + QStringLiteral("-add-goal"));
    app.must(QStringLiteral("key Escape"));
}

} // namespace

TEST_CASE("scenario: large text and dark colours: every screen reflows, reads at 4.5:1 and keeps "
          "48 px targets",
          "[scenario]")
{
    // Under the sanitizers at the narrowest phone only, where reflow is hardest.
    const QList<QSize> sizes = kSanitizedBuild ? QList<QSize>{QSize(320, 640)}
                                               : QList<QSize>{QSize(320, 640), QSize(360, 640),
                                                              QSize(390, 844), QSize(1280, 900)};
    for (const QSize size : sizes) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            addDemoWithCohort(cli);
            QTemporaryDir home;
            {
                DrivenApp app(cli.db(), size, home.path(),
                              shotPrefix(QStringLiteral("text"), size));
                checkEveryScreen(app, QStringLiteral("100-light"));

                // Chosen as a person does: taps in Settings, and the screens follow at once.
                app.must(QStringLiteral("screen settings"));
                app.must(QStringLiteral("click textSize200"));
                app.must(QStringLiteral("click colours_dark"));
                app.must(QStringLiteral("wait 300"));
                app.shot(QStringLiteral("settings-chosen"));
                checkEveryScreen(app, QStringLiteral("200-dark"));
                checkDialogs(app, QStringLiteral("200-dark"));
                INFO(app.errors().toStdString());
                CHECK(app.warnings() == 0);
            }
            // Kept in the diary: the next start opens with them.
            CHECK(storedSetting(cli.db(), QStringLiteral("view.textSize")) ==
                  QStringLiteral("200"));
            CHECK(storedSetting(cli.db(), QStringLiteral("view.theme")) == QStringLiteral("dark"));
            DrivenApp again(cli.db(), size, home.path(), shotPrefix(QStringLiteral("text"), size));
            again.must(QStringLiteral("screen settings"));
            CHECK(again.command(QStringLiteral("checked textSize200")) == QStringLiteral("yes"));
            CHECK(again.command(QStringLiteral("checked colours_dark")) == QStringLiteral("yes"));
            again.must(QStringLiteral("click textSize150"));
            again.must(QStringLiteral("click colours_light"));
            checkEveryScreen(again, QStringLiteral("150-light"));
            INFO(again.errors().toStdString());
            CHECK(again.warnings() == 0);
        }
    }
}

namespace {

/** The box of a visible item: x, y, width, height in the window. */
QList<int> boxOf(DrivenApp &app, const QString &name)
{
    QList<int> box;
    for (const QString &n : app.command(QStringLiteral("box ") + name).split(u' '))
        box.append(n.toInt());
    return box.size() == 4 ? box : QList<int>{-1, -1, -1, -1};
}

} // namespace

TEST_CASE("scenario: a language a third longer, and one written right to left: every screen and "
          "dialog reads whole, nothing drawn over anything, the right-to-left one mirrored",
          "[scenario]")
{
    for (const QString &mode : {QStringLiteral("accented"), QStringLiteral("rtl")}) {
        DYNAMIC_SECTION(mode.toStdString())
        {
            const QSize size(360, 640);
            CliFixture cli;
            addDemoWithCohort(cli);
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(),
                          shotPrefix(QStringLiteral("pseudo-") + mode, size),
                          {QStringLiteral("--pseudo-locale"), mode});
            checkEveryScreen(app, mode);
            checkDialogs(app, mode);

            // Mirrored: the menu is at the end of the header's line (the left, right to left) and
            // the pain scale's 0 at the start of its row.
            app.must(QStringLiteral("screen today"));
            const QList<int> menu = boxOf(app, QStringLiteral("moreOptions"));
            const QList<int> zero = boxOf(app, QStringLiteral("painCell0"));
            const QList<int> one = boxOf(app, QStringLiteral("painCell1"));
            INFO("menu " << menu[0] << ", pain 0 at " << zero[0] << ", 1 at " << one[0]);
            REQUIRE(menu[0] >= 0);
            const bool rtl = mode == QLatin1String("rtl");
            CHECK((menu[0] + menu[2] / 2 < size.width() / 2) == rtl);
            CHECK((zero[0] > one[0]) == rtl);

            // What a translator cannot reach yet shows as plain English: listed for the work on
            // translations (docs/translations.md), not a failure here.
            QStringList unmarked;
            for (const QString &screen : kScreens) {
                app.must(QStringLiteral("screen ") + screen);
                const QString texts = app.command(QStringLiteral("untranslated"));
                if (texts != QLatin1String("none"))
                    unmarked << screen + QStringLiteral(": ") + texts;
            }
            if (!unmarked.isEmpty())
                WARN(unmarked.join(u'\n').toStdString());
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}

TEST_CASE("scenario: Spanish chosen in Settings: from the next start the screens, dialogs, "
          "milestones and field errors are in Spanish and read whole at 360 px",
          "[scenario]")
{
    const QSize size(360, 640);
    CliFixture cli;
    addDemoWithCohort(cli);
    QTemporaryDir home;
    {
        DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("spanish"), size));
        app.must(QStringLiteral("screen questionnaire"));
        CHECK_FALSE(app.visible(QStringLiteral("englishOnly"))); // in English, nothing to say
        app.must(QStringLiteral("screen settings"));
        app.must(QStringLiteral("click language_es"));
        app.must(QStringLiteral("wait 300"));
        app.shot(QStringLiteral("chosen"));
        INFO(app.errors().toStdString());
        CHECK(app.warnings() == 0);
    }
    CHECK(storedSetting(cli.db(), QStringLiteral("view.language")) == QStringLiteral("es"));

    DrivenApp app(cli.db(), size, home.path(), shotPrefix(QStringLiteral("spanish"), size));
    app.must(QStringLiteral("screen today"));
    // The details below the pain card are built after it: slower under a sanitizer.
    for (int i = 0; i < 50 && !app.visible(QStringLiteral("sign_shortOfBreath")); ++i)
        app.must(QStringLiteral("wait 100"));
    const QString today = app.command(QStringLiteral("texts"));
    INFO(today.toStdString());
    for (const char *spanish : {"Hoy", "Evolución", "Historial", "Resultados", "semana",
                                "Dolor medio en las últimas 24 horas"})
        CHECK(today.contains(QString::fromUtf8(spanish)));
    CHECK_FALSE(today.contains(QStringLiteral("Average pain")));
    // The warning signs, which must be understood at once, are in Spanish too.
    CHECK(today.contains(QStringLiteral("Falta de aire repentina")));
    CHECK_FALSE(today.contains(QStringLiteral("shortness of breath")));
    checkEveryScreen(app, QStringLiteral("es"));
    checkDialogs(app, QStringLiteral("es"));

    // The questionnaire keeps its validated English wording, and says so in Spanish.
    app.must(QStringLiteral("screen questionnaire"));
    CHECK(app.visible(QStringLiteral("englishOnly")));
    CHECK(app.visible(QStringLiteral("Disponible solo en inglés: la redacción de este cuestionario "
                                     "se comprobó en inglés y Mend no la traduce.")));
    app.shot(QStringLiteral("questionnaire-english-only"));
    CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));

    // The protocol's words for the patient (assets/protocols, through scripts/protocol-texts).
    app.must(QStringLiteral("screen timeline"));
    const QString timeline = app.command(QStringLiteral("texts"));
    INFO(timeline.toStdString());
    CHECK(timeline.contains(
        QStringLiteral("La molestia de la inyección vuelve poco a poco a su nivel habitual.")));
    CHECK_FALSE(timeline.contains(QStringLiteral("Soreness from the injection")));

    // The verdicts in the patient's words and the questionnaires' time points, made in core.
    app.must(QStringLiteral("screen results"));
    app.must(QStringLiteral("wait 300"));
    const QString results = app.command(QStringLiteral("texts"));
    INFO(results.toStdString());
    CHECK(results.contains(QStringLiteral("aún no cumplido (6 semanas).")));
    CHECK(results.contains(QStringLiteral("Alivio del dolor que la mayoría nota")));
    CHECK_FALSE(results.contains(QStringLiteral("6 weeks")));
    CHECK_FALSE(results.contains(QStringLiteral(" met at ")));
    // Every answer in a table: the time points in Spanish, each cell wrapped whole at 360 px.
    app.must(QStringLiteral("click Tabla"));
    app.must(QStringLiteral("wait 300"));
    app.shot(QStringLiteral("results-table"));
    const QString table = app.command(QStringLiteral("texts"));
    INFO(table.toStdString());
    CHECK(table.contains(QStringLiteral("Referencia")));
    CHECK(table.contains(QStringLiteral("6 semanas")));
    CHECK(table.contains(QRegularExpression(QStringLiteral("\\d,\\d")))); // 44,905
    CHECK_FALSE(table.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))));
    CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
    CHECK(app.command(QStringLiteral("overlaps")) == QStringLiteral("none"));
    app.must(QStringLiteral("click Tabla"));

    // A field's error, made in core, is in Spanish at its field, and goes once fixed.
    const QString romError =
        QStringLiteral("La articulación (rodilla) no se mueve tanto: compruebe el número");
    app.must(QStringLiteral("screen today"));
    const QString romInput = QStringLiteral("romField_knee-flexion/romTreated/input");
    if (!app.visible(romInput)) // the demo's saved day may show its details already
        app.must(QStringLiteral("click moreDetails"));
    app.must(QStringLiteral("wait 300")); // the details open
    app.must(QStringLiteral("click ") + romInput);
    app.must(QStringLiteral("wait 200"));
    app.must(QStringLiteral("type 1100"));
    app.must(QStringLiteral("click saveButton"));
    app.must(QStringLiteral("wait 200"));
    app.shot(QStringLiteral("field-error"));
    CHECK(app.visible(romError));
    CHECK(app.command(QStringLiteral("cutoff")) == QStringLiteral("none"));
    CHECK(app.command(QStringLiteral("overlaps")) == QStringLiteral("none"));
    app.must(QStringLiteral("click ") + romInput);
    for (int i = 0; i < 8; ++i) // whatever the day held: an empty field is no reading
        app.must(QStringLiteral("key Backspace"));
    CHECK_FALSE(app.visible(romError));

    app.must(QStringLiteral("screen settings"));
    CHECK(app.command(QStringLiteral("checked language_es")) == QStringLiteral("yes"));
    INFO(app.errors().toStdString());
    CHECK(app.warnings() == 0);
}
