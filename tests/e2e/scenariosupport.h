#pragma once

#include "clifixture.h"

#include <QFile>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

/** The window sizes every scenario runs at: two phones and a desktop. */
inline const QSize kSizes[] = {{360, 640}, {390, 844}, {1280, 900}};

inline QString sizeName(QSize s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

/** Where a scenario's screenshots go: build/…/screenshots/scenarios/<scenario>-<size>-<step>.png */
inline QString shotPrefix(const QString &scenario, QSize size)
{
    return QStringLiteral(MEND_SCREENSHOT_DIR "/%1-%2").arg(scenario, sizeName(size));
}

/** A shell script the test runs in place of a system program (found first on PATH). */
inline void writeScript(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    file.close();
    REQUIRE(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
}

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
