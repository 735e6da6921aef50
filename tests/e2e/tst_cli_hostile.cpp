#include "clifixture.h"

#include <QFile>

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct HostileArgs
{
    QStringList args;
    const char *expected;
};

} // namespace

TEST_CASE("Hostile mend-cli arguments get a specific error and leave the file byte for byte",
          "[e2e][cli][hostile]")
{
    CliFixture cli;
    REQUIRE(cli({QStringLiteral("demo")}).exitCode == 0);
    const QByteArray before = readBytes(cli.db());
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE_FALSE(QFile::exists(cli.db() + QStringLiteral("-wal")));

    const QString longNote(20001, QLatin1Char('x'));
    const QString s = QStringLiteral("2026-10-01'; DROP TABLE episode;--");
    const QList<HostileArgs> cases{
        {{"log", "--pain", "11"}, "pain: 11 is out of range; allowed 0 to 10"},
        {{"log", "--pain", "-1"}, "pain: -1 is out of range; allowed 0 to 10"},
        {{"log", "--pain", "seven"}, "pain: 'seven' is not a whole number"},
        {{"log", "--pain", "99999999999999999999"},
         "pain: '99999999999999999999' is not a whole number"},
        {{"log", "--pain"}, "Missing value after '--pain'."},
        {{"log", "--date", "2026-02-30", "--pain", "3"},
         "date: '2026-02-30' is not a calendar date"},
        {{"log", "--date", "2099-01-01", "--pain", "3"}, "date: 2099-01-01 is in the future"},
        {{"log", "--date", s, "--pain", "3"}, "is not a calendar date; use YYYY-MM-DD"},
        {{"log", "--pain", "3", "--steps", "-4"}, "steps: -4 is out of range; allowed 0 to 200000"},
        {{"log", "--pain", "3", "--steps", "1e9"}, "steps: '1e9' is not a whole number"},
        {{"log", "--pain", "3", "--rom", "knee-flexion=999"},
         "rom knee-flexion: 999° is out of range; allowed -30° to 200°"},
        {{"log", "--pain", "3", "--note", longNote},
         "note: 20001 characters is too long; allowed up to 20000 characters"},
        {{"episode", "add", "--site", "moon", "--side", "left", "--condition", "osteoarthritis",
          "--injected", "2026-01-01", "--product", "prp", "--baseline-pain", "5"},
         "site: 'moon' is not one of: knee, hip"},
        {{"episode", "add", "--site", "knee", "--side", "left", "--condition", "osteoarthritis",
          "--injected", "1999-12-31", "--product", "prp", "--baseline-pain", "5"},
         "injected: 1999-12-31 is out of range; allowed 2000-01-01"},
        {{"entries", "--episode", "999"}, "episode: 999 does not exist"},
        {{"entries", "--episode", "abc"}, "episode: 'abc' is not a whole number"},
        {{"prom", "add", "koos-jr", "--answers", "1,2"}, "answers: KOOS JR has 7 items; 2 answers"},
        {{"prom", "add", "koos-jr", "--answers", "1,2,3,4,9,1,1"},
         "9 is not an answer to this item; allowed: 0, 1, 2, 3, 4"},
        {{"export", "--format", "xml", "-o", "x.xml"}, "--format: 'xml' is not one of: fhir, csv"},
        {{"alerts", "--ack", "99999"}, "alert: 99999 does not exist"},
        {{"event", "add", "--kind", "magic", "--date", "2026-10-01"},
         "kind: 'magic' is not one of: steroid-injection"},
        {{"backup", "restore", "../../etc/passwd"}, "no backup named '../../etc/passwd'"},
        {{"import", "/nonexistent/file.csv"}, "/nonexistent/file.csv"},
        {{"frobnicate"}, "unknown command 'frobnicate'"},
        {{"log", "--pain", "3", "--note", "\x1b[31mred\x1b]0;title\x07"},
         "note: contains the control character U+001B, which Mend cannot keep"},
        {{"export", "--format", "csv", "-o", "DIARY"}, "this is the diary itself"},
        {{"report", "-o", "DIARY-wal"}, "this is the diary itself"},
    };
    for (const auto &c : cases) {
        CAPTURE(c.args.join(u' ').left(120));
        QStringList args = c.args; // DIARY stands for the diary's own path
        for (auto &a : args)
            a.replace(QStringLiteral("DIARY"), cli.db());
        const auto r = cli(args);
        CAPTURE(r.err.left(300).toStdString());
        CHECK(r.exitCode == 2); // the README's exit code for input Mend refuses
        CHECK(QString::fromUtf8(r.err).contains(QString::fromUtf8(c.expected)));
        CHECK(readBytes(cli.db()) == before);
    }
}
