#include "entryrepository.h"

#include "domain/validation.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace mend {
namespace {

const QString kColumns = QStringLiteral(
    "id, episode_id, entry_date, pain_average, pain_rest, pain_activity, pain_worst, steps, "
    "active_minutes, activity_level, walking_aid, soreness, swelling, bruising, redness, warmth, "
    "fever, pain_medication, note, created_at, updated_at, late, temperature_c, chills, "
    "spreading_redness, hot_joint, discharge, calf_pain_swelling, short_of_breath, "
    "numbness_weakness, harvest_site_problem, cannot_bear_weight");

// Bind names of the safetyFlags() columns, in their order.
const char *const kSafetyBinds[] = {":ch", ":sr", ":hj", ":di", ":cp", ":sob", ":nw", ":hs", ":bw"};

template <typename E> QString optionalKey(const std::optional<E> &v)
{
    return v ? toKey(*v) : QString(); // a null QString binds NULL
}

template <typename E> std::optional<E> readOptionalKey(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? std::nullopt : fromKey<E>(q.text(column));
}

DailyEntry readEntry(const SqliteStatement &q)
{
    DailyEntry e;
    e.id = q.int64(0);
    e.episodeId = q.int64(1);
    e.date = q.date(2);
    e.painAverage = q.integer(3);
    e.painRest = q.optionalInt(4);
    e.painActivity = q.optionalInt(5);
    e.painWorst = q.optionalInt(6);
    e.steps = q.optionalInt(7);
    e.activeMinutes = q.optionalInt(8);
    e.activityLevel = readOptionalKey<ActivityLevel>(q, 9);
    e.walkingAid = readOptionalKey<WalkingAid>(q, 10);
    e.symptoms.soreness = q.optionalInt(11);
    e.symptoms.swelling = q.optionalInt(12);
    e.symptoms.bruising = q.optionalInt(13);
    e.symptoms.redness = q.optionalInt(14);
    e.symptoms.warmth = q.optionalInt(15);
    e.symptoms.fever = q.boolean(16);
    e.painMedication = q.boolean(17);
    e.note = q.text(18);
    e.createdAt = q.timestamp(19);
    e.updatedAt = q.timestamp(20);
    e.late = q.boolean(21);
    e.safety.temperatureC = q.optionalReal(22);
    for (size_t i = 0; i < safetyFlags().size(); ++i)
        e.safety.*safetyFlags()[i].member = q.boolean(23 + int(i));
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
        : insert(db, "INSERT INTO daily_entry (episode_id, entry_date, pain_average, pain_rest, "
                     "pain_activity, pain_worst, steps, active_minutes, activity_level, "
                     "walking_aid, soreness, swelling, bruising, redness, warmth, fever, "
                     "pain_medication, note, created_at, updated_at, late, temperature_c, chills, "
                     "spreading_redness, hot_joint, discharge, calf_pain_swelling, "
                     "short_of_breath, numbness_weakness, harvest_site_problem, "
                     "cannot_bear_weight) VALUES (:ep, :date, :pa, :pr, :pact, :pw, :steps, :am, "
                     ":al, :wa, :so, :sw, :br, :re, :wm, :fe, :pm, :note, :cr, :up, :late, :tc, "
                     ":ch, :sr, :hj, :di, :cp, :sob, :nw, :hs, :bw)"),
          update(db, "UPDATE daily_entry SET pain_average=:pa, pain_rest=:pr, "
                     "pain_activity=:pact, pain_worst=:pw, steps=:steps, active_minutes=:am, "
                     "activity_level=:al, walking_aid=:wa, soreness=:so, swelling=:sw, "
                     "bruising=:br, redness=:re, warmth=:wm, fever=:fe, pain_medication=:pm, "
                     "note=:note, updated_at=:up, temperature_c=:tc, chills=:ch, "
                     "spreading_redness=:sr, hot_joint=:hj, discharge=:di, "
                     "calf_pain_swelling=:cp, short_of_breath=:sob, numbness_weakness=:nw, "
                     "harvest_site_problem=:hs, cannot_bear_weight=:bw WHERE id=:id"),
          clearRom(db, "DELETE FROM rom_reading WHERE entry_id = ?"),
          insertRom(db, "INSERT INTO rom_reading (entry_id, movement, side, degrees) "
                        "VALUES (?, ?, ?, ?)")
    {
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

Status EntryRepository::insertImported(QList<DailyEntry> entries, const Episode &episode)
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

Status EntryRepository::replaceImported(DailyEntry entry)
{
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
    if (exists) {
        q.bind(":id", e.id);
    } else {
        q.bind(":ep", e.episodeId);
        q.bind(":date", e.date);
        q.bind(":cr", e.createdAt);
        q.bind(":late", e.late);
    }
    q.bind(":pa", e.painAverage);
    q.bind(":pr", e.painRest);
    q.bind(":pact", e.painActivity);
    q.bind(":pw", e.painWorst);
    q.bind(":steps", e.steps);
    q.bind(":am", e.activeMinutes);
    q.bind(":al", optionalKey(e.activityLevel));
    q.bind(":wa", optionalKey(e.walkingAid));
    q.bind(":so", e.symptoms.soreness);
    q.bind(":sw", e.symptoms.swelling);
    q.bind(":br", e.symptoms.bruising);
    q.bind(":re", e.symptoms.redness);
    q.bind(":wm", e.symptoms.warmth);
    q.bind(":fe", e.symptoms.fever);
    q.bind(":pm", e.painMedication);
    q.bind(":note", e.note.isNull() ? QStringLiteral("") : e.note);
    q.bind(":up", e.updatedAt);
    q.bind(":tc", e.safety.temperatureC);
    for (size_t i = 0; i < safetyFlags().size(); ++i)
        q.bind(kSafetyBinds[i], e.safety.*safetyFlags()[i].member);
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
    for (const auto &r : e.rom) {
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
        QStringLiteral("SELECT %1 FROM daily_entry WHERE episode_id = ? AND entry_date "
                       "BETWEEN ? AND ? ORDER BY entry_date")
            .arg(kColumns)
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
        std::sort(entry.rom.begin(), entry.rom.end(), [](const RomReading &a, const RomReading &b) {
            return a.side != b.side ? a.side == RomSide::Treated : a.movement < b.movement;
        });
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
