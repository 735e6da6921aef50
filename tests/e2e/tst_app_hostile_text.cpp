// Text that people or files put in (notes, goals, events) reaches every screen as plain text: an
// HTML image tag must neither be fetched nor change how the text looks.
#include "clifixture.h"

#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

void mustSucceed(const RunResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("Hostile HTML in notes, goals and events is shown as text and fetches nothing",
          "[e2e][app][hostile]")
{
    QTcpServer listener;
    REQUIRE(listener.listen(QHostAddress::LocalHost));
    const QString tag = QStringLiteral("<img src=\"http://127.0.0.1:%1/track.png\"><b>BOLD</b>")
                            .arg(listener.serverPort());
    CliFixture cli;
    mustSucceed(
        cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
             QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
             QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
             QStringLiteral("--injected"), isoDaysFromToday(-20), QStringLiteral("--product"),
             QStringLiteral("prp"), QStringLiteral("--baseline-pain"), QStringLiteral("6"),
             QStringLiteral("--clinic"), tag}));
    for (int day = 1; day <= 3; ++day)
        mustSucceed(
            cli({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-day),
                 QStringLiteral("--pain"), QStringLiteral("4"), QStringLiteral("--note"), tag}));
    mustSucceed(cli({QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--text"), tag,
                     QStringLiteral("--by-week"), QStringLiteral("12")}));
    mustSucceed(cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--date"),
                     isoDaysFromToday(-2), QStringLiteral("--kind"), QStringLiteral("other"),
                     QStringLiteral("--note"), tag}));

    // Every screen rendered on that diary, while this process listens for the image request.
    QTemporaryDir shots;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(MEND_APP_PATH),
              {QStringLiteral("--db"), cli.db(), QStringLiteral("--screenshot"), shots.path()});
    int connections = 0;
    QByteArray requested;
    while (!app.waitForFinished(50)) {
        if (listener.waitForNewConnection(50)) {
            QTcpSocket *s = listener.nextPendingConnection();
            ++connections;
            if (s->waitForReadyRead(500))
                requested += s->readAll();
        }
    }
    for (int i = 0; i < 20 && listener.waitForNewConnection(50); ++i) // late requests too
        ++connections;
    INFO(app.readAllStandardError().toStdString());
    CHECK(app.exitCode() == 0);
    INFO(requested.toStdString());
    CHECK(connections == 0);
    CHECK(QDir(shots.path()).entryList({QStringLiteral("*.png")}).size() >= 10);
}
