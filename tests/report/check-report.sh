#!/usr/bin/env bash
# The PDF visit report of the demo patient, A4 and Letter: one or two pages of the right size,
# selectable text with the summary, verdicts and version, and every page rendered to a PNG that is
# not blank (pdfinfo, pdftotext, pdftoppm from Debian's poppler-utils).
# A diary of ten years (bench's generate_diary) keeps to the same page budget.
# Usage: check-report.sh MEND_CLI [GENERATE_DIARY]
set -euo pipefail
cli="$1"
generate="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/d.sqlite" demo >/dev/null
fail() { echo "check-report: $*" >&2; exit 1; }
for page in a4 letter; do
    pdf="$work/report-$page.pdf"
    "$cli" --db "$work/d.sqlite" report --page "$page" -o "$pdf" 2>"$work/stderr"
    grep -qF "contains health data" "$work/stderr" || fail "$page: no health-data reminder on stderr"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$pdf" | awk -F: '/^Page size:/ {print $2}')
    [ "$pages" -ge 1 ] && [ "$pages" -le 2 ] || fail "$page: $pages pages, expected 1 or 2"
    case "$page:$size" in
        a4:*"(A4)"*|letter:*"(letter)"*) ;;
        *) fail "$page: page size is$size" ;;
    esac
    text=$(pdftotext "$pdf" -)
    for expected in "Mend visit report" "Baseline against now" "KOOS JR" "OMERACT-OARSI" \
                    "Adherence: " "Milestones" "Mend 0." "Average pain (0-10): baseline" \
                    "Knee extension: now"; do
        grep -qF "$expected" <<<"$text" || fail "$page: no selectable text '$expected'"
    done
    pdftoppm -png -r 40 "$pdf" "$work/$page"
    for png in "$work/$page"-*.png; do
        # A blank page compresses to a few hundred bytes; a drawn one is far larger.
        [ "$(stat -c %s "$png")" -gt 8000 ] || fail "$png looks blank"
    done
    echo "$page: $pages page(s),$size, text and pages checked"
done
# Steps imported from a phone's export are named beside the steps figure.
# The export's days are the demo's unlogged ones: a typed count would win over it.
"$cli" --db "$work/d.sqlite" export --format csv -o "$work/log.csv" 2>/dev/null
fit="$work/Daily activity metrics.csv"
echo "Date,Move Minutes count,Calories (kcal),Step count" >"$fit"
for back in $(seq 1 70); do
    day=$(date -d "-$back days" +%F)
    grep -q "^$day," "$work/log.csv" || echo "$day,20,1800,$((4000 + back))" >>"$fit"
done
[ "$(wc -l <"$fit")" -gt 1 ] || fail "the demo has no unlogged day to import steps for"
"$cli" --db "$work/d.sqlite" import "$fit" >/dev/null 2>&1 || fail "the Google Fit file was not imported"
"$cli" --db "$work/d.sqlite" report -o "$work/steps.pdf" 2>/dev/null
pdftotext "$work/steps.pdf" - | tr '\n' ' ' | grep -qF "imported from Google Fit" ||
    fail "the report does not say which export the steps came from"
echo "imported steps: named in the report"

# In Spanish (the language chosen in the app, or --language): the report's own words, the
# verdicts, the milestones and the evidence, with figures written 3,5. Sources stay as published;
# what the patient typed stays as typed.
"$cli" --db "$work/d.sqlite" report --language es -o "$work/es.pdf" 2>/dev/null
# pdftotext gives the font's ligatures as they are drawn ("ﬁ"): read them as letters.
es=$(pdftotext "$work/es.pdf" - | sed 's/ﬁ/fi/g; s/ﬂ/fl/g' | tr '\n' ' ')
for expected in "Informe de consulta de Mend" "Línea basal frente a ahora (medias de 7 días)" \
                "Dolor medio (0-10): línea basal" "Adherencia: " "Medidas de resultado" \
                "Respondedor OMERACT-OARSI" "Mejoría clínicamente importante" "aún no cumplido" \
                "Lado izquierdo: rodilla · Artrosis" "requiere >= 7,5 puntos" \
                "Hitos (lo que esperan las clínicas" "Remite el brote tras la inyección" \
                "La evidencia es dispar" "Alertas y otros tratamientos"; do
    grep -qF "$expected" <<<"$es" || fail "Spanish: no text '$expected'"
done
grep -qE "línea basal [0-9]+,[0-9], ahora [0-9]+,[0-9]" <<<"$es" ||
    fail "Spanish: the pain figures are not written with a decimal comma"
for english in "Baseline against" "baseline " "Adherence" "Outcome measures" "Milestones" \
               "Clinically important" "not yet met" "Average pain" "Evidence is" "None recorded" \
               "Post-injection" "Window width"; do
    if grep -qF "$english" <<<"$es"; then fail "Spanish: English text left: '$english'"; fi
done
"$cli" --db "$work/d.sqlite" report --language xx -o "$work/xx.pdf" 2>"$work/stderr" &&
    fail "--language xx was accepted"
grep -qF -- '--language: "xx" is not one of system, en, es' "$work/stderr" ||
    fail "--language xx: $(cat "$work/stderr")"
[ ! -e "$work/xx.pdf" ] || fail "--language xx wrote a file"
# The language chosen in the app is the default; --language en gives English whatever it is.
python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"INSERT OR REPLACE INTO setting (key, value) VALUES ('view.language', 'es')\"); c.commit()" "$work/d.sqlite"
"$cli" --db "$work/d.sqlite" report -o "$work/chosen.pdf" 2>/dev/null
# (grep -q on a pipe would end pdftotext early, which pipefail counts as a failure.)
chosen=$(pdftotext "$work/chosen.pdf" -)
grep -qF "Informe de consulta de Mend" <<<"$chosen" ||
    fail "the language chosen in the app (es) is not the report's"
"$cli" --db "$work/d.sqlite" report --language en -o "$work/en.pdf" 2>/dev/null
english=$(pdftotext "$work/en.pdf" -)
grep -qF "Baseline against now" <<<"$english" || fail "--language en is not English"
echo "Spanish: the report's words, verdicts, milestones and evidence in Spanish, 3,5"

# Ten years of daily entries reach every time point: the report still fits its two pages, with
# the outcome measures and the evidence on them.
if [ -n "$generate" ]; then
    "$generate" 10 "$work/ten.sqlite"
    "$cli" --db "$work/ten.sqlite" report -o "$work/ten.pdf" 2>/dev/null
    pages=$(pdfinfo "$work/ten.pdf" | awk '/^Pages:/ {print $2}')
    [ "$pages" -le 2 ] || fail "a 10-year diary: $pages pages, expected 1 or 2"
    text=$(pdftotext "$work/ten.pdf" -)
    for expected in "24 months · Average pain" "6 weeks, 3 months, 6 months, 12 months, 24" \
                    "Evidence" "[1] needs >= 2 points"; do
        grep -qF "$expected" <<<"$text" || fail "a 10-year diary: no text '$expected'"
    done
    echo "10-year diary: $pages page(s), outcome measures and evidence on them"
    "$cli" --db "$work/ten.sqlite" report --language es -o "$work/ten-es.pdf" 2>/dev/null
    pages=$(pdfinfo "$work/ten-es.pdf" | awk '/^Pages:/ {print $2}')
    [ "$pages" -le 2 ] || fail "a 10-year diary in Spanish: $pages pages, expected 1 or 2"
    ten=$(pdftotext "$work/ten-es.pdf" -)
    grep -qF "Evidencia" <<<"$ten" ||
        fail "a 10-year diary in Spanish: no evidence on its pages"
    echo "10-year diary in Spanish: $pages page(s)"
fi
