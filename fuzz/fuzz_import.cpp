// libFuzzer: the whole import (CSV or FHIR) into a real database, validation and transaction
// included; every refused file must leave the entry count as it was, and a file imported twice
// adds nothing the second time.
#include "fuzzsupport.h"
#include "services/diaryexchange.h"
#include "storage/database.h"
#include "storage/episoderepository.h"

#include <QSqlQuery>

#include <cstdio>

namespace {

/** Says which promise broke, and both reports, before the crash libFuzzer saves the input for. */
[[noreturn]] void broken(const char *promise, const mend::ImportReport &first,
                         const mend::ImportReport *again = nullptr)
{
    std::fprintf(stderr, "fuzz_import: %s\nfirst import:\n%s\n", promise,
                 qPrintable(first.text(true)));
    if (again)
        std::fprintf(stderr, "the same file again:\n%s\n", qPrintable(again->text(true)));
    std::fflush(stderr);
    __builtin_trap();
}

int entryCount(const std::shared_ptr<mend::Database> &db)
{
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM daily_entry")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    // Never destroyed: libFuzzer exits with Qt's connection registry already gone.
    static std::shared_ptr<mend::Database> &db = *new std::shared_ptr<mend::Database>;
    static mend::Episode episode;
    if (!db) {
        db = mend::Database::open(QStringLiteral(":memory:")).value();
        episode = mend::EpisodeRepository(db)
                      .add(fuzz::episode(), QDateTime(QDate(2026, 9, 1), QTime(9, 0)))
                      .value();
    }
    const int before = entryCount(db);
    const auto report = mend::DiaryExchange(db).import(
        fuzz::bytes(data, size), episode, QDateTime(QDate(2026, 11, 24), QTime(18, 0)));
    if (!report.imported && entryCount(db) != before)
        broken("a refused file changed the diary", report);
    if (report.imported) {
        // The same file again adds nothing and finds no day that differs from itself.
        const int after = entryCount(db);
        const auto again = mend::DiaryExchange(db).import(
            fuzz::bytes(data, size), episode, QDateTime(QDate(2026, 11, 24), QTime(18, 0)));
        if (!again.imported || again.entries != 0 || !again.conflicts.isEmpty() ||
            entryCount(db) != after)
            broken("the same file imported twice changed the diary the second time", report,
                   &again);
        QSqlQuery wipe(db->connection());
        wipe.exec(QStringLiteral("DELETE FROM daily_entry"));
        wipe.exec(QStringLiteral("DELETE FROM prom_response"));
    }
    return 0;
}
