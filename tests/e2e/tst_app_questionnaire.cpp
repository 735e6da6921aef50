// The questionnaires due, answered in the real window as a patient does: one question a screen,
// a tap on an answer moves on, "Save answers" keeps them in the diary and opens the next one due.
#include "clifixture.h"
#include "drivenapp.h"
#include "scenariosupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

/** The time points and instruments of the complete responses in the diary. */
QStringList completeResponses(const CliFixture &cli)
{
    QStringList out;
    for (const auto &r : cli.json({QStringLiteral("prom"), QStringLiteral("list")}).array())
        if (r[QStringLiteral("status")].toString() == QLatin1String("complete"))
            out << r[QStringLiteral("timePoint")].toString() + u'/' +
                       r[QStringLiteral("instrument")].toString();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("scenario: the questionnaires due at 6 weeks answered in one go and saved in the diary",
          "[scenario]")
{
    for (const QSize size : windowSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            // Day 44: the 6-week KOOS JR, global assessment and global change are open; the
            // questionnaires before the injection were never answered.
            REQUIRE(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                         QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
                         QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                         QStringLiteral("--injected"), isoDaysFromToday(-44),
                         QStringLiteral("--product"), QStringLiteral("prp"),
                         QStringLiteral("--baseline-pain"), QStringLiteral("6")})
                        .exitCode == 0);
            QTemporaryDir home;
            DrivenApp app(cli.db(), size, home.path(),
                          shotPrefix(QStringLiteral("questionnaire"), size));
            app.shot(QStringLiteral("1-today"));
            const QString today = app.command(QStringLiteral("texts"));
            // One date each, and no comparison promised with answers that do not exist.
            CHECK(today.count(QStringLiteral("6 weeks · please answer by")) == 3);
            CHECK_FALSE(today.contains(QStringLiteral("due by")));
            CHECK_FALSE(today.contains(QStringLiteral("open until")));
            CHECK_FALSE(today.contains(QStringLiteral("before the injection")));

            app.must(QStringLiteral("click Start"));
            int saves = 0;
            int taps = 0;
            for (int step = 0; step < 30; ++step) {
                const QString before = app.command(QStringLiteral("texts"));
                if (app.command(QStringLiteral("visible saveAnswers")) == QLatin1String("yes")) {
                    CHECK(before.contains(QStringLiteral("Check and save")));
                    app.shot(QStringLiteral("2-check-") + QString::number(saves));
                    app.must(QStringLiteral("click saveAnswers"));
                    ++saves;
                } else if (app.command(QStringLiteral("visible option1")) == QLatin1String("yes")) {
                    app.must(QStringLiteral("click option1"));
                    ++taps;
                } else {
                    break;
                }
                // The next screen, before the next tap (a slow build must not tap one twice).
                for (int i = 0; i < 50 && app.command(QStringLiteral("texts")) == before; ++i)
                    app.must(QStringLiteral("wait 100"));
            }
            app.shot(QStringLiteral("3-done"));
            CHECK(saves == 3);
            CHECK(taps == 7 + 1 + 1); // KOOS JR's seven questions, then one each
            CHECK(app.command(QStringLiteral("texts"))
                      .contains(QStringLiteral("Every questionnaire due is answered.")));
            CHECK(completeResponses(cli) == QStringList{QStringLiteral("6w/koos-jr"),
                                                        QStringLiteral("6w/pga"),
                                                        QStringLiteral("6w/pgic")});
            // Nothing is left to answer at 6 weeks: the card has gone from Today.
            CHECK_FALSE(
                app.command(QStringLiteral("texts")).contains(QStringLiteral("please answer by")));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}
