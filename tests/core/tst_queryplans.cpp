#include "testsupport.h"

#include <QSqlQuery>

using namespace mend;
using namespace mend::test;

namespace {

/** The plan's detail lines for a query, as SQLite reports them. */
QStringList plan(const std::shared_ptr<Database> &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QStringList out;
    while (q.next())
        out << q.value(3).toString();
    return out;
}

} // namespace

// The range queries behind the timeline, the review and the outcomes must use indexes as the
// diary grows (years of daily entries): no full table scan.
TEST_CASE("The diary's range queries are index searches, not table scans", "[performance]")
{
    TempStore store;
    const QStringList queries{
        QStringLiteral("SELECT * FROM daily_entry WHERE episode_id = 1 AND entry_date BETWEEN "
                       "'2026-01-01' AND '2026-12-31' ORDER BY entry_date"),
        QStringLiteral("SELECT r.entry_id, r.movement, r.side, r.degrees FROM rom_reading r JOIN "
                       "daily_entry d ON d.id = r.entry_id WHERE d.episode_id = 1 AND d.entry_date "
                       "BETWEEN '2026-01-01' AND '2026-12-31'"),
        QStringLiteral("SELECT * FROM prom_response WHERE episode_id = 1 ORDER BY answered_on, id"),
        QStringLiteral("SELECT * FROM event WHERE episode_id = 1 ORDER BY event_date"),
        QStringLiteral("SELECT * FROM episode WHERE patient_id = 3")};
    for (const auto &sql : queries) {
        INFO(sql.toStdString());
        const QStringList steps = plan(store.db, sql);
        INFO(steps.join(QStringLiteral("; ")).toStdString());
        REQUIRE_FALSE(steps.isEmpty());
        for (const auto &step : steps)
            CHECK_FALSE(step.startsWith(QStringLiteral("SCAN")));
        CHECK(steps.first().contains(QStringLiteral("USING")));
    }
    // The timeline's two reads come out in index order: no sort of years of rows per refresh.
    for (const auto &sql : queries.mid(0, 2)) {
        INFO(sql.toStdString());
        CHECK_FALSE(
            plan(store.db, sql).join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")));
    }
}
