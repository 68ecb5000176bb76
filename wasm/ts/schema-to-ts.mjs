#!/usr/bin/env node
// Writes TypeScript declarations for the request and the report from the engine's JSON
// Schemas (`kantonrechter schema input`, `kantonrechter schema ruling`), at build time
// (wasm/build.sh): the types come from the Rust types through schemars, so they cannot drift.
//
// Usage: node wasm/ts/schema-to-ts.mjs INPUT.schema.json RULING.schema.json [COMPACT.schema.json] > types.d.ts
//
// No dependencies: schemars writes a small, known part of JSON Schema 2020-12, and this
// converts exactly that part. A keyword it does not know is an error, not an `any`: if the
// schemas grow a construct, the build fails and names it.
//
// Exact decimals: the request accepts a string ("0.5") or an integer (`string | number`);
// the report always writes them as strings (rust_decimal's serde), so there they are
// `string`. Definitions both schemas share must convert alike; each is written once.
import fs from 'node:fs';

const ANNOTATIONS = new Set(['description', 'title', 'default', 'format', 'pattern', 'minimum',
  'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'minLength',
  'maxLength', 'uniqueItems', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$id',
  '$schema', '$defs', 'minProperties', 'maxProperties']);
// TypeScript names for definitions whose schema name would shadow a global type.
const RENAME = {
  Date: 'IsoDate', Document: 'RulingDocument', Error: 'EngineError', Map: 'EngineMap', Record: 'EngineRecord',
};
const tsName = (n) => RENAME[n] ?? n;
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function doc(text, indent) {
  if (!text) return '';
  const lines = String(text).replace(/\*\//g, '*\\/').split('\n');
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

function converter(mode, where) {
  const fail = (path, msg) => { throw new Error(`schema-to-ts: ${where}: ${path}: ${msg}`); };
  // Parenthesise a union or intersection at the top level (outside braces, brackets, strings).
  const paren = (t) => {
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < t.length; i += 1) {
      const c = t[i];
      if (quoted) { if (c === '\\') i += 1; else if (c === '"') quoted = false; continue; }
      if (c === '"') quoted = true;
      else if ('{[('.includes(c)) depth += 1;
      else if ('}])'.includes(c)) depth -= 1;
      else if (depth === 0 && (c === '|' || c === '&')) return `(${t})`;
    }
    return t;
  };
  const union = (ts) => [...new Set(ts)].join(' | ');

  function conv(s, path, indent) {
    if (s === true || (s && typeof s === 'object' && Object.keys(s).every((k) => ANNOTATIONS.has(k)))) return 'unknown';
    if (s === false) return 'never';
    if (typeof s !== 'object' || s === null || Array.isArray(s)) fail(path, 'not a schema');
    for (const k of Object.keys(s)) {
      if (!ANNOTATIONS.has(k) && !['$ref', 'oneOf', 'anyOf', 'allOf', 'enum', 'const', 'type',
        'properties', 'required', 'additionalProperties', 'items', 'prefixItems'].includes(k)) {
        fail(path, `unsupported keyword ${JSON.stringify(k)}`);
      }
    }
    if ('$ref' in s) {
      const m = /^#\/\$defs\/([^/]+)$/.exec(s.$ref);
      if (!m) fail(path, `unsupported $ref ${s.$ref}`);
      const rest = Object.keys(s).filter((k) => k !== '$ref' && !ANNOTATIONS.has(k));
      if (rest.length) fail(path, `$ref beside ${rest.join(', ')}`);
      return tsName(m[1]);
    }
    if ('const' in s) return JSON.stringify(s.const);
    if ('enum' in s) return union(s.enum.map((v) => JSON.stringify(v)));
    const parts = [];
    // Without `type`, `items` and `properties` beside `anyOf`/`oneOf` constrain only the
    // branches that are arrays or objects (schemars writes `Vec<T> | "code"` so).
    const ARRAY = ['items', 'prefixItems'];
    const OBJECT = ['properties', 'required', 'additionalProperties'];
    const branchy = !('type' in s) && ('anyOf' in s || 'oneOf' in s);
    const into = (x) => {
      if (!branchy || typeof x !== 'object' || x === null) return x;
      const t = [].concat(x.type ?? []);
      const add = {};
      for (const k of t.includes('array') ? ARRAY : t.includes('object') ? OBJECT : []) {
        if (k in s && !(k in x)) add[k] = s[k];
      }
      return { ...x, ...add };
    };
    if ('type' in s || (!branchy && [...ARRAY, ...OBJECT].some((k) => k in s))) parts.push(base(s, path, indent));
    for (const key of ['oneOf', 'anyOf']) {
      if (key in s) parts.push(union(s[key].map((x, i) => conv(into(x), `${path}.${key}[${i}]`, indent))));
    }
    if ('allOf' in s) parts.push(...s.allOf.map((x, i) => conv(x, `${path}.allOf[${i}]`, indent)));
    if (!parts.length) fail(path, 'no type');
    return parts.length === 1 ? parts[0] : parts.map(paren).join(' & ');
  }

  function base(s, path, indent) {
    const types = s.type === undefined ? [s.properties ? 'object' : 'array'] : [].concat(s.type);
    const numeric = types.includes('number') || types.includes('integer');
    if (types.includes('string') && numeric && types.length === 2 && s.pattern) {
      // An exact decimal (rust_decimal): the engine writes a string; a request may give a number.
      return mode === 'output' ? 'string' : 'string | number';
    }
    return union(types.map((t) => {
      switch (t) {
        case 'string': return 'string';
        case 'integer': case 'number': return 'number';
        case 'boolean': return 'boolean';
        case 'null': return 'null';
        case 'object': return object(s, path, indent);
        case 'array': return array(s, path, indent);
        default: return fail(path, `unsupported type ${t}`);
      }
    }));
  }

  function object(s, path, indent) {
    const req = new Set(s.required ?? []);
    const inner = `${indent}  `;
    const lines = [];
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      const key = IDENT.test(k) ? k : JSON.stringify(k);
      lines.push(`${doc(v.description, inner)}${inner}${key}${req.has(k) ? '' : '?'}: ${conv(v, `${path}.${k}`, inner)};`);
    }
    const ap = s.additionalProperties;
    if (ap !== undefined && ap !== false) {
      lines.push(`${inner}[key: string]: ${ap === true ? 'unknown' : conv(ap, `${path}.*`, inner)};`);
    } else if (!s.properties) {
      lines.push(`${inner}[key: string]: unknown;`);
    }
    return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : '{}';
  }

  function array(s, path, indent) {
    if (s.prefixItems) {
      const ts = s.prefixItems.map((x, i) => conv(x, `${path}[${i}]`, indent));
      const closed = s.items === false || s.maxItems === s.prefixItems.length;
      if (!closed) ts.push(`...${paren(s.items ? conv(s.items, `${path}[]`, indent) : 'unknown')}[]`);
      return `[${ts.join(', ')}]`;
    }
    return `${paren(s.items === undefined ? 'unknown' : conv(s.items, `${path}[]`, indent))}[]`;
  }

  return (s, path) => conv(s, path, '');
}

function generate(inputSchema, rulingSchema, compactSchema) {
  const defs = new Map(); // ts name -> { text, from }
  const out = [];
  const emit = (name, schema, mode, from, isRoot = false) => {
    const conv = converter(mode, from);
    const body = conv(schema, isRoot ? '$' : `$defs.${name}`);
    const ts = tsName(name);
    const text = `${doc(schema.description, '')}export type ${ts} = ${body};\n`;
    const seen = defs.get(ts);
    if (seen) {
      if (seen.text !== text) throw new Error(`schema-to-ts: ${ts} differs between ${seen.from} and ${from}`);
      return;
    }
    defs.set(ts, { text, from });
    out.push(text);
  };
  const schemas = [[inputSchema, 'input', 'input.schema.json', 'Request'],
    [rulingSchema, 'output', 'ruling.schema.json', 'Report']];
  if (compactSchema) schemas.push([compactSchema, 'output', 'compact.schema.json', 'Compact']);
  for (const [schema, mode, from, fallback] of schemas) {
    const { $defs = {}, ...root } = schema;
    emit(root.title || fallback, root, mode, from, true);
    for (const name of Object.keys($defs).sort()) emit(name, $defs[name], mode, from);
    if (root.title && root.title !== fallback && !defs.has(fallback)) {
      out.push(`/** The root of \`${from}\`. */\nexport type ${fallback} = ${tsName(root.title)};\n`);
      defs.set(fallback, { text: '', from });
    }
  }
  return [
    '// Generated by wasm/ts/schema-to-ts.mjs from `kantonrechter schema input` and',
    '// `kantonrechter schema ruling` (wasm/build.sh). Do not edit: change the Rust types.',
    '// Exact decimals are strings in the report; a request may give them as strings or integers.',
    '',
    out.join('\n'),
  ].join('\n');
}

const [inPath, rulingPath, compactPath] = process.argv.slice(2);
if (!inPath || !rulingPath) {
  console.error('usage: schema-to-ts.mjs INPUT.schema.json RULING.schema.json');
  process.exit(2);
}
const read = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
process.stdout.write(generate(read(inPath), read(rulingPath), compactPath ? read(compactPath) : null));
