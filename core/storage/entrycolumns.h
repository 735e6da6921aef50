#pragma once

#include "domain/dailyentry.h"

#include <QString>
#include <vector>

namespace mend {

class SqliteStatement;

/**
 * One column of the daily_entry table and how it maps to a DailyEntry: the single declaration
 * the repository's SELECT, INSERT and UPDATE are built from (and a test checks against the
 * schema the migrations create).
 */
struct EntryColumn
{
    /** When a save writes the column: never (the row id), on insert only (what identifies the
     *  day and when it was first saved), or on every save. */
    enum class Written
    {
        Never,
        OnInsert,
        Always
    };
    const char *name;
    const char *parameter; ///< ":" + name; a literal, so that its address names it for binds
    Written written;
    void (*bind)(SqliteStatement &, const char *parameter, const DailyEntry &);
    void (*read)(const SqliteStatement &, int column, DailyEntry &);
};

/** Every column of daily_entry, in the order SELECT lists them. */
const std::vector<EntryColumn> &entryColumns();

/** "SELECT <every column> FROM daily_entry" */
QString entrySelectSql();
/** "INSERT INTO daily_entry (...) VALUES (...)" with the columns written on insert. */
QString entryInsertSql();
/** "UPDATE daily_entry SET ... WHERE id = :id" with the columns every save writes. */
QString entryUpdateSql();

} // namespace mend
