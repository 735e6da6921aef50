// libFuzzer: the CSV reader and the diary's CSV import (no database).
#include "exchange/csv.h"
#include "exchange/entrycsv.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    (void)mend::csv::parse(text);
    const auto read = mend::entriesFromCsv(text, fuzz::episode(), QDate(2026, 11, 24));
    // What was read must survive a write and a second read unchanged in count.
    if (read.problems.isEmpty() && !read.entries.isEmpty()) {
        const auto again = mend::entriesFromCsv(mend::entriesToCsv(fuzz::episode(), read.entries),
                                                fuzz::episode(), QDate(2026, 11, 24));
        if (!again.problems.isEmpty() || again.entries.size() != read.entries.size())
            __builtin_trap();
    }
    return 0;
}
