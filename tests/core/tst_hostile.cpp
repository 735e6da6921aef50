#include "dbdump.h"
#include "services/cohort.h"
#include "services/diaryexchange.h"
#include "services/instrumentcatalog.h"
#include "services/protocolcatalog.h"
#include "testsupport.h"

#include <QFile>
#include <QTextStream>

using namespace mend;

namespace {

const QString kDir = QStringLiteral(MEND_TEST_DATA_DIR "/hostile/");

struct HostileCase
{
    QString file; // kind/name
    QString expected;
};

QList<HostileCase> manifest()
{
    QFile f(kDir + QStringLiteral("expected.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<HostileCase> cases;
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        REQUIRE(parts.size() == 2);
        cases.append({parts.at(0), parts.at(1)});
    }
    return cases;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** A diary with an episode injected 2026-09-01 and entries in October (none the files touch). */
struct Store
{
    test::TempStore store;
    Episode episode;
    Store()
    {
        auto added = store.episodes->add(test::kneeEpisode(QDate(2026, 9, 1)), test::fixedNow());
        REQUIRE(added.ok());
        episode = added.value();
        for (int d = 0; d < 10; ++d)
            REQUIRE(store.entries
                        ->save(test::painEntry(QDate(2026, 10, 1).addDays(d), 4), episode,
                               test::fixedNow())
                        .ok());
    }
};

/** Runs the importer for the file's kind; returns "ok" or every error message. */
QString importInto(Store &s, const QString &kindAndName)
{
    const QString kind = kindAndName.section(u'/', 0, 0);
    const QByteArray bytes = read(kDir + kindAndName);
    if (kind == QLatin1String("csv") || kind == QLatin1String("fhir")) {
        const auto report = DiaryExchange(s.store.db).import(bytes, s.episode, test::fixedNow());
        return report.imported ? QStringLiteral("ok") : report.problems.join(u'\n');
    }
    if (kind == QLatin1String("protocol")) {
        auto loaded = ProtocolCatalog(s.store.db).load(bytes, test::fixedNow());
        return loaded ? QStringLiteral("ok") : loaded.error().text();
    }
    auto installed = InstrumentCatalog(s.store.db).install(bytes, test::fixedNow());
    return installed ? QStringLiteral("ok") : installed.error().text();
}

} // namespace

TEST_CASE("At least 60 crafted files across every importer", "[hostile]")
{
    const auto cases = manifest();
    int hostile = 0;
    QSet<QString> kinds;
    for (const auto &c : cases) {
        CHECK(QFile::exists(kDir + c.file));
        hostile += c.expected == QLatin1String("ok") ? 0 : 1;
        kinds.insert(c.file.section(u'/', 0, 0));
    }
    CHECK(hostile >= 60);
    CHECK(kinds == QSet<QString>{QStringLiteral("csv"), QStringLiteral("fhir"),
                                 QStringLiteral("protocol"), QStringLiteral("instrument")});
}

TEST_CASE("Each crafted file gets its own error and leaves the database unchanged", "[hostile]")
{
    Store s;
    for (const auto &c : manifest()) {
        if (c.expected == QLatin1String("ok"))
            continue;
        CAPTURE(c.file);
        const QString before = test::dumpDatabase(s.store.db->connection());
        const QString error = importInto(s, c.file);
        CAPTURE(error);
        CHECK(error != QLatin1String("ok"));
        CHECK(error.contains(c.expected));
        CHECK(test::dumpDatabase(s.store.db->connection()) == before);
    }
}

TEST_CASE("The untouched originals of the crafted files import", "[hostile]")
{
    for (const auto &c : manifest()) {
        if (c.expected != QLatin1String("ok"))
            continue;
        CAPTURE(c.file);
        Store s;
        CHECK(importInto(s, c.file) == QStringLiteral("ok"));
    }
}

TEST_CASE("A clinic's cohort import refuses each crafted Bundle alone, changing nothing",
          "[hostile]")
{
    Store s;
    CohortImporter importer(s.store.db);
    for (const auto &c : manifest()) {
        if (!c.file.startsWith(QLatin1String("fhir/")) || c.expected == QLatin1String("ok"))
            continue;
        CAPTURE(c.file);
        const QString before = test::dumpDatabase(s.store.db->connection());
        const auto result = importer.importFile(kDir + c.file, test::fixedNow());
        CHECK_FALSE(result.imported);
        CHECK_FALSE(result.message.isEmpty());
        CHECK(test::dumpDatabase(s.store.db->connection()) == before);
    }
}
