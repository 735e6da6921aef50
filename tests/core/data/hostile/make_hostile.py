#!/usr/bin/env python3
"""Writes the crafted malformed files of tests/core/data/hostile/ (run once; the files are committed).
Each one breaks one thing of a valid file; expected.tsv names the error each must produce."""
import copy, json, os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '../../../..'))

def write(kind, name, data):
    os.makedirs(os.path.join(here, kind), exist_ok=True)
    with open(os.path.join(here, kind, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

# --- CSV: a valid three-row diary for an episode injected 2026-09-01 ---
header = 'date,pain_average,pain_rest,steps,activity_level,rom_knee-flexion,note,created_at,updated_at,late'
rows = ['2026-09-02,6,4,3000,light,100,first day,2026-09-02T20:00:00Z,2026-09-02T20:00:00Z,0',
        '2026-09-03,5,3,3500,light,104,,2026-09-03T20:00:00Z,2026-09-03T20:00:00Z,0',
        '2026-09-04,5,3,3900,moderate,108,"walked, slowly",2026-09-04T20:00:00Z,2026-09-04T20:00:00Z,0']
def csv(rs, h=header):
    return '\n'.join([h] + rs) + '\n'
def row(i, col, value):
    names = header.split(',')
    cells = rows[i].replace('"walked, slowly"', 'WS').split(',')
    cells[names.index(col)] = value
    return ','.join(cells).replace('WS', '"walked, slowly"')
write('csv', 'valid.csv', csv(rows))
write('csv', 'truncated-quote.csv', csv(rows)[:-40])
write('csv', 'no-date-column.csv', csv([r.split(',', 1)[1] for r in rows], header.split(',', 1)[1]))
write('csv', 'unknown-column.csv', csv([r + ',1' for r in rows], header + ',mood'))
write('csv', 'duplicate-column.csv', csv([r + ',5' for r in rows], header + ',pain_average'))
write('csv', 'pain-word.csv', csv([rows[0], row(1, 'pain_average', 'seven'), rows[2]]))
write('csv', 'pain-eleven.csv', csv([rows[0], row(1, 'pain_average', '11'), rows[2]]))
write('csv', 'pain-huge.csv', csv([row(0, 'pain_average', '99999999999999999999999'), rows[1]]))
write('csv', 'steps-negative.csv', csv([rows[0], row(1, 'steps', '-5')]))
write('csv', 'steps-huge.csv', csv([rows[0], row(1, 'steps', '4294967296')]))
write('csv', 'date-feb-30.csv', csv([rows[0], row(1, 'date', '2026-02-30')]))
write('csv', 'date-future.csv', csv([rows[0], row(1, 'date', '2099-01-01')]))
write('csv', 'date-1900.csv', csv([row(0, 'date', '1900-01-01')]))
write('csv', 'date-slashes.csv', csv([row(0, 'date', '02/09/2026')]))
write('csv', 'duplicate-date.csv', csv([rows[0], rows[1], row(2, 'date', '2026-09-03')]))
write('csv', 'utf16.csv', csv(rows).encode('utf-16'))
write('csv', 'latin1-note.csv', csv([row(0, 'note', 'caf\xe9')]).encode('latin-1'))
write('csv', 'empty.csv', b'')
write('csv', 'header-only.csv', header + '\n')
write('csv', 'too-many-fields.csv', csv([rows[0], rows[1] + ',extra']))
write('csv', 'binary.csv', bytes(range(256)) * 4)
write('csv', 'activity-unknown.csv', csv([row(0, 'activity_level', 'sprinting')]))
write('csv', 'rom-400.csv', csv([row(0, 'rom_knee-flexion', '400')]))
write('csv', 'late-maybe.csv', csv([row(0, 'late', 'maybe')]))
write('csv', 'created-word.csv', csv([row(0, 'created_at', 'yesterday')]))
write('csv', 'fhir-array.csv', '[{"resourceType": "Bundle"}]')

# --- FHIR: a foreign-style Bundle with pain and steps Observations ---
def obs(date, code, system, value, unit=None):
    r = {'resourceType': 'Observation', 'status': 'final',
         'code': {'coding': [{'system': system, 'code': code}]},
         'effectiveDateTime': date, 'valueInteger': value}
    return {'fullUrl': 'urn:uuid:obs-%s-%s' % (code, date), 'resource': r}
bundle = {'resourceType': 'Bundle', 'type': 'collection', 'entry': [
    obs('2026-09-02', '72514-3', 'http://loinc.org', 6),
    obs('2026-09-03', '72514-3', 'http://loinc.org', 5),
    obs('2026-09-03', '55423-8', 'http://loinc.org', 3500)]}
steps = bundle['entry'][2]['resource']
steps.pop('valueInteger')
steps['valueQuantity'] = {'value': 3500, 'unit': 'steps/day', 'system': 'http://unitsofmeasure.org', 'code': '/d'}
def js(b):
    return json.dumps(b, indent=1, ensure_ascii=False)
def mutate(f):
    b = copy.deepcopy(bundle); f(b); return js(b)
def val(b, i, v):
    r = b['entry'][i]['resource']; r.pop('valueInteger'); r.update(v)
write('fhir', 'valid.json', js(bundle))
write('fhir', 'truncated.json', js(bundle)[:200])
write('fhir', 'patient-not-bundle.json', js({'resourceType': 'Patient', 'id': 'x'}))
write('fhir', 'no-resource-type.json', js({'type': 'collection', 'entry': []}))
write('fhir', 'entry-not-array.json', mutate(lambda b: b.update(entry={'a': 1})))
write('fhir', 'pain-string.json', mutate(lambda b: val(b, 0, {'valueInteger': 'seven'})))
write('fhir', 'pain-42.json', mutate(lambda b: val(b, 0, {'valueInteger': 42})))
write('fhir', 'pain-fraction.json', mutate(lambda b: val(b, 0, {'valueInteger': 10.5})))
write('fhir', 'pain-negative-fraction.json', mutate(lambda b: val(b, 0, {'valueInteger': -0.4})))
write('fhir', 'pain-huge.json', js(bundle).replace('"valueInteger": 6', '"valueInteger": 1e400'))
write('fhir', 'steps-negative.json', mutate(lambda b: b['entry'][2]['resource']['valueQuantity'].update(value=-100)))
write('fhir', 'date-word.json', mutate(lambda b: b['entry'][0]['resource'].update(effectiveDateTime='yesterday')))
write('fhir', 'date-future.json', mutate(lambda b: b['entry'][0]['resource'].update(effectiveDateTime='3000-01-01')))
write('fhir', 'date-1900.json', mutate(lambda b: b['entry'][0]['resource'].update(effectiveDateTime='1900-01-01')))
write('fhir', 'date-number.json', mutate(lambda b: b['entry'][0]['resource'].update(effectiveDateTime=20260902)))
write('fhir', 'duplicate-pain-day.json', mutate(lambda b: b['entry'].append(obs('2026-09-02', '72514-3', 'http://loinc.org', 2))))
write('fhir', 'duplicate-fullurl.json', mutate(lambda b: b['entry'][1].update(fullUrl=b['entry'][0]['fullUrl'])))
write('fhir', 'utf16.json', js(bundle).encode('utf-16'))
write('fhir', 'bad-utf8.json', js(bundle).encode('utf-8').replace(b'collection', b'collec\xff\xfetion'))
write('fhir', 'deep-nesting.json', '{"resourceType": "Bundle", "entry": ' + '[' * 5000 + ']' * 5000 + '}')
write('fhir', 'resource-missing.json', mutate(lambda b: b['entry'][0].pop('resource')))
write('fhir', 'value-missing.json', mutate(lambda b: b['entry'][0]['resource'].pop('valueInteger')))
write('fhir', 'empty-object.json', '{}')
write('fhir', 'nothing-usable.json', js({'resourceType': 'Bundle', 'type': 'collection', 'entry': []}))
write('fhir', 'koos-answer-9.json', mutate(lambda b: b['entry'].append({'fullUrl': 'urn:uuid:qr1', 'resource': {
    'resourceType': 'QuestionnaireResponse', 'status': 'completed', 'authored': '2026-09-03',
    'questionnaire': 'urn:mend:questionnaire/koos-jr|1',
    'item': [{'linkId': str(i), 'answer': [{'valueInteger': 9 if i == 3 else 1}]} for i in range(1, 8)]}})))

# --- Protocol definitions: the shipped tendon protocol, one thing broken ---
protocol = json.load(open(os.path.join(root, 'assets/protocols/tendon.json')))
protocol['id'] = 'clinic-tendon'
def pmut(f):
    p = copy.deepcopy(protocol); f(p); return json.dumps(p, indent=1, ensure_ascii=False)
write('protocol', 'valid.json', pmut(lambda p: None))
write('protocol', 'truncated.json', pmut(lambda p: None)[:500])
write('protocol', 'format-wrong.json', pmut(lambda p: p.update(format='mend-instrument')))
write('protocol', 'format-version-99.json', pmut(lambda p: p.update(formatVersion=99)))
write('protocol', 'id-missing.json', pmut(lambda p: p.pop('id')))
write('protocol', 'id-number.json', pmut(lambda p: p.update(id=42)))
write('protocol', 'milestones-object.json', pmut(lambda p: p.update(milestones={})))
write('protocol', 'window-reversed.json', pmut(lambda p: p['milestones'][0].update(windowDays=[14, 3])))
write('protocol', 'window-huge.json', pmut(lambda p: p['milestones'][0].update(windowDays=[3, 1e300])))
write('protocol', 'rule-unknown.json', pmut(lambda p: p['milestones'][0]['rule'].update(type='miracle')))
write('protocol', 'duplicate-milestone-id.json', pmut(lambda p: p['milestones'][1].update(id=p['milestones'][0]['id'])))
write('protocol', 'condition-unknown.json', pmut(lambda p: p.update(conditions=['broken-heart'])))
write('protocol', 'timepoint-day-string.json', pmut(lambda p: p['promSchedule']['timePoints'][1].update(day='six weeks')))
write('protocol', 'duplicate-timepoint.json', pmut(lambda p: p['promSchedule']['timePoints'][2].update(id='6w')))
write('protocol', 'utf16.json', pmut(lambda p: None).encode('utf-16'))
write('protocol', 'not-object.json', '["mend-protocol"]')

# --- Instrument definitions: the ODI test definition, one thing broken ---
instrument = json.load(open(os.path.join(root, 'tests/core/data/instruments/odi-test.json')))
def imut(f):
    d = copy.deepcopy(instrument); f(d); return json.dumps(d, indent=1, ensure_ascii=False)
write('instrument', 'valid.json', imut(lambda d: None))
write('instrument', 'truncated.json', imut(lambda d: None)[:300])
write('instrument', 'format-wrong.json', imut(lambda d: d.update(format='mend-protocol')))
write('instrument', 'format-version-99.json', imut(lambda d: d.update(formatVersion=99)))
write('instrument', 'id-missing.json', imut(lambda d: d.pop('id')))
write('instrument', 'version-string.json', imut(lambda d: d.update(version='one')))
write('instrument', 'items-empty.json', imut(lambda d: d.update(items=[])))
write('instrument', 'duplicate-item-id.json', imut(lambda d: d['items'][1].update(id=d['items'][0]['id'])))
write('instrument', 'options-unknown-set.json', imut(lambda d: d['items'][0].update(options='zzz')))
write('instrument', 'method-unknown.json', imut(lambda d: d['scales'][0].update(method='astrology')))
write('instrument', 'threshold-not-decimal.json', imut(lambda d: d['scales'][0]['thresholds'][0].update(points='ten')))
write('instrument', 'threshold-huge.json', imut(lambda d: d['scales'][0]['thresholds'][0].update(points='1' + '0' * 40)))
write('instrument', 'min-answered-too-many.json', imut(lambda d: d['scales'][0].update(minAnswered=99)))
write('instrument', 'utf16.json', imut(lambda d: None).encode('utf-16'))
write('instrument', 'bad-utf8.json', imut(lambda d: None).encode('utf-8').replace(b'Oswestry', b'Osw\xc3\x28stry'))
write('instrument', 'scales-missing.json', imut(lambda d: d.pop('scales')))
