#!/usr/bin/env python3
"""Writes fitbit-takeout.zip: the shape of Fitbit's account export from Google Takeout
(Takeout/Fitbit/Global Export Data/steps-….json a minute at a time, the active-minute files a
day at a time, Your Profile/Profile.csv with the account's time zone). Minutes are in UTC; the
account is in America/New_York (UTC-5 in February). Run again only to change it."""
import json, os, zipfile

here = os.path.dirname(os.path.abspath(__file__))
data = "Takeout/Fitbit/Global Export Data/"

def minute(day, hhmm, value):
    return {"dateTime": "02/%02d/26 %s:00" % (day, hhmm), "value": str(value)}

steps = [
    minute(1, "15:00", 80),   # 10:00 in New York: 1 February
    minute(1, "15:01", 0),
    minute(2, "03:30", 100),  # 22:30 on 1 February in New York, though 2 February in UTC
    minute(2, "05:00", 50),   # midnight in New York: 2 February
    minute(2, "14:00", 120),
]
# The next month's file: 3 February's minutes.
steps_next = [minute(3, "12:00", 7), minute(3, "12:01", 3)]

def daily(day, value):
    return {"dateTime": "02/%02d/26 00:00:00" % day, "value": str(value)}

profile = ("id,full_name,timezone,locale,member_since\n"
           "ABC123,<b>Ann</b>,America/New_York,en_US,2019-04-01\n")

with zipfile.ZipFile(os.path.join(here, "fitbit-takeout.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("Takeout/Fitbit/Your Profile/Profile.csv", profile)
    z.writestr(data + "steps-2026-02-01.json", json.dumps(steps, indent=1))
    z.writestr(data + "steps-2026-02-03.json", json.dumps(steps_next, indent=1))
    z.writestr(data + "very_active_minutes-2026-02-01.json",
               json.dumps([daily(1, 12), daily(2, 5)]))
    z.writestr(data + "moderately_active_minutes-2026-02-01.json", json.dumps([daily(1, 8)]))
    z.writestr(data + "heart_rate-2026-02-01.json",
               json.dumps([{"dateTime": "02/01/26 15:00:05", "value": {"bpm": 71, "confidence": 2}}]))
    z.writestr("Takeout/archive_browser.html", "<html>Takeout</html>")

# One steps file on its own, as a person may pick it out of the export.
with open(os.path.join(here, "steps-2026-02-03.json"), "w") as f:
    json.dump(steps_next, f, indent=1)
