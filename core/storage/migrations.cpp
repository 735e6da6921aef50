#include "migrations.h"

namespace mend {

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {
             QStringLiteral(R"(CREATE TABLE episode (
                id INTEGER PRIMARY KEY,
                site TEXT NOT NULL,
                side TEXT NOT NULL,
                condition TEXT NOT NULL,
                injection_date TEXT NOT NULL,
                product TEXT NOT NULL,
                adjunct_prp INTEGER NOT NULL DEFAULT 0,
                adjunct_physio INTEGER NOT NULL DEFAULT 0,
                clinic TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                previous_episode_id INTEGER REFERENCES episode(id) ON DELETE SET NULL,
                baseline_pain INTEGER NOT NULL CHECK (baseline_pain BETWEEN 0 AND 10),
                created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE daily_entry (
                id INTEGER PRIMARY KEY,
                episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
                entry_date TEXT NOT NULL,
                pain_average INTEGER NOT NULL CHECK (pain_average BETWEEN 0 AND 10),
                pain_rest INTEGER CHECK (pain_rest BETWEEN 0 AND 10),
                pain_activity INTEGER CHECK (pain_activity BETWEEN 0 AND 10),
                pain_worst INTEGER CHECK (pain_worst BETWEEN 0 AND 10),
                steps INTEGER CHECK (steps >= 0),
                active_minutes INTEGER CHECK (active_minutes BETWEEN 0 AND 1440),
                activity_level TEXT,
                walking_aid TEXT,
                soreness INTEGER CHECK (soreness BETWEEN 0 AND 3),
                swelling INTEGER CHECK (swelling BETWEEN 0 AND 3),
                bruising INTEGER CHECK (bruising BETWEEN 0 AND 3),
                redness INTEGER CHECK (redness BETWEEN 0 AND 3),
                warmth INTEGER CHECK (warmth BETWEEN 0 AND 3),
                fever INTEGER NOT NULL DEFAULT 0,
                pain_medication INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                late INTEGER NOT NULL DEFAULT 0,
                UNIQUE (episode_id, entry_date)))"),
             QStringLiteral(R"(CREATE TABLE rom_reading (
                entry_id INTEGER NOT NULL REFERENCES daily_entry(id) ON DELETE CASCADE,
                movement TEXT NOT NULL,
                side TEXT NOT NULL DEFAULT 'treated' CHECK (side IN ('treated', 'other')),
                degrees INTEGER NOT NULL,
                PRIMARY KEY (entry_id, movement, side)) WITHOUT ROWID)"),
         }},
        // 2: red-flag signs on the daily entry, alerts, co-treatment events, injection series,
        //    personal goals, and clinic-loaded protocols.
        {2,
         {
             QStringLiteral("ALTER TABLE daily_entry ADD COLUMN temperature_c REAL"),
             QStringLiteral("ALTER TABLE daily_entry ADD COLUMN chills INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE daily_entry ADD COLUMN spreading_redness INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral(
                 "ALTER TABLE daily_entry ADD COLUMN hot_joint INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(
                 "ALTER TABLE daily_entry ADD COLUMN discharge INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(
                 "ALTER TABLE daily_entry ADD COLUMN calf_pain_swelling INTEGER NOT NULL "
                 "DEFAULT 0"),
             QStringLiteral("ALTER TABLE daily_entry ADD COLUMN short_of_breath INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("ALTER TABLE daily_entry ADD COLUMN numbness_weakness INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("ALTER TABLE daily_entry ADD COLUMN harvest_site_problem INTEGER NOT "
                            "NULL DEFAULT 0"),
             QStringLiteral(
                 "ALTER TABLE daily_entry ADD COLUMN cannot_bear_weight INTEGER NOT NULL "
                 "DEFAULT 0"),
             QStringLiteral(R"(CREATE TABLE alert (
                id INTEGER PRIMARY KEY,
                episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
                entry_date TEXT NOT NULL,
                rule TEXT NOT NULL,
                reason TEXT NOT NULL,
                severity TEXT NOT NULL CHECK (severity IN ('contact-clinic', 'emergency')),
                created_at TEXT NOT NULL,
                acknowledged_at TEXT,
                UNIQUE (episode_id, entry_date, rule)))"),
             QStringLiteral(R"(CREATE TABLE event (
                id INTEGER PRIMARY KEY,
                episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
                event_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX event_by_episode ON event (episode_id, event_date)"),
             QStringLiteral(R"(CREATE TABLE series_injection (
                id INTEGER PRIMARY KEY,
                episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
                injection_date TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                UNIQUE (episode_id, injection_date)))"),
             QStringLiteral(R"(CREATE TABLE goal (
                id INTEGER PRIMARY KEY,
                episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
                text TEXT NOT NULL,
                window_start_day INTEGER NOT NULL,
                window_end_day INTEGER NOT NULL,
                achieved_date TEXT,
                created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE protocol (
                id TEXT PRIMARY KEY,
                definition TEXT NOT NULL,
                loaded_at TEXT NOT NULL))"),
         }},
        {3,
         {
             QStringLiteral(R"(CREATE TABLE instrument (
                id TEXT PRIMARY KEY,
                definition TEXT NOT NULL,
                installed_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE prom_response (
                id INTEGER PRIMARY KEY,
                episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
                instrument_id TEXT NOT NULL,
                instrument_version INTEGER NOT NULL,
                time_point TEXT NOT NULL DEFAULT '',
                answered_on TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             // One response per scheduled time point and instrument; unscheduled ones may repeat.
             QStringLiteral("CREATE UNIQUE INDEX prom_response_per_time_point ON prom_response "
                            "(episode_id, instrument_id, time_point) WHERE time_point <> ''"),
             QStringLiteral("CREATE INDEX prom_response_by_episode ON prom_response "
                            "(episode_id, answered_on)"),
             QStringLiteral(R"(CREATE TABLE prom_answer (
                response_id INTEGER NOT NULL REFERENCES prom_response(id) ON DELETE CASCADE,
                item_id TEXT NOT NULL,
                value INTEGER NOT NULL,
                PRIMARY KEY (response_id, item_id)))"),
             QStringLiteral(R"(CREATE TABLE prom_score (
                response_id INTEGER NOT NULL REFERENCES prom_response(id) ON DELETE CASCADE,
                scale_id TEXT NOT NULL,
                answered INTEGER NOT NULL,
                raw_sum INTEGER NOT NULL,
                score_numerator INTEGER,
                score_denominator INTEGER CHECK (score_denominator > 0),
                reason TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (response_id, scale_id)))"),
             QStringLiteral(R"(CREATE TABLE setting (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL))"),
         }},
        {4,
         {
             // A clinic database holds many patients; a patient's own diary has none (NULL).
             QStringLiteral(R"(CREATE TABLE patient (
                id INTEGER PRIMARY KEY,
                identifier TEXT NOT NULL,
                source_file TEXT NOT NULL,
                imported_at TEXT NOT NULL))"),
             QStringLiteral("ALTER TABLE episode ADD COLUMN patient_id INTEGER "
                            "REFERENCES patient(id) ON DELETE CASCADE"),
             QStringLiteral("CREATE INDEX episode_by_patient ON episode (patient_id)"),
         }},
        // 5: the file says it is Mend's (application id 'MEND'), so a foreign SQLite file is told
        //    apart from a diary before anything is written to it.
        {5,
         {
             QStringLiteral("PRAGMA application_id=1296387652"),
         }},
        // 6: a clinic's patient from another system's Bundle may have no injection on record
        //    until the clinician sets day 0; until then day 0 is provisional.
        {6,
         {
             QStringLiteral("ALTER TABLE episode ADD COLUMN injection_recorded INTEGER NOT NULL "
                            "DEFAULT 1"),
         }},
        // 7: steps and active minutes from a phone's or a watch's export, one row per day and
        //    source, apart from the patient's own log (docs/activity-days.md).
        {7,
         {
             QStringLiteral(R"(CREATE TABLE activity_day (
                episode_id INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
                day TEXT NOT NULL,
                source TEXT NOT NULL,
                steps INTEGER CHECK (steps >= 0),
                active_minutes INTEGER CHECK (active_minutes BETWEEN 0 AND 1440),
                devices TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL,
                PRIMARY KEY (episode_id, day, source)) WITHOUT ROWID)"),
         }},
    };
    return all;
}

} // namespace mend
