#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <catch2/catch.hpp>

namespace mend::test {

/** Every row of one table as text, in primary-key order (columns in the table's order). */
inline QStringList dumpTable(QSqlDatabase db, const QString &table, QStringList columns = {})
{
    QSqlQuery q(db);
    if (columns.isEmpty()) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
        while (q.next())
            columns << q.value(1).toString();
    }
    QStringList order;
    for (int i = 1; i <= columns.size(); ++i)
        order << QString::number(i);
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                       .arg(columns.join(u','), table, order.join(u','))));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            cells << (v.isNull()
                          ? QStringLiteral("NULL")
                          : QStringLiteral("%1:%2").arg(QLatin1String(v.typeName()), v.toString()));
        }
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

inline QStringList tableNames(QSqlDatabase db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

/** The whole database as text: the schema, the version pragmas and every row of every table. */
inline QString dumpDatabase(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name")));
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    for (const char *pragma : {"user_version", "application_id"}) {
        QSqlQuery p(db);
        REQUIRE(p.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))));
        REQUIRE(p.next());
        out << QLatin1String(pragma) + u'=' + p.value(0).toString();
    }
    for (const QString &table : tableNames(db)) {
        out << QStringLiteral("-- ") + table;
        out << dumpTable(db, table);
    }
    return out.join(u'\n');
}

} // namespace mend::test
