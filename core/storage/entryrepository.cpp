#include "entryrepository.h"

#include "domain/validation.h"
#include "entrycolumns.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace mend {
namespace {

DailyEntry readEntry(const SqliteStatement &q)
{
    DailyEntry e;
    int column = 0;
    for (const auto &c : entryColumns())
        c.read(q, column++, e);
    return e;
}

QString sideKey(RomSide side)
{
    return side == RomSide::Other ? QStringLiteral("other") : QStringLiteral("treated");
}

} // namespace

struct EntryRepository::Statements
{
    explicit Statements(const Database &db)
        : insert(db, insertSql().constData()), update(db, updateSql().constData()),
          clearRom(db, "DELETE FROM rom_reading WHERE entry_id = ?"),
          insertRom(db, "INSERT INTO rom_reading (entry_id, movement, side, degrees) "
                        "VALUES (?, ?, ?, ?)")
    {
    }
    static const QByteArray &insertSql()
    {
        static const QByteArray sql = entryInsertSql().toUtf8();
        return sql;
    }
    static const QByteArray &updateSql()
    {
        static const QByteArray sql = entryUpdateSql().toUtf8();
        return sql;
    }
    SqliteStatement insert;
    SqliteStatement update;
    SqliteStatement clearRom;
    SqliteStatement insertRom;
};

EntryRepository::EntryRepository(std::shared_ptr<Database> database) : m_db(std::move(database)) {}

Result<DailyEntry> EntryRepository::save(DailyEntry entry, const Episode &episode,
                                         const QDateTime &now)
{
    entry.episodeId = episode.id;
    const auto existing = stampOf(episode.id, entry.date);
    if (existing) {
        entry.id = existing->id;
        entry.createdAt = existing->createdAt;
        entry.late = existing->late;
    } else {
        entry.createdAt = {}; // a new entry dated after today is refused, whatever the caller set
    }
    if (auto s = validateEntry(entry, episode, now.date()); !s)
        return s.error();
    if (!existing) {
        entry.createdAt = now.toUTC();
        entry.late = now.date() > entry.date;
    }
    entry.updatedAt = now.toUTC();
    if (!m_statements)
        m_statements = std::make_shared<Statements>(*m_db);
    auto status =
        m_db->inTransaction([&] { return write(*m_statements, entry, existing.has_value()); });
    if (!status)
        return status.error();
    return entry;
}

Status EntryRepository::insertImported(QList<DailyEntry> &entries, const Episode &episode,
                                       const QDate &today)
{
    return m_db->inTransaction([&]() -> Status {
        QSet<QDate> taken;
        SqliteStatement dates(*m_db, "SELECT entry_date FROM daily_entry WHERE episode_id = ?");
        dates.bind(1, episode.id);
        while (dates.next())
            taken.insert(dates.date(0));
        if (!dates.error().isEmpty())
            return Error{{}, QStringLiteral("could not read the diary: %1").arg(dates.error())};
        Statements statements(*m_db);
        for (auto &e : entries) {
            if (taken.contains(e.date))
                return Error{QStringLiteral("date"),
                             QStringLiteral("the diary already has an entry for %1; nothing was "
                                            "imported")
                                 .arg(e.date.toString(Qt::ISODate))};
            taken.insert(e.date);
            e.episodeId = episode.id;
            if (auto s = validateEntry(e, episode, today); !s)
                return Error{s.error().field,
                             QStringLiteral("%1: %2; nothing was imported")
                                 .arg(e.date.toString(Qt::ISODate), s.error().message)};
            if (!e.createdAt.isValid())
                e.createdAt = QDateTime::currentDateTimeUtc();
            if (!e.updatedAt.isValid())
                e.updatedAt = e.createdAt;
            if (auto s = write(statements, e, false); !s)
                return s;
        }
        return Done{};
    });
}

Status EntryRepository::replaceImported(DailyEntry entry, const Episode &episode,
                                        const QDate &today)
{
    entry.episodeId = episode.id;
    if (auto s = validateEntry(entry, episode, today); !s)
        return s;
    return m_db->inTransaction([&]() -> Status {
        Statements statements(*m_db);
        if (!entry.updatedAt.isValid())
            entry.updatedAt = QDateTime::currentDateTimeUtc();
        return write(statements, entry, true);
    });
}

Status EntryRepository::write(Statements &statements, DailyEntry &e, bool exists)
{
    SqliteStatement &q = exists ? statements.update : statements.insert;
    if (exists)
        q.bind(":id", e.id);
    for (const auto &c : entryColumns())
        if (c.written == EntryColumn::Written::Always ||
            (!exists && c.written == EntryColumn::Written::OnInsert))
            c.bind(q, c.parameter, e);
    if (const QString error = q.execute(); !error.isEmpty())
        return Error{{}, QStringLiteral("could not save the entry: %1").arg(error)};
    if (!exists)
        e.id = q.lastInsertId();

    if (exists) {
        statements.clearRom.bind(1, e.id);
        if (const QString error = statements.clearRom.execute(); !error.isEmpty())
            return Error{{}, QStringLiteral("could not save the entry: %1").arg(error)};
    }
    SqliteStatement &rom = statements.insertRom;
    for (const auto &r : std::as_const(e.rom)) { // no copy of a list shared with the caller
        rom.bind(1, e.id);
        rom.bind(2, r.movement);
        rom.bind(3, sideKey(r.side));
        rom.bind(4, r.degrees);
        if (const QString error = rom.execute(); !error.isEmpty())
            return Error{{}, QStringLiteral("could not save the range of motion: %1").arg(error)};
    }
    return Done{};
}

std::optional<EntryRepository::Stamp> EntryRepository::stampOf(qint64 episodeId,
                                                               const QDate &date) const
{
    SqliteStatement q(*m_db, "SELECT id, created_at, late FROM daily_entry "
                             "WHERE episode_id = ? AND entry_date = ?");
    q.bind(1, episodeId);
    q.bind(2, date.toString(Qt::ISODate));
    if (!q.next())
        return std::nullopt;
    return Stamp{q.int64(0), q.timestamp(1), q.boolean(2)};
}

std::optional<DailyEntry> EntryRepository::findByDate(qint64 episodeId, const QDate &date) const
{
    const auto list = forEpisode(episodeId, date, date);
    return list.isEmpty() ? std::nullopt : std::optional<DailyEntry>(list.first());
}

std::optional<DailyEntry> EntryRepository::find(qint64 entryId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT episode_id, entry_date FROM daily_entry WHERE id = ?"));
    q.addBindValue(entryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QDate date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    return findByDate(q.value(0).toLongLong(), date);
}

QList<DailyEntry> EntryRepository::forEpisode(qint64 episodeId, const QDate &from,
                                              const QDate &to) const
{
    const QString lo = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString hi = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99");
    QList<DailyEntry> out;
    QHash<qint64, qsizetype> indexById;
    static const QByteArray select =
        (entrySelectSql() +
         QStringLiteral(" WHERE episode_id = ? AND entry_date BETWEEN ? AND ? ORDER BY entry_date"))
            .toUtf8();
    SqliteStatement q(*m_db, select.constData());
    q.bind(1, episodeId);
    q.bind(2, lo);
    q.bind(3, hi);
    while (q.next()) {
        out.append(readEntry(q));
        indexById.insert(out.constLast().id, out.size() - 1);
    }
    if (out.isEmpty())
        return out;

    SqliteStatement rom(
        *m_db, "SELECT r.entry_id, r.movement, r.side, r.degrees FROM rom_reading r JOIN "
               "daily_entry d ON d.id = r.entry_id WHERE d.episode_id = ? AND d.entry_date "
               "BETWEEN ? AND ?"); // ordered below: an ORDER BY here costs a temporary B-tree
    rom.bind(1, episodeId);
    rom.bind(2, lo);
    rom.bind(3, hi);
    while (rom.next()) {
        const auto idx = indexById.value(rom.int64(0), -1);
        if (idx < 0)
            continue;
        const RomSide side =
            rom.text(2) == QLatin1String("other") ? RomSide::Other : RomSide::Treated;
        out[idx].rom.append({rom.text(1), rom.integer(3), side});
    }
    for (auto &entry : out)
        sortRomReadings(entry.rom);
    return out;
}

Status EntryRepository::remove(qint64 entryId)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM daily_entry WHERE id = ?"));
        q.addBindValue(entryId);
        if (!q.exec())
            return Error{
                {}, QStringLiteral("could not delete the entry: %1").arg(q.lastError().text())};
        if (q.numRowsAffected() != 1)
            return Error{QStringLiteral("entry"), QStringLiteral("%1 does not exist").arg(entryId)};
        return Done{};
    });
}

} // namespace mend
