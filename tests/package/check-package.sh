#!/usr/bin/env bash
# Builds the .deb from a build directory with CPack, checks what it installs (the two programs,
# the desktop entry, the icon, AppStream metainfo that validates strictly and declares the phone
# form factor), unpacks it into a scratch root and runs the self-test and mend-cli from there.
# Usage: check-package.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/out/mend_*.deb)"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

contents="$(dpkg-deb --contents "$deb")"
for path in ./usr/bin/mend ./usr/bin/mend-cli \
    ./usr/share/applications/io.github.mendtracker.Mend.desktop \
    ./usr/share/metainfo/io.github.mendtracker.Mend.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.mendtracker.Mend.svg; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6quick6 qml6-module-qtquick-controls qml6-module-qtcharts libqt6sql6-sqlite; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

root="$work/root"
dpkg -x "$deb" "$root"
metainfo="$root/usr/share/metainfo/io.github.mendtracker.Mend.metainfo.xml"
appstreamcli validate --no-net --strict "$metainfo" || fail "the metainfo does not validate"
grep -q '<display_length compare="ge">360</display_length>' "$metainfo" ||
    fail "the metainfo does not declare a display from 360 px"
grep -q '<control>touch</control>' "$metainfo" || fail "the metainfo does not declare touch"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.mendtracker.Mend.desktop" ||
        fail "the desktop entry does not validate"
fi

# From the scratch root, away from the build tree: a home of its own, nothing from the build.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
cd "$work"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/mend" --self-test || fail "the installed mend's self-test failed"
"$root/usr/bin/mend-cli" --db "$work/diary.sqlite" episode add --site knee --side left \
    --condition osteoarthritis --injected 2026-11-01 --product prp --baseline-pain 6 >/dev/null ||
    fail "the installed mend-cli cannot set up an episode"
"$root/usr/bin/mend-cli" --db "$work/diary.sqlite" summary >/dev/null ||
    fail "the installed mend-cli cannot read the diary"
echo "check-package: the package installs, validates and runs from a scratch root"
