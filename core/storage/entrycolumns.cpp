#include "entrycolumns.h"

#include "sqlitestatement.h"

#include <QStringList>
#include <utility>

namespace mend {
namespace {

using Written = EntryColumn::Written;

template <typename E> QString optionalKey(const std::optional<E> &v)
{
    return v ? toKey(*v) : QString(); // a null QString binds NULL
}

template <typename E> std::optional<E> readOptionalKey(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? std::nullopt : fromKey<E>(q.text(column));
}

// A column holding an optional small integer of the entry, e.g. pain_rest.
#define MEND_OPTIONAL_INT(column, field)                                                           \
    EntryColumn                                                                                    \
    {                                                                                              \
        column, ":" column, Written::Always,                                                       \
            [](SqliteStatement &q, const char *p, const DailyEntry &e) { q.bind(p, e.field); },    \
            [](const SqliteStatement &q, int c, DailyEntry &e) { e.field = q.optionalInt(c); }     \
    }
#define MEND_FLAG(column, field)                                                                   \
    EntryColumn                                                                                    \
    {                                                                                              \
        column, ":" column, Written::Always,                                                       \
            [](SqliteStatement &q, const char *p, const DailyEntry &e) {                           \
                q.bind(p, qint64(e.field));                                                        \
            },                                                                                     \
            [](const SqliteStatement &q, int c, DailyEntry &e) { e.field = q.boolean(c); }         \
    }

std::vector<EntryColumn> makeColumns()
{
    std::vector<EntryColumn> columns{
        {"id", ":id", Written::Never, nullptr,
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.id = q.int64(c); }},
        {"episode_id", ":episode_id", Written::OnInsert,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) { q.bind(p, e.episodeId); },
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.episodeId = q.int64(c); }},
        {"entry_date", ":entry_date", Written::OnInsert,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) { q.bind(p, e.date); },
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.date = q.date(c); }},
        {"pain_average", ":pain_average", Written::Always,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) {
             q.bind(p, qint64(e.painAverage));
         },
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.painAverage = q.integer(c); }},
        MEND_OPTIONAL_INT("pain_rest", painRest),
        MEND_OPTIONAL_INT("pain_activity", painActivity),
        MEND_OPTIONAL_INT("pain_worst", painWorst),
        MEND_OPTIONAL_INT("steps", steps),
        MEND_OPTIONAL_INT("active_minutes", activeMinutes),
        {"activity_level", ":activity_level", Written::Always,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) {
             q.bind(p, optionalKey(e.activityLevel));
         },
         [](const SqliteStatement &q, int c, DailyEntry &e) {
             e.activityLevel = readOptionalKey<ActivityLevel>(q, c);
         }},
        {"walking_aid", ":walking_aid", Written::Always,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) {
             q.bind(p, optionalKey(e.walkingAid));
         },
         [](const SqliteStatement &q, int c, DailyEntry &e) {
             e.walkingAid = readOptionalKey<WalkingAid>(q, c);
         }},
        MEND_OPTIONAL_INT("soreness", symptoms.soreness),
        MEND_OPTIONAL_INT("swelling", symptoms.swelling),
        MEND_OPTIONAL_INT("bruising", symptoms.bruising),
        MEND_OPTIONAL_INT("redness", symptoms.redness),
        MEND_OPTIONAL_INT("warmth", symptoms.warmth),
        MEND_FLAG("fever", symptoms.fever),
        MEND_FLAG("pain_medication", painMedication),
        {"note", ":note", Written::Always,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) {
             q.bind(p, e.note.isNull() ? QStringLiteral("") : e.note);
         },
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.note = q.text(c); }},
        {"created_at", ":created_at", Written::OnInsert,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) { q.bind(p, e.createdAt); },
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.createdAt = q.timestamp(c); }},
        {"updated_at", ":updated_at", Written::Always,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) { q.bind(p, e.updatedAt); },
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.updatedAt = q.timestamp(c); }},
        {"late", ":late", Written::OnInsert,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) { q.bind(p, qint64(e.late)); },
         [](const SqliteStatement &q, int c, DailyEntry &e) { e.late = q.boolean(c); }},
        {"temperature_c", ":temperature_c", Written::Always,
         [](SqliteStatement &q, const char *p, const DailyEntry &e) {
             q.bind(p, e.safety.temperatureC);
         },
         [](const SqliteStatement &q, int c, DailyEntry &e) {
             e.safety.temperatureC = q.optionalReal(c);
         }},
        // The warning signs, in safetyFlags() order (the order migration 2 added them).
        MEND_FLAG("chills", safety.chills),
        MEND_FLAG("spreading_redness", safety.spreadingRedness),
        MEND_FLAG("hot_joint", safety.hotJoint),
        MEND_FLAG("discharge", safety.discharge),
        MEND_FLAG("calf_pain_swelling", safety.calfPainSwelling),
        MEND_FLAG("short_of_breath", safety.shortOfBreath),
        MEND_FLAG("numbness_weakness", safety.numbnessWeakness),
        MEND_FLAG("harvest_site_problem", safety.harvestSiteProblem),
        MEND_FLAG("cannot_bear_weight", safety.cannotBearWeight),
    };
    return columns;
}

#undef MEND_OPTIONAL_INT
#undef MEND_FLAG

} // namespace

const std::vector<EntryColumn> &entryColumns()
{
    static const std::vector<EntryColumn> columns = makeColumns();
    return columns;
}

QString entrySelectSql()
{
    QStringList names;
    for (const auto &c : entryColumns())
        names << QLatin1String(c.name);
    return QStringLiteral("SELECT %1 FROM daily_entry").arg(names.join(QStringLiteral(", ")));
}

QString entryInsertSql()
{
    QStringList names;
    QStringList parameters;
    for (const auto &c : entryColumns()) {
        if (c.written == Written::Never)
            continue;
        names << QLatin1String(c.name);
        parameters << QLatin1String(c.parameter);
    }
    return QStringLiteral("INSERT INTO daily_entry (%1) VALUES (%2)")
        .arg(names.join(QStringLiteral(", ")), parameters.join(QStringLiteral(", ")));
}

QString entryUpdateSql()
{
    QStringList sets;
    for (const auto &c : entryColumns())
        if (c.written == Written::Always)
            sets << QStringLiteral("%1 = %2").arg(QLatin1String(c.name),
                                                  QLatin1String(c.parameter));
    return QStringLiteral("UPDATE daily_entry SET %1 WHERE id = :id")
        .arg(sets.join(QStringLiteral(", ")));
}

} // namespace mend
