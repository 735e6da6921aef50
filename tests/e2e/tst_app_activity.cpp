// Steps from a phone's export through the real window: Settings → "Import activity…", a big
// file's read cancelled (nothing stored), a preview discarded (nothing stored), then stored and
// charted; at phone and desktop sizes, with a screenshot per step and no QML warning.
#include "clifixture.h"
#include "drivenapp.h"
#include "scenariosupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

/** Days the diary holds from imported exports. */
int importedDays(const QString &db)
{
    const QString name = QStringLiteral("activity-check");
    int days = -1;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        sql.setDatabaseName(db);
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (sql.open()) {
            QSqlQuery q(QStringLiteral("SELECT count(*) FROM activity_day"), sql);
            if (q.next())
                days = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return days;
}

/** An Apple Health export of about `megabytes`: long enough to read that Cancel can stop it. */
void writeBigExport(const QString &path, int megabytes)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_GB\">\n");
    const QByteArray record =
        " <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" "
        "unit=\"count/min\" startDate=\"2026-03-02 09:00:00 +0100\" "
        "endDate=\"2026-03-02 09:00:00 +0100\" value=\"72\"/>\n";
    QByteArray block;
    while (block.size() < (1 << 20))
        block += record;
    for (int i = 0; i < megabytes; ++i)
        out.write(block);
    out.write("</HealthData>\n");
}

/** Settings → "Import activity…", the file chosen in the file dialog. */
void chooseExport(DrivenApp &app, const QString &file)
{
    app.must(QStringLiteral("click importActivityFile"));
    app.must(QStringLiteral("wait 700"));
    app.must(QStringLiteral("click ") + file);
    app.must(QStringLiteral("click Open"));
}

} // namespace

TEST_CASE("scenario: steps from a phone's export: a big read cancelled, a preview discarded, then "
          "imported and charted",
          "[scenario][activity]")
{
    QTemporaryDir files;
    const QString big = files.filePath(QStringLiteral("big-export.xml"));
    writeBigExport(big, 160);
    for (const QSize size : windowSizes()) {
        DYNAMIC_SECTION(sizeName(size).toStdString())
        {
            CliFixture cli;
            REQUIRE(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                         QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
                         QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                         QStringLiteral("--injected"), QStringLiteral("2026-03-01"),
                         QStringLiteral("--product"), QStringLiteral("prp"),
                         QStringLiteral("--baseline-pain"), QStringLiteral("6")})
                        .exitCode == 0);
            QTemporaryDir home;
            const QString documents = home.filePath(QStringLiteral("Documents/Mend"));
            REQUIRE(QDir().mkpath(documents));
            REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/activity/apple-export.zip"),
                                documents + QStringLiteral("/export.zip")));
            REQUIRE(QFile::link(big, documents + QStringLiteral("/big-export.xml")));
            DrivenApp app(cli.db(), size, home.path(),
                          shotPrefix(QStringLiteral("activity"), size));
            app.must(QStringLiteral("screen settings"));
            app.must(QStringLiteral("wait 300"));

            // A big file: progress shows, Cancel stops it, nothing is stored.
            app.must(QStringLiteral("click importActivityFile"));
            app.must(QStringLiteral("wait 700"));
            app.shot(QStringLiteral("1-choose-file"));
            app.must(QStringLiteral("click big-export.xml"));
            app.must(QStringLiteral("click Open"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("cancelActivityRead"), 300));
            app.must(QStringLiteral("wait 200"));
            app.shot(QStringLiteral("2-reading"));
            CHECK(app.visible(QStringLiteral("activityProgress")));
            app.must(QStringLiteral("click cancelActivityRead"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("activityImportError"), 300));
            CHECK(app.visible(QStringLiteral("Stopped: nothing was imported.")));
            app.shot(QStringLiteral("3-stopped"));
            CHECK(importedDays(cli.db()) == 0);

            // Back during a read stops it too, and Settings stays open.
            chooseExport(app, QStringLiteral("big-export.xml"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("cancelActivityRead"), 300));
            app.must(QStringLiteral("wait 300")); // the file dialog has closed
            app.must(QStringLiteral("key Escape"));
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("3b-back-stops-the-read"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("activityImportError"), 300));
            CHECK(app.visible(QStringLiteral("Stopped: nothing was imported.")));
            CHECK(app.visible(QStringLiteral("importActivityFile")));
            CHECK(importedDays(cli.db()) == 0);

            // The zipped export: a preview in words; Cancel stores nothing.
            chooseExport(app, QStringLiteral("export.zip"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("storeActivity"), 300));
            app.must(QStringLiteral("wait 200"));
            app.shot(QStringLiteral("4-preview"));
            CHECK(app.visible(QStringLiteral("activityPreview")));
            app.must(QStringLiteral("click discardActivity"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("Nothing was imported."), 300));
            CHECK(importedDays(cli.db()) == 0);

            // Back on a preview discards it likewise.
            chooseExport(app, QStringLiteral("export.zip"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("storeActivity"), 300));
            app.must(QStringLiteral("wait 300"));
            app.must(QStringLiteral("key Escape"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("importActivityFile"), 300));
            CHECK(app.visible(QStringLiteral("importActivityFile")));
            CHECK(importedDays(cli.db()) == 0);

            // Again, and stored.
            chooseExport(app, QStringLiteral("export.zip"));
            REQUIRE(app.waitUntilVisible(QStringLiteral("storeActivity"), 300));
            app.must(QStringLiteral("wait 300")); // the card is laid out anew: click where it is
            app.must(QStringLiteral("click storeActivity"));
            const bool stored = app.waitUntilVisible(QStringLiteral("activityImportResult"), 300);
            app.must(QStringLiteral("wait 300"));
            app.shot(QStringLiteral("5-imported"));
            REQUIRE(stored);
            CHECK(importedDays(cli.db()) == 3);

            // The timeline charts them.
            app.must(QStringLiteral("key Escape"));
            app.must(QStringLiteral("screen timeline"));
            app.must(QStringLiteral("wait 300"));
            app.must(QStringLiteral("click All"));
            app.must(QStringLiteral("wait 500"));
            app.shot(QStringLiteral("6-timeline"));
            CHECK(app.visible(QStringLiteral("importedStepsNote")));
            INFO(app.errors().toStdString());
            CHECK(app.warnings() == 0);
        }
    }
}
