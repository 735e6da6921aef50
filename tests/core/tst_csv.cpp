#include "demo/demopatient.h"
#include "exchange/csv.h"
#include "exchange/entrycsv.h"
#include "testsupport.h"

using namespace mend;
using namespace mend::test;

TEST_CASE("RFC 4180: quoting, doubled quotes, CRLF inside fields, BOM", "[csv]")
{
    const QByteArray row = csv::record({QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                        QStringLiteral("two\r\nlines"), QStringLiteral("plain")});
    CHECK(row == "\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",plain\r\n");
    auto parsed = csv::parse("\xEF\xBB\xBF" + row + "x,,\"\",z\n");
    REQUIRE(parsed.ok());
    REQUIRE(parsed.value().size() == 2);
    CHECK(parsed.value().at(0) == QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                              QStringLiteral("two\r\nlines"),
                                              QStringLiteral("plain")});
    CHECK(parsed.value().at(1) ==
          QStringList{QStringLiteral("x"), QString(), QString(), QStringLiteral("z")});
    CHECK(csv::parse("a,\"open\n").error().text() ==
          QStringLiteral("line 2: a quote is never closed"));
    CHECK(csv::parse("a,\"b\"c\n").error().message == QStringLiteral("text after a closing quote"));
    CHECK(csv::parse("a,b\"c\n").error().message ==
          QStringLiteral("a quote inside an unquoted field"));
    CHECK(csv::parse("caf\xE9\n").error().message == QStringLiteral("is not UTF-8 text"));
}

TEST_CASE("CSV export and import of a diary round-trips without loss", "[csv]")
{
    TempStore source;
    TimelineRepository timeline(source.db);
    auto demo = seedDemoPatient(*source.episodes, *source.entries, timeline, fixedNow());
    REQUIRE(demo.ok());
    const auto original = source.entries->forEpisode(demo.value().id);
    REQUIRE(original.size() > 60);
    // A note with the characters that need quoting, and UTF-8.
    auto withNote = original.first();
    withNote.note = QStringLiteral("Knee \"tight\", stiff\nnext morning: 3 °C colder, café");
    REQUIRE(source.entries->save(withNote, demo.value(), fixedNow()).ok());
    const auto entries = source.entries->forEpisode(demo.value().id);
    const QByteArray exported = entriesToCsv(demo.value(), entries);

    TempStore target;
    auto episode = target.episodes->add(demo.value(), fixedNow());
    REQUIRE(episode.ok());
    const auto read = entriesFromCsv(exported, episode.value(), fixedNow().date());
    INFO((read.problems.isEmpty() ? QString() : read.problems.first().text()).toStdString());
    REQUIRE(read.problems.isEmpty());
    QList<DailyEntry> rows = read.entries;
    REQUIRE(target.entries->insertImported(rows, episode.value(), QDate::currentDate()).ok());
    const auto imported = target.entries->forEpisode(episode.value().id);
    CHECK(entriesToCsv(episode.value(), imported) == exported);
    REQUIRE(imported.size() == entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        CHECK(imported.at(i).date == entries.at(i).date);
        CHECK(imported.at(i).painAverage == entries.at(i).painAverage);
        CHECK(imported.at(i).note == entries.at(i).note);
        CHECK(imported.at(i).late == entries.at(i).late);
        CHECK(imported.at(i).createdAt == entries.at(i).createdAt);
        CHECK(imported.at(i).rom.size() == entries.at(i).rom.size());
    }
    // Importing the same file again would duplicate days: refused, nothing changes.
    rows = read.entries;
    CHECK_FALSE(target.entries->insertImported(rows, episode.value(), QDate::currentDate()).ok());
    CHECK(target.entries->forEpisode(episode.value().id).size() == entries.size());
}

TEST_CASE("A bad CSV lists every bad row and column and imports nothing", "[csv]")
{
    Episode knee = kneeEpisode(QDate(2026, 9, 1));
    knee.id = 1;
    const QByteArray text = "date,pain_average,pain_rest,steps,rom_knee-flexion,fever\r\n"
                            "2026-09-02,5,4,3000,110,0\r\n"
                            "2026-09-03,11,4,3000,110,0\r\n"
                            "2026-13-01,5,x,3000,110,maybe\r\n"
                            "2026-09-02,5,4,3000,110,0\r\n"
                            "2026-09-05,5,4\r\n";
    const auto read = entriesFromCsv(text, knee, QDate(2026, 11, 24));
    CHECK(read.entries.isEmpty());
    QStringList problems;
    for (const auto &p : read.problems)
        problems << p.text();
    CHECK(problems ==
          QStringList{
              QStringLiteral("row 2, pain_average: 11 is out of range; allowed 0 to 10"),
              QStringLiteral("row 3, date: '2026-13-01' is not a calendar date; use YYYY-MM-DD"),
              QStringLiteral("row 3, pain_rest: 'x' is not a whole number"),
              QStringLiteral("row 3, fever: 'maybe' is not yes or no"),
              QStringLiteral("row 4, date: 2026-09-02 appears twice in the file"),
              QStringLiteral("row 5, row: has 3 fields; the header has 6"),
          });
    const auto header = entriesFromCsv("date,pain,colour\r\n", knee, QDate(2026, 11, 24));
    CHECK(header.problems.first().text() ==
          QStringLiteral("pain_average: column is missing from the header"));
    CHECK(entriesFromCsv("date,pain_average,colour\r\n2026-09-02,3,red\r\n", knee,
                         QDate(2026, 11, 24))
              .problems.first()
              .text() ==
          QStringLiteral("row 1, colour: is not a Mend column (see docs/csv-columns.md)"));
}

TEST_CASE("CSV: notes that a spreadsheet would run as formulas are written as text", "[csv]")
{
    // OWASP CSV injection: the cell starts with an apostrophe and is quoted; import removes it.
    CHECK(csv::toSpreadsheetText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    for (const char *text : {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x"})
        CHECK(csv::toSpreadsheetText(QString::fromLatin1(text)) ==
              QLatin1Char('\'') + QString::fromLatin1(text));
    for (const char *text : {"plain", "'quoted'", "a=b", "", "'", "3 - 2"})
        CHECK(csv::toSpreadsheetText(QString::fromLatin1(text)) == QString::fromLatin1(text));
    CHECK(csv::record({QStringLiteral("'=1+1")}) == "\"'=1+1\"\r\n");

    TempStore source;
    auto episode = source.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const QStringList notes{QStringLiteral("=HYPERLINK(\"http://evil\",\"open\")"),
                            QStringLiteral("+1 cmd"),
                            QStringLiteral("-5 better"),
                            QStringLiteral("@SUM(1)"),
                            QStringLiteral("\tindented"),
                            QStringLiteral("'=already escaped?"),
                            QStringLiteral("plain")};
    for (int i = 0; i < notes.size(); ++i) {
        auto e = painEntry(QDate(2026, 9, 2 + i), 4);
        e.note = notes.at(i);
        REQUIRE(source.entries->save(e, episode.value(), fixedNow()).ok());
    }
    const auto stored = source.entries->forEpisode(episode.value().id);
    const QByteArray exported = entriesToCsv(episode.value(), stored);
    const auto rows = csv::parse(exported);
    REQUIRE(rows.ok());
    const int noteColumn = int(rows.value().first().indexOf(QStringLiteral("note")));
    for (int i = 1; i < rows.value().size(); ++i) {
        const QString cell = rows.value().at(i).at(noteColumn);
        INFO(cell.toStdString());
        CHECK_FALSE(QStringView(u"=+-@\t\r").contains(cell.at(0))); // never runs as a formula
    }
    CHECK(exported.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"open\"\")\""));

    TempStore target;
    auto copy = target.episodes->add(episode.value(), fixedNow());
    REQUIRE(copy.ok());
    const auto read = entriesFromCsv(exported, copy.value(), fixedNow().date());
    REQUIRE(read.problems.isEmpty());
    QStringList readNotes;
    for (const auto &e : read.entries)
        readNotes << e.note;
    CHECK(readNotes == notes); // the round trip is lossless
}

TEST_CASE("CSV: a NUL inside a note is refused with its row and column", "[csv][hostile]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const QByteArray file = QByteArray("date,pain_average,note\r\n2026-09-02,4,before") +
                            QByteArray(1, '\0') + QByteArray("after\r\n");
    const auto read = entriesFromCsv(file, episode.value(), fixedNow().date());
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems.first().text() ==
          QStringLiteral("row 1, note: contains the control character U+0000, which Mend cannot "
                         "keep; remove it"));
    CHECK(read.entries.isEmpty());
}

TEST_CASE("An entry saved while the clock was ahead stays editable and its export importable",
          "[csv][clock]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const QDateTime wrongClock(QDate(2040, 1, 5), QTime(9, 0));
    REQUIRE(store.entries->save(painEntry(QDate(2040, 1, 5), 6), episode.value(), wrongClock));
    // Back at the right time: a new day after today is refused, the stored one can be edited.
    CHECK(store.entries->save(painEntry(QDate(2040, 1, 6), 6), episode.value(), fixedNow())
              .error()
              .text() == QStringLiteral("date: 2040-01-06 is in the future; allowed up to today "
                                        "(2026-11-24)"));
    auto edited = store.entries->save(painEntry(QDate(2040, 1, 5), 3), episode.value(), fixedNow());
    INFO(edited.error().text().toStdString());
    REQUIRE(edited.ok());
    REQUIRE(store.entries->save(painEntry(QDate(2026, 11, 20), 5), episode.value(), fixedNow()));
    const QByteArray exported =
        entriesToCsv(episode.value(), store.entries->forEpisode(episode.value().id));

    TempStore copy;
    auto target = copy.episodes->add(episode.value(), fixedNow());
    REQUIRE(target.ok());
    const auto read = entriesFromCsv(exported, target.value(), fixedNow().date());
    INFO((read.problems.isEmpty() ? QString() : read.problems.first().text()).toStdString());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.entries.size() == 2);
    CHECK(read.entries.last().painAverage == 3);
}
