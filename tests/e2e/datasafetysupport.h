#pragma once

#include "clifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

// What the data-safety tests share: a diary made and read with mend-cli, and its state read
// directly after the other processes.

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void mustSucceed(const RunResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

/** A left knee injected with PRP injectedDaysAgo days ago, baseline pain 6. */
inline void addEpisode(const CliFixture &cli, int injectedDaysAgo = 400)
{
    mustSucceed(cli({QStringLiteral("episode"), QStringLiteral("add"), QStringLiteral("--site"),
                     QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
                     QStringLiteral("--condition"), QStringLiteral("osteoarthritis"),
                     QStringLiteral("--injected"), isoDaysFromToday(-injectedDaysAgo),
                     QStringLiteral("--product"), QStringLiteral("prp"),
                     QStringLiteral("--baseline-pain"), QStringLiteral("6")}));
}

inline QStringList logArgs(int daysAgo, int pain)
{
    return {QStringLiteral("log"), QStringLiteral("--date"), isoDaysFromToday(-daysAgo),
            QStringLiteral("--pain"), QString::number(pain)};
}

inline int entryCount(const CliFixture &cli)
{
    return int(cli.json({QStringLiteral("entries")}).array().size());
}

/** PRAGMA integrity_check and the number of entries, read by this process after the others. */
inline std::pair<QString, int> inspect(const QString &path)
{
    const QString name = QStringLiteral("inspect-") + path;
    std::pair<QString, int> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        out.first = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM daily_entry")));
        REQUIRE(q.next());
        out.second = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}
