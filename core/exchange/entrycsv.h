#pragma once

#include "domain/dailyentry.h"
#include "domain/episode.h"

#include <QByteArray>

namespace mend {

/** One problem of an imported file: the data row (1 = first after the header), column, message. */
struct ImportProblem
{
    int row = 0;
    QString column;
    QString message;

    QString text() const;
};

/** Entries read from a file, or every problem found (then no entry is used). */
struct EntryImport
{
    QList<DailyEntry> entries;
    QList<ImportProblem> problems;
};

/** The columns of an export: fixed ones, then one per ROM movement and side (docs/csv-columns.md).
 */
QStringList entryCsvColumns(const Episode &episode, const QList<DailyEntry> &entries);

/** One RFC 4180 row per daily entry, UTF-8, ISO-8601 dates, a header row first. */
QByteArray entriesToCsv(const Episode &episode, const QList<DailyEntry> &entries);

/**
 * Reads an export back: every row checked (types, ranges, duplicate dates) with validateEntry;
 * all problems are listed. Timestamps and the late mark are kept for a lossless round trip.
 */
EntryImport entriesFromCsv(const QByteArray &text, const Episode &episode, const QDate &today);

} // namespace mend
