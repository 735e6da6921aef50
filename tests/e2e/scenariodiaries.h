#pragma once

#include "clifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

// The diaries the scenarios start from, made with mend-cli as a person or a clinic would.

/** The demo patient, and a clinic cohort of two from an EHR's Bundle: every screen has content,
 *  the clinician's included. */
inline void addDemoWithCohort(const CliFixture &cli)
{
    REQUIRE(cli({QStringLiteral("demo")}).exitCode == 0);
    QTemporaryDir bundles;
    REQUIRE(QFile::copy(QStringLiteral(MEND_TEST_DATA_DIR "/fhir/ehr-two-patients-bundle.json"),
                        bundles.filePath(QStringLiteral("ehr.json"))));
    REQUIRE(cli({QStringLiteral("cohort"), QStringLiteral("import"), bundles.path()}).exitCode ==
            0);
}

/** A left knee injected with PRP 60 days ago, baseline pain 6, and a weekly pain score since. */
inline void addEpisode(const CliFixture &cli)
{
    const auto r =
        cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
             QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
             QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
             QStringLiteral("--injected"), isoDaysFromToday(-60), QStringLiteral("--product"),
             QStringLiteral("prp"), QStringLiteral("--baseline-pain"), QStringLiteral("6")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (int day = 50; day > 0; day -= 7)
        REQUIRE(cli({QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-day),
                     QStringLiteral("--pain"), QString::number(3 + day % 4)})
                    .exitCode == 0);
}

/** Every entry of the open episode, as mend-cli lists them. */
inline QJsonArray entriesOf(const CliFixture &cli)
{
    return cli.json({QStringLiteral("entries"), QStringLiteral("--json")}).array();
}
