// The WebAssembly build, run in Chromium, prints the same bytes as the native CLI: the ruling
// (`evaluate --json`) for every example and for the request of every decided case, in both
// languages, and the what-if and similar-cases output for every example. And it never traps,
// whatever it is given.
//
// The CLI is target/debug/kantonrechter (scripts/test-wasm.sh builds it), or $KANTONRECHTER_BIN.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, open, ROOT } from './harness.js';

const BIN = process.env.KANTONRECHTER_BIN ?? path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/kantonrechter');
const cli = (...args) => execFileSync(BIN, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

let server, b, page, tmp;

before(async () => {
  assert.ok(fs.existsSync(BIN), `${BIN} missing: cargo build --features cli --bin kantonrechter`);
  let base;
  ({ server, base } = await serve());
  b = await browser();
  ({ page } = await open(b.context, base));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-identity-'));
});

after(async () => {
  await b?.close();
  server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Call an export of one of the page's own wasm modules in the browser (both started by the
 * page: the core one it rules with first, and the full one). */
const call = (mod, fn, args) => page.evaluate(async ([mod, fn, args]) => {
  const kr = await import(mod);
  try { return { ok: kr[fn](...args) }; } catch (e) { return { err: String(e.message), path: e.path, trap: e instanceof WebAssembly.RuntimeError }; }
}, [mod, fn, args]);
/** The full module (pkg/kantonrechter_wasm: everything). */
const wasm = (fn, ...args) => call('/pkg/kantonrechter_wasm.js', fn, args);
/** The core module the page rules with first (pkg/kantonrechter_core: `ruling`, `rules`, …). */
const core = (fn, ...args) => call('/pkg/kantonrechter_core.js', fn, args);

function scenarios() {
  const out = [];
  for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => n.endsWith('.json')).sort()) {
    out.push({ name: `examples/${f}`, file: path.join(ROOT, 'examples', f), example: true });
  }
  const dir = path.join(ROOT, 'cases');
  const cases = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort() : [];
  for (const f of cases) {
    const { request } = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const file = path.join(tmp, f);
    fs.writeFileSync(file, JSON.stringify(request, null, 2));
    out.push({ name: `cases/${f} (request)`, file, example: false });
  }
  return out;
}

test('the ruling from WASM is byte-identical to the CLI for every example and case', async () => {
  const all = scenarios();
  assert.ok(all.filter((s) => s.example).length >= 5);
  let compared = 0;
  for (const s of all) {
    const text = fs.readFileSync(s.file, 'utf8');
    for (const lang of ['nl', 'en']) {
      const want = cli('evaluate', s.file, '--json', '--lang', lang);
      const got = await wasm('evaluate', text, lang);
      assert.equal(got.err, undefined, `${s.name} ${lang}: ${got.err}`);
      assert.ok(got.ok === want, `${s.name} (${lang}): WASM and CLI differ`);
      // The compact ruling the page rules with, and the receipt it asks for on demand.
      const compact = await wasm('ruling', text, lang);
      assert.equal(compact.err, undefined, `${s.name} ${lang}: ${compact.err}`);
      assert.ok(compact.ok === cli('evaluate', s.file, '--format', 'compact', '--lang', lang), `${s.name} (${lang}): compact ruling differs`);
      // The core module's ruling (the page's first one): the same bytes as the full module's.
      const first = await core('ruling', text, lang);
      assert.equal(first.err, undefined, `${s.name} ${lang} (core): ${first.err}`);
      assert.ok(first.ok === compact.ok, `${s.name} (${lang}): the core module's ruling differs from the full module's`);
      compared++;
    }
    const receipt = await wasm('receipt', text);
    assert.ok(receipt.ok === cli('receipt', s.file), `${s.name}: receipt differs`);
    assert.deepEqual(JSON.parse(receipt.ok), JSON.parse(cli('evaluate', s.file, '--json')).receipt);
  }
  console.log(`# byte-identical: ${compared} rulings, full and compact (full and core module) (${all.length} scenarios × nl, en), and their receipts`);
});

test('the memo from WASM is byte-identical to the CLI in text and Markdown for every example and case', async () => {
  let compared = 0;
  for (const s of scenarios()) {
    const text = fs.readFileSync(s.file, 'utf8');
    for (const lang of ['nl', 'en']) {
      for (const format of ['text', 'md']) {
        const want = cli('evaluate', s.file, '--format', format, '--lang', lang);
        const got = await wasm('memo', text, lang, format);
        assert.equal(got.err, undefined, `${s.name} ${lang} ${format}: ${got.err}`);
        assert.ok(got.ok === want, `${s.name} (${lang}, ${format}): WASM and CLI differ`);
        compared++;
      }
    }
  }
  console.log(`# byte-identical: ${compared} memos`);
});

test('what-if and similar cases from WASM are byte-identical to the CLI for every example', async () => {
  const all = scenarios().filter((s) => s.example);
  for (const s of all) {
    const text = fs.readFileSync(s.file, 'utf8');
    for (const lang of ['nl', 'en']) {
      const want = cli('whatif', s.file, '--json', '--max-changes', '3', '--lang', lang);
      const got = await wasm('whatif', text, lang, 3);
      assert.equal(got.err, undefined, `${s.name}: ${got.err}`);
      assert.ok(got.ok === want, `${s.name} (${lang}): whatif differs`);
    }
    const probe = await page.evaluate(async () => typeof (await import('/pkg/kantonrechter_wasm.js')).similar);
    if (probe === 'function') {
      const want = cli('similar', s.file, '--json', '--top', '5');
      const got = await wasm('similar', text, 5);
      assert.ok(got.ok === want, `${s.name}: similar differs`);
    }
  }
});

test('bad input gives an Error with a JSON path, never a trap', async () => {
  const examples = JSON.parse((await wasm('examples')).ok);
  // Deterministic mutations of every example: drop, retype or corrupt one field at a time.
  const values = [null, 0, -1, 1e308, '', 'x'.repeat(20000), [], {}, true, '2026-02-30', 'unknown_value', [null], { bogus: 1 }];
  const paths = (v, p = []) => (v && typeof v === 'object'
    ? [p, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...p, Array.isArray(v) ? Number(k) : k]))] : [p]);
  let n = 0, errors = 0;
  for (const { request } of examples) {
    const all = paths(request).filter((p) => p.length);
    for (let i = 0; i < all.length; i++) {
      const p = all[i];
      const copy = structuredClone(request);
      let o = copy;
      for (const k of p.slice(0, -1)) o = o[k];
      const last = p[p.length - 1];
      const variant = i % (values.length + 1);
      if (variant === values.length) { if (Array.isArray(o)) o.splice(last, 1); else delete o[last]; }
      else o[last] = values[variant];
      for (const fn of ['evaluate', 'ruling', 'whatif']) {
        const r = await wasm(fn, JSON.stringify(copy), 'nl', 1);
        n++;
        // The core module answers as the full one does: the same ruling, or the same error.
        if (fn === 'ruling') assert.deepEqual(await core(fn, JSON.stringify(copy), 'nl'), r, `core ruling on ${p.join('.')}`);
        assert.notEqual(r.trap, true, `${fn} trapped on ${p.join('.')}: ${r.err}`);
        if (r.err !== undefined) {
          errors++;
          assert.match(r.path ?? '', /^\$/, `${p.join('.')}: error without a path: ${r.err}`);
          assert.match(r.err, /^at \$/);
        }
      }
    }
  }
  for (const text of ['', '{', 'null', '[]', '"x"', '['.repeat(100000), '{"as_of":"2026-01-01","regeling":{"title":"t","elements":[]}}']) {
    const r = await wasm('evaluate', text, 'en');
    assert.notEqual(r.trap, true);
    assert.ok(r.err !== undefined);
  }
  // Still alive and correct afterwards.
  const r = await wasm('evaluate', JSON.stringify(examples[0].request), 'nl');
  assert.ok(r.ok && JSON.parse(r.ok).outcome);
  console.log(`# ${n} mutated inputs: ${errors} errors with a path, ${n - errors} rulings, no trap`);
});
