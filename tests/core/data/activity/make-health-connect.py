#!/usr/bin/env python3
"""Writes health-connect.zip: a Health Connect export in the real shape (a zip holding
health_connect_export.db, tables and columns as Android's HealthFitness module writes them),
with the cases tst_activityimport checks. Run it again only to change the fixture."""
import os, sqlite3, tempfile, zipfile

H = 3600 * 1000
def ms(iso):  # UTC milliseconds
    from datetime import datetime, timezone
    return int(datetime.fromisoformat(iso).replace(tzinfo=timezone.utc).timestamp() * 1000)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "health_connect_export.db")
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT,
        package_name TEXT NOT NULL UNIQUE, app_name TEXT, app_icon BLOB, record_types_used TEXT);
    CREATE TABLE device_info_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT,
        manufacturer TEXT, model TEXT, device_type INTEGER);
    CREATE TABLE health_data_category_priority_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT,
        health_data_category INTEGER NOT NULL UNIQUE, app_id_priority_order TEXT);
    CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB UNIQUE,
        last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT,
        device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER,
        dedupe_hash BLOB UNIQUE, start_time INTEGER NOT NULL, start_zone_offset INTEGER,
        end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER,
        count INTEGER NOT NULL);
    CREATE TABLE exercise_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid BLOB UNIQUE, last_modified_time INTEGER, client_record_id TEXT,
        client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER,
        recording_method INTEGER, dedupe_hash BLOB UNIQUE, start_time INTEGER NOT NULL,
        start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER,
        local_date INTEGER, notes TEXT, exercise_type INTEGER NOT NULL, title TEXT,
        has_route INTEGER, planned_exercise_session_id BLOB);
    INSERT INTO device_info_table VALUES (1, NULL, NULL, 0);
    INSERT INTO application_info_table (row_id, package_name, app_name) VALUES
        (1, 'com.google.android.apps.fitness', 'Fit'),
        (2, 'com.sec.android.app.shealth', 'Samsung Health'),
        (3, 'com.example.pedometer', 'Pedometer <b>Pro</b>');
    -- Health Connect's order for activity (category 1): Samsung Health, then Fit.
    INSERT INTO health_data_category_priority_table VALUES (1, 1, '2,1');
    """)
    cet = 3600
    steps = [
        # Samsung 09:00-10:00 local, Fit 09:30-10:30 local: Fit counts only 10:00-10:30.
        (2, ms("2024-03-04T08:00:00"), ms("2024-03-04T09:00:00"), 3000),
        (1, ms("2024-03-04T08:30:00"), ms("2024-03-04T09:30:00"), 2000),
        # 23:30 UTC on the 5th is 00:30 on the 6th where it was walked.
        (1, ms("2024-03-05T23:30:00"), ms("2024-03-05T23:50:00"), 1500),
        # An app not on the priority list, alone on its day.
        (3, ms("2024-03-07T10:00:00"), ms("2024-03-07T10:10:00"), 500),
        # Long before the injection: skipped, counted.
        (1, ms("2023-01-01T10:00:00"), ms("2023-01-01T11:00:00"), 4000),
    ]
    for i, (app, start, end, count) in enumerate(steps):
        db.execute("INSERT INTO steps_record_table (uuid, device_info_id, app_info_id, "
                   "recording_method, start_time, start_zone_offset, end_time, end_zone_offset, "
                   "local_date, count) VALUES (?, 1, ?, 2, ?, ?, ?, ?, ?, ?)",
                   (bytes([i]) * 16, app, start, cet, end, cet, (start + cet * 1000) // 86400000,
                    count))
    # A 45-minute walk logged by Samsung Health (exercise type 79, walking).
    db.execute("INSERT INTO exercise_session_record_table (uuid, device_info_id, app_info_id, "
               "recording_method, start_time, start_zone_offset, end_time, end_zone_offset, "
               "local_date, exercise_type, title) VALUES (?, 1, 2, 1, ?, ?, ?, ?, ?, 79, 'Walk')",
               (b"w" * 16, ms("2024-03-04T08:00:00"), cet, ms("2024-03-04T08:45:00"), cet,
                ms("2024-03-04T09:00:00") // 86400000))
    db.execute("PRAGMA user_version = 23")
    db.commit()
    db.close()
    here = os.path.dirname(os.path.abspath(__file__))
    with zipfile.ZipFile(os.path.join(here, "health-connect.zip"), "w",
                         zipfile.ZIP_DEFLATED) as z:
        z.write(path, "health_connect_export.db")
