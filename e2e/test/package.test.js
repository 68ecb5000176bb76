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

test('npm pack, npm install from the tarball, import and evaluate in Node.js', () => {
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
    const dts = fs.readFileSync(path.join(app, 'node_modules/kantonrechter-wasm/kantonrechter_wasm.d.ts'), 'utf8');
    assert.match(dts, /export function evaluate\(request: string, lang: "nl" \| "en"\): string;/);
    assert.match(dts, /export function whatif\(/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
