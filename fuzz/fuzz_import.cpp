// libFuzzer: the whole import (CSV or FHIR) into a real database, validation and transaction
// included; every refused file must leave the entry count as it was, and a file imported twice
// adds nothing the second time.
#include "fuzzsupport.h"
#include "services/diaryexchange.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"
#include "storage/promrepository.h"

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

/** Every day the diary holds, in any episode: a file must not reach past the one it is for. */
qsizetype entryCount(const std::shared_ptr<mend::Database> &db)
{
    qsizetype count = 0;
    for (const auto &e : mend::EpisodeRepository(db).all())
        count += mend::EntryRepository(db).forEpisode(e.id).size();
    return count;
}

/** The diary as it was before the file: its days and answers go (the rest stays, to be met). */
void forgetImported(const std::shared_ptr<mend::Database> &db, const mend::Episode &episode)
{
    mend::EntryRepository entries(db);
    for (const auto &e : entries.forEpisode(episode.id))
        if (!entries.remove(e.id))
            __builtin_trap();
    mend::PromRepository answers(db);
    for (const auto &r : answers.forEpisode(episode.id))
        if (!answers.remove(r.id))
            __builtin_trap();
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
    const qsizetype before = entryCount(db);
    const auto report = mend::DiaryExchange(db).import(
        fuzz::bytes(data, size), episode, QDateTime(QDate(2026, 11, 24), QTime(18, 0)));
    if (!report.imported && entryCount(db) != before)
        broken("a refused file changed the diary", report);
    if (report.imported) {
        // The same file again adds nothing and finds no day that differs from itself.
        const qsizetype after = entryCount(db);
        const auto again = mend::DiaryExchange(db).import(
            fuzz::bytes(data, size), episode, QDateTime(QDate(2026, 11, 24), QTime(18, 0)));
        if (!again.imported || again.entries != 0 || !again.conflicts.isEmpty() ||
            entryCount(db) != after)
            broken("the same file imported twice changed the diary the second time", report,
                   &again);
        forgetImported(db, episode);
    }
    return 0;
}
