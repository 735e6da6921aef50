#pragma once

#include "processrunner.h"

#include <QDate>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

/** The sanitizer build repeats the slowest steps fewer times than the plain build, which runs them
 *  all: a process starts about four times slower under ASan. */
#ifdef MEND_SANITIZED_BUILD
inline constexpr bool kSanitizedBuild = true;
#else
inline constexpr bool kSanitizedBuild = false;
#endif

/** mend-cli on a database in its own temporary folder. */
struct CliFixture
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("cli.sqlite")); }

    RunResult operator()(QStringList args) const
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runProgram(QStringLiteral(MEND_CLI_PATH), args);
    }
    /** Runs a command that must succeed and print JSON. */
    QJsonDocument json(const QStringList &args) const
    {
        const auto r = (*this)(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        auto doc = QJsonDocument::fromJson(r.out, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc;
    }
};

inline QString isoDaysFromToday(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

/** A refusal: exit code 2 and one line on stderr containing the expected text. */
inline void requireOneLineRefusal(const RunResult &r, const QString &expected)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.count('\n') == 1);
    CHECK(QString::fromUtf8(r.err).contains(expected));
}
