// Asks a Mend export what a consumer that knows only the standard codes would ask, in FHIRPath
// (npm `fhirpath`, R4 model): one average pain score (LOINC 72514-3) per diary day, and each
// KOOS JR / HOOS JR total found by its LOINC code alone, one per completed questionnaire.
// Usage: node fhirpath-checks.js BUNDLE   (MEND_FHIR_VALIDATOR_MODULES: node_modules)
'use strict';
const fs = require('fs');
const path = require('path');
const modules = process.env.MEND_FHIR_VALIDATOR_MODULES;
const fhirpath = require(path.join(modules, 'fhirpath'));
const r4 = require(path.join(modules, 'fhirpath/fhir-context/r4'));

const bundle = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ask = (expression) => fhirpath.evaluate(bundle, expression, null, r4);
let failed = false;
const check = (what, ok, detail) => {
    console.log(`${ok ? 'ok' : 'FAILED'}: ${what} (${detail})`);
    if (!ok) failed = true;
};

const painDays = ask("Bundle.entry.resource.where(resourceType = 'Observation' and code.coding.code = '72514-3').effective");
const diaryDays = ask("Bundle.entry.resource.where(resourceType = 'Observation').effective.distinct()");
const painTwice = painDays.length - new Set(painDays).size;
check('one 72514-3 pain score per diary day', painDays.length === diaryDays.length && painTwice === 0,
      `${painDays.length} scores, ${diaryDays.length} days with values, ${painTwice} days with more than one`);
check('the export has diary days', diaryDays.length > 0, `${diaryDays.length}`);

for (const [instrument, loinc] of [['koos-jr', '82324-5'], ['hoos-jr', '82323-7']]) {
    const completed = ask(`Bundle.entry.resource.where(resourceType = 'QuestionnaireResponse' and status = 'completed' and questionnaire.startsWith('urn:mend:questionnaire/${instrument}|')).count()`)[0];
    const totals = ask(`Bundle.entry.resource.where(resourceType = 'Observation' and code.coding.code = '${loinc}').count()`)[0];
    check(`every completed ${instrument} has its ${loinc} total`, completed === totals, `${completed} completed, ${totals} totals`);
}
const koos = ask("Bundle.entry.resource.where(resourceType = 'QuestionnaireResponse' and questionnaire.startsWith('urn:mend:questionnaire/koos-jr|')).count()")[0];
check('the export holds KOOS JR answers to check', koos > 0, `${koos}`);
process.exit(failed ? 1 : 0);
