// The npm package (wasm/pkg, written by wasm/build.sh) installs from a tarball, offline, and
// works in Node.js: TypeScript declarations included, the same bytes as the CLI.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.js';

const PKG = path.join(ROOT, 'wasm/pkg');
const BIN = process.env.KANTONRECHTER_BIN ?? path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/kantonrechter');
const npm = (cwd, ...args) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('npm pack, npm install from the tarball, import and evaluate in Node.js; the README has no placeholder link and its examples run', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-npm-'));
  try {
    const tgz = npm(tmp, 'pack', PKG, '--pack-destination', tmp, '--silent').trim().split('\n').pop();
    const files = execFileSync('tar', ['-tzf', path.join(tmp, tgz)], { encoding: 'utf8' });
    for (const f of ['package/package.json', 'package/kantonrechter_wasm.js', 'package/kantonrechter_wasm.d.ts',
      'package/kantonrechter_wasm_bg.wasm', 'package/schema/input.schema.json', 'package/README.md']) {
      assert.ok(files.includes(f), `${f} in ${tgz}`);
    }
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    npm(app, 'install', '--offline', '--no-audit', '--no-fund', '--silent', path.join(tmp, tgz));
    const example = path.join(ROOT, 'examples/camera-theft.json');
    fs.writeFileSync(path.join(app, 'run.js'), `
      import { readFile } from 'node:fs/promises';
      import { initSync, evaluate, version } from 'kantonrechter-wasm';
      import schema from 'kantonrechter-wasm/schema/input.schema.json' with { type: 'json' };
      const url = new URL(import.meta.resolve('kantonrechter-wasm/kantonrechter_wasm_bg.wasm'));
      initSync({ module: await readFile(url) });
      if (!schema.$defs || !version().startsWith('kantonrechter-wasm')) throw new Error('bad package');
      let path;
      try { evaluate('{"as_of": 5}', 'en'); } catch (e) { path = e.path; }
      if (path !== '$.as_of') throw new Error('error without path: ' + path);
      process.stdout.write(evaluate(await readFile(${JSON.stringify(example)}, 'utf8'), 'nl'));
    `);
    const got = execFileSync(process.execPath, ['run.js'], { cwd: app, encoding: 'utf8' });
    const want = execFileSync(BIN, ['evaluate', example, '--json'], { encoding: 'utf8' });
    assert.ok(got === want, 'the package prints what the CLI prints');
    // The README's own examples, as written: no placeholder links, and its Node.js example
    // and error example run against the installed package.
    const readme = fs.readFileSync(path.join(app, 'node_modules/kantonrechter-wasm/README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\((https?:[^)\s]*)\)|<(https?:[^>\s]*)>|(https?:\/\/[^\s)>`'"]+)/g)].map((m) => m[1] || m[2] || m[3]);
    for (const url of links) {
      const u = new URL(url);
      assert.ok(u.pathname.replace(/\/+$/, '') !== '' || u.search, `README links a bare host (a placeholder?): ${url}`);
    }
    const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
    const node = blocks.find((x) => x.includes('initSync'));
    const caught = blocks.find((x) => x.includes('catch (e)'));
    assert.ok(node && caught, 'the README has a Node.js example and an error example');
    fs.writeFileSync(path.join(app, 'readme.mjs'), node + '\n' + caught);
    const out = execFileSync(process.execPath, ['readme.mjs'], { cwd: app, encoding: 'utf8' }).trim().split('\n');
    // What it prints is the CLI's ruling of that example.
    fs.writeFileSync(path.join(app, 'first.mjs'), `
      import { readFile } from 'node:fs/promises';
      import { initSync, examples } from 'kantonrechter-wasm';
      initSync({ module: await readFile(new URL(import.meta.resolve('kantonrechter-wasm/kantonrechter_wasm_bg.wasm'))) });
      process.stdout.write(JSON.parse(examples())[0].id);`);
    const id = execFileSync(process.execPath, ['first.mjs'], { cwd: app, encoding: 'utf8' });
    const cliRuling = JSON.parse(execFileSync(BIN, ['evaluate', path.join(ROOT, 'examples', id + '.json'), '--json'], { encoding: 'utf8' }));
    assert.equal(out[0], `${cliRuling.outcome} ${cliRuling.summary}`, 'the README example prints the ruling');
    assert.match(out[out.length - 1], /^\$\.as_of type at \$\.as_of: expected /, 'the README says the error names $.as_of and its kind');
    const dts = fs.readFileSync(path.join(app, 'node_modules/kantonrechter-wasm/kantonrechter_wasm.d.ts'), 'utf8');
    assert.match(dts, /export function evaluate\(request: string, lang: "nl" \| "en"\): string;/);
    assert.match(dts, /export function whatif\(/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("the package's entry: ruling() by UTF-8 bytes gives wasm-bindgen's own ruling() byte for byte, and the same errors", async () => {
  const entry = await import(path.join(PKG, 'kantonrechter.js'));
  const raw = await import(path.join(PKG, 'kantonrechter_wasm.js'));
  entry.initSync({ module: fs.readFileSync(path.join(PKG, 'kantonrechter_wasm_bg.wasm')) });
  assert.notEqual(entry.ruling, raw.ruling, 'the entry module replaces ruling()');
  assert.equal(entry.evaluate, raw.evaluate, 'and re-exports the rest as it is');
  const texts = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
  // Longer than the first buffer (16 KB: it grows), and text outside ASCII in a request.
  const long = JSON.parse(texts[0]);
  long.title = 'één § 𝄞';
  texts.push(JSON.stringify(long, null, 2).replace(/\n/g, '\n' + ' '.repeat(400)), texts[0]);
  assert.ok(texts.at(-2).length > 16 * 1024);
  for (const text of texts) {
    for (const lang of ['nl', 'en']) assert.ok(entry.ruling(text, lang) === raw.ruling(text, lang));
  }
  const failure = (f) => { try { f(); } catch (e) { return [e.message, e.path, e.kind]; } return null; };
  for (const bad of ['{"as_of": 5}', '{', '', '[]', '{"regeling": {"elements": [{"id": "é"}]}}']) {
    assert.deepEqual(failure(() => entry.ruling(bad, 'en')), failure(() => raw.ruling(bad, 'en')), bad);
    assert.ok(failure(() => entry.ruling(bad, 'en')), `${bad} fails`);
  }
  assert.deepEqual(failure(() => entry.ruling(texts[0], 'fr')), failure(() => raw.ruling(texts[0], 'fr')));
  const [, where, kind] = failure(() => raw.rulingUtf8(new Uint8Array([0x7b, 0xff, 0x7d]), 'en'));
  assert.deepEqual([where, kind], ['$', 'syntax'], 'bytes that are not UTF-8');
});
