// The form covers the engine's input exactly: every property of the input schema has a form
// field (and no field is invented), every enum value has a Dutch and an English label, and the
// value the form shows for an absent field is the engine's default. No browser needed.
//
// The schema is the one the build writes into the npm package (wasm/pkg/schema/), which is
// `kantonrechter schema input`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.js';
import { FIELDS, ENUMS } from '../../web/js/fields.js';
import { UI, OUTCOMES, GROUNDS, STAGES, STATUS, EXAMPLE_TITLES_EN } from '../../web/js/i18n.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'wasm/pkg/schema/input.schema.json'), 'utf8'));
const ruling = JSON.parse(fs.readFileSync(path.join(ROOT, 'wasm/pkg/schema/ruling.schema.json'), 'utf8'));

function resolve(s, root = schema) {
  if (!s) return s;
  if (s.$ref) return resolve(root.$defs[s.$ref.split('/').pop()], root);
  if (s.anyOf) {
    const real = s.anyOf.filter((x) => x.type !== 'null');
    if (real.length === 1) return resolve(real[0], root);
  }
  return s;
}

/** The string values of an enum schema, or null. */
function enumValues(s, root = schema) {
  const r = resolve(s, root);
  if (r.enum) return r.enum.filter((v) => v !== null);
  if (r.oneOf && r.oneOf.every((x) => 'const' in x)) return r.oneOf.map((x) => x.const);
  return null;
}

// Properties that are not facts of the case, so the form has no field for them: the format
// version a file was written for (the page reads any request of the current format).
const NOT_FACTS = ['$.format'];

function walk(fields, obj, where, problems) {
  const props = resolve(obj).properties || {};
  for (const name of Object.keys(props)) {
    if (NOT_FACTS.includes(`${where}${name}`)) continue;
    const f = fields.find((x) => x.k === name);
    if (!f) { problems.push(`${where}${name}: no form field`); continue; }
    const p = props[name];
    const at = `${where}${name}`;
    if (!f.l || !f.l[0] || !f.l[1]) problems.push(`${at}: label missing in a language`);
    if (f.h && (!f.h[0] || !f.h[1])) problems.push(`${at}: help missing in a language`);
    switch (f.t) {
      case 'group': case 'opt': walk(f.f, p, at + '.', problems); break;
      case 'list': walk(f.f, resolve(p).items, at + '[].', problems); break;
      case 'enum': case 'multi': {
        const want = enumValues(f.t === 'multi' ? resolve(p).items : p);
        const have = Object.keys(ENUMS[f.e]?.v || {});
        if (!want) problems.push(`${at}: not an enum in the schema`);
        else if (JSON.stringify([...want].sort()) !== JSON.stringify([...have].sort())) problems.push(`${at}: values ${want} vs form ${have}`);
        if (f.t === 'enum' && typeof p.default === 'string' && !f.opt && ENUMS[f.e].d !== p.default) problems.push(`${at}: default ${p.default} vs form ${ENUMS[f.e].d}`);
        break;
      }
      default: break;
    }
  }
  for (const f of fields) if (!(f.k in props)) problems.push(`${where}${f.k}: form field not in the schema`);
}

test('the form has a field for every property of the input schema, and no other', () => {
  const problems = [];
  walk(FIELDS, schema, '$.', problems);
  assert.deepEqual(problems, []);
});

test('every enum value has a Dutch and an English label', () => {
  for (const [name, e] of Object.entries(ENUMS)) {
    for (const [v, pair] of Object.entries(e.v)) {
      assert.ok(pair[0] && pair[1], `${name}.${v}`);
    }
    if (e.d) assert.ok(e.v[e.d], `${name}: default ${e.d} is a value`);
  }
});

test('the page has both languages for all its own texts and for every outcome, ground, stage and status', () => {
  for (const [k, pair] of Object.entries(UI)) {
    if (Array.isArray(pair)) assert.ok(pair[0] && pair[1], `UI.${k}`);
  }
  const codes = (name) => enumValues({ $ref: `#/$defs/${name}` }, ruling);
  for (const [name, table] of [['Outcome', OUTCOMES], ['Ground', GROUNDS], ['Stage', STAGES], ['Status', STATUS]]) {
    const want = codes(name);
    assert.ok(want, `${name} in the ruling schema`);
    for (const v of want) assert.ok(table[v]?.[0] && table[v]?.[1], `${name}.${v}`);
  }
});

test('every example has an English title for the picker (web/js/i18n.js EXAMPLE_TITLES_EN)', () => {
  const ids = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  assert.deepEqual(ids.filter((id) => !EXAMPLE_TITLES_EN[id]), []);
});

test('the page’s Dutch speaks the language of the law, not of the engine', async () => {
  // Every Dutch text of the page (a pair [nl, en] anywhere in its tables), and the messages.
  const words = ['poort', 'hefboom', 'hefbomen', 'kalibratie', 'kwitantie', 'bibliotheek'];
  const dutch = [];
  const walk = (v) => {
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') dutch.push(v[0]);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk([UI, OUTCOMES, GROUNDS, STAGES, STATUS, FIELDS, ENUMS]);
  assert.ok(dutch.length > 300, `only ${dutch.length} Dutch texts found`);
  const errors = fs.readFileSync(path.join(ROOT, 'web/js/errors.js'), 'utf8');
  for (const text of [...dutch, errors]) {
    for (const w of words) assert.ok(!text.toLowerCase().includes(w), `"${w}" in: ${text.slice(0, 120)}`);
  }
});
