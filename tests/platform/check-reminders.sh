#!/usr/bin/env bash
# Reminders while Mend is closed, end to end on a private D-Bus session bus with a stand-in
# notification service (no desktop, no systemd user manager needed):
#  - mend-cli remind sends today's log reminder once per occasion, with markup escaped;
#  - with the app lock on, the notification says only that Mend has a reminder;
#  - install --with systemd writes a timer and a service that systemd-analyze verifies, tells
#    systemctl (a recording stand-in on PATH) to enable the timer, and the service's ExecStart,
#    run as systemd runs it with no Mend process alive, sends the reminder; remove leaves nothing;
#  - install --with autostart writes an entry desktop-file-validate accepts and starts the helper
#    it names; remove stops the helper.
# The diary's path has a space, a "$" and a "%" to try both files' quoting.
# Usage: check-reminders.sh BUILD_DIR   (runs itself again inside dbus-run-session)
set -euo pipefail
build="$(cd "$1" && pwd)"
if [[ -z "${MEND_REMINDER_TEST_BUS:-}" ]]; then
    MEND_REMINDER_TEST_BUS=1 exec dbus-run-session -- bash "$0" "$build"
fi
cli="$build/app/mend-cli"
server="$build/tests/fake_notification_server"
work="$(mktemp -d)"
helper=""
cleanup() {
    [[ -n "$helper" ]] && kill "$helper" 2>/dev/null || true
    pkill -f "$work" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-reminders: $*" >&2; exit 1; }

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$work/bin" "$work/diary" && mkdir -m 700 "$XDG_RUNTIME_DIR"
db="$work/diary/my \$diary 100%.sqlite"
log="$work/notifications.jsonl"
touch "$log"

"$server" "$log" >"$work/server.out" 2>&1 &
for _ in $(seq 50); do grep -q ready "$work/server.out" && break; sleep 0.1; done
grep -q ready "$work/server.out" || fail "the stand-in notification service did not start: $(cat "$work/server.out")"

"$cli" --db "$db" episode add --site knee --side left --condition osteoarthritis \
    --injected "$(date -d '-10 days' +%F)" --product prp --baseline-pain 6 >/dev/null
"$cli" --db "$db" remind settings --time 00:00 >/dev/null
count() { wc -l <"$log"; }

# A timer whose diary is gone says so and creates no empty diary in its place.
gone="$work/diary/gone.sqlite"
if "$cli" --db "$gone" remind 2>"$work/gone.err"; then fail "remind on a missing diary succeeded"; fi
grep -q "there is no diary at $gone" "$work/gone.err" || fail "remind on a missing diary said: $(cat "$work/gone.err")"
[[ ! -e "$gone" ]] || fail "remind created a diary at $gone"

# Nothing sent while nothing is installed and remind has not run.
[[ "$(count)" == 0 ]] || fail "a notification came before anything asked for one"
dry="$("$cli" --db "$db" remind --dry-run)"
grep -q '"key": "log:' <<<"$dry" || fail "--dry-run does not list today's log reminder: $dry"
[[ "$(count)" == 0 ]] || fail "--dry-run sent a notification"

# The systemd timer: files, verification, what systemctl was asked.
cat >"$work/bin/systemctl" <<STUB
#!/bin/sh
echo "\$*" >>"$work/systemctl.calls"
STUB
chmod +x "$work/bin/systemctl"
PATH="$work/bin:$PATH" "$cli" --db "$db" remind install --with systemd >"$work/status.json"
grep -q '"whenClosed": true' "$work/status.json" || fail "status after install: $(cat "$work/status.json")"
units="$XDG_CONFIG_HOME/systemd/user"
[[ -f "$units/mend-remind.timer" && -f "$units/mend-remind.service" ]] || fail "no timer or service in $units"
grep -qx "OnCalendar=\*:0/15" "$units/mend-remind.timer" || fail "the timer does not run every 15 minutes"
systemd-analyze verify --user "$units/mend-remind.timer" "$units/mend-remind.service" ||
    fail "systemd-analyze verify refused the units"
grep -qx -- "--user daemon-reload" "$work/systemctl.calls" || fail "systemctl was not asked to reload"
grep -qx -- "--user enable --now mend-remind.timer" "$work/systemctl.calls" ||
    fail "systemctl was not asked to enable the timer: $(cat "$work/systemctl.calls")"

# Fire the timer's service as systemd would: its ExecStart words, %% and $$ undone.
mapfile -t words < <(python3 - "$units/mend-remind.service" <<'PY'
import shlex, sys
line = next(l for l in open(sys.argv[1]) if l.startswith("ExecStart="))
for w in shlex.split(line[len("ExecStart="):]):
    print(w.replace("%%", "%").replace("$$", "$"))
PY
)
[[ "${words[2]}" == "$db" ]] || fail "ExecStart names another diary: ${words[2]}"
# Only a window on this diary matters: other tests' windows (ctest runs them alongside) use others.
pgrep -ax mend | grep -qF -- "$db" && fail "a Mend window has this diary open; the test needs Mend closed"
"${words[@]}" >"$work/fire.out" || fail "the timer's service failed: $(cat "$work/fire.out")"
[[ "$(count)" == 1 ]] || fail "the timer's run sent $(count) notifications, not 1"
python3 - "$log" <<'PY' || fail "the notification is not today's log reminder: $(cat "$log")"
import json, sys
n = json.loads(open(sys.argv[1]).readline())
assert n["app"] == "Mend" and n["desktopEntry"] == "io.github.mendtracker.Mend", n
assert n["summary"] == "Time for today's diary", n
PY
"${words[@]}" >/dev/null
[[ "$(count)" == 1 ]] || fail "the same occasion was notified twice"

# With the app lock on, a new occasion carries no health detail (and markup stays text).
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('lock.digest', 'x')")
c.execute("DELETE FROM setting WHERE key = 'reminder.sent'")
c.commit()
PY
"$cli" --db "$db" remind >/dev/null
[[ "$(count)" == 2 ]] || fail "with the lock on, $(count) notifications instead of 2"
python3 - "$log" <<'PY' || fail "with the app lock on the notification said more: $(tail -1 "$log")"
import json, sys
n = json.loads(open(sys.argv[1]).readlines()[-1])
assert n["summary"] == "Mend" and n["body"] == "You have a reminder. Open Mend to see it.", n
PY

PATH="$work/bin:$PATH" "$cli" --db "$db" remind remove >"$work/status.json"
grep -q '"whenClosed": false' "$work/status.json" || fail "status after remove: $(cat "$work/status.json")"
[[ -z "$(ls -A "$units")" ]] || fail "remove left $(ls "$units")"
grep -qx -- "--user disable --now mend-remind.timer" "$work/systemctl.calls" || fail "systemctl was not asked to disable the timer"

# Where systemd does not run the session: the autostart entry and its helper.
"$cli" --db "$db" remind install --with autostart >/dev/null
entry="$XDG_CONFIG_HOME/autostart/io.github.mendtracker.Mend.remind.desktop"
[[ -f "$entry" ]] || fail "no autostart entry"
desktop-file-validate "$entry" || fail "desktop-file-validate refused the autostart entry"
# Other tests running beside this one may have helpers of their own: ours is the one whose
# command line names this diary.
helper_of_this_diary() {
    local pid running
    for pid in $(pgrep -f -- "remind --watch"); do
        mapfile -d '' running <"/proc/$pid/cmdline" 2>/dev/null || continue
        [[ "${running[1]:-}" == "--db" && "${running[2]:-}" == "$db" ]] && { echo "$pid"; return; }
    done
}
for _ in $(seq 50); do helper="$(helper_of_this_diary)" && [[ -n "$helper" ]] && break; sleep 0.1; done
[[ -n "$helper" ]] || fail "install did not start the helper for this diary: $(pgrep -af -- "remind --watch")"
grep -q "^Exec=.*remind\" \"--watch\"" "$entry" || fail "the entry does not start the helper: $(grep Exec "$entry")"
"$cli" --db "$db" remind remove >/dev/null
[[ ! -e "$entry" ]] || fail "remove left the autostart entry"
for _ in $(seq 150); do kill -0 "$helper" 2>/dev/null || break; sleep 0.1; done
kill -0 "$helper" 2>/dev/null && fail "the helper still runs 15 s after remove"
helper=""
echo "check-reminders: timer, service, helper and notifications as expected"
