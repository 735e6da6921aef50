#include "clifixture.h"

#include <QJsonArray>

#include <QFile>

namespace {

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void addKnee(const CliFixture &cli, int daysAgo)
{
    cli.json({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
              QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
              QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
              QStringLiteral("--injected"), isoDaysFromToday(-daysAgo), QStringLiteral("--product"),
              QStringLiteral("bone-marrow"), QStringLiteral("--baseline-pain"),
              QStringLiteral("7")});
}

} // namespace

TEST_CASE("mend-cli export and import: CSV round trip, FHIR import report, refusals",
          "[e2e][cli][exchange]")
{
    CliFixture source;
    REQUIRE(source({QStringLiteral("demo")}).exitCode == 0);
    const QString csv = source.dir.filePath(QStringLiteral("diary.csv"));
    const QString fhir = source.dir.filePath(QStringLiteral("diary.json"));
    auto exported = source({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("-o"), csv});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.err.contains("contains health data"));
    REQUIRE(source({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fhir"),
                    QStringLiteral("-o"), fhir})
                .exitCode == 0);

    CliFixture target;
    addKnee(target, 70);
    auto imported = target({QStringLiteral("import"), csv});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith("imported "));
    const QString again = target.dir.filePath(QStringLiteral("again.csv"));
    REQUIRE(target({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("-o"), again})
                .exitCode == 0);
    CHECK(read(again) == read(csv));

    // The FHIR file repeats those days: nothing is added twice, and the report says so.
    auto duplicate = target({QStringLiteral("import"), fhir});
    INFO(duplicate.out.toStdString() << duplicate.err.toStdString());
    CHECK(duplicate.exitCode == 0);
    CHECK(duplicate.out.startsWith("imported 0 new day(s)"));
    CHECK(duplicate.out.contains("were already in the diary, the same; not added again"));
    CHECK_FALSE(duplicate.out.contains("differ"));
    REQUIRE(target({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("-o"), again})
                .exitCode == 0);
    CHECK(read(again) == read(csv)); // unchanged

    // A refusal goes to stderr, on exit 2.
    const QString broken = target.dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(read(fhir)
                    .replace(QStringLiteral("\"valueInteger\": 5"),
                             QStringLiteral("\"valueInteger\": 55"))
                    .toUtf8());
    }
    auto refused = target({QStringLiteral("import"), broken});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.startsWith("mend-cli: nothing was imported"));
    CHECK(target({QStringLiteral("import"), QStringLiteral("--on-conflict"),
                  QStringLiteral("maybe"), fhir})
              .exitCode == 2);

    CliFixture fresh;
    addKnee(fresh, 70);
    auto fromFhir = fresh({QStringLiteral("import"), fhir});
    CHECK(fromFhir.exitCode == 0);
    CHECK(fromFhir.out.contains("questionnaire(s) from a FHIR R4 file"));

    // For scripts: the same report as JSON; a refusal still exits 2.
    CliFixture empty;
    const auto restored = empty.json({QStringLiteral("import"), QStringLiteral("--json"), fhir});
    CHECK(restored[QStringLiteral("imported")].toBool());
    CHECK(restored[QStringLiteral("episodesSetUp")].toInt() == 1);
    CHECK(restored[QStringLiteral("daysAdded")].toInt() > 0);
    const auto refusedJson = empty({QStringLiteral("import"), QStringLiteral("--json"), broken});
    CHECK(refusedJson.exitCode == 2);
    CHECK(QJsonDocument::fromJson(refusedJson.out)[QStringLiteral("problems")].toArray().size() >=
          1);

    requireOneLineRefusal(fresh({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("xml"), QStringLiteral("-o"), csv}),
                          QStringLiteral("--format: 'xml' is not one of: fhir, csv"));
    requireOneLineRefusal(fresh({QStringLiteral("import"), QStringLiteral("/no/such/file.csv")}),
                          QStringLiteral("cannot be read"));
}
