// Node benchmark of the npm package (wasm/pkg, after wasm/build.sh): the median time of one
// call over N calls, after a warm-up, per function, on a shipped example.
//   node wasm/bench/bench.mjs [EXAMPLE.json] [N]
// A measurement, not a test: it prints figures and never fails on them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = process.env.KR_PKG ?? path.join(here, '..', 'pkg');
// The package's entry module (kantonrechter.js), as `import … from 'kantonrechter-wasm'` gives
// it; wasm-bindgen's own module for the string path's figure.
const entry = fs.existsSync(path.join(pkg, 'kantonrechter.js')) ? 'kantonrechter.js' : 'kantonrechter_wasm.js';
const wasm = await import(path.join(pkg, entry));
const raw = await import(path.join(pkg, 'kantonrechter_wasm.js'));
wasm.initSync({ module: fs.readFileSync(path.join(pkg, 'kantonrechter_wasm_bg.wasm')) });
const file = process.argv[2] ?? path.join(here, '..', '..', 'examples', 'badge-repurposed.json');
const N = Number(process.argv[3] ?? 1000);
// Calls before the timed ones: V8 compiles a WebAssembly function first quickly (Liftoff)
// and optimises the hot ones in the background (TurboFan); the figures are for the latter.
const WARM = Number(process.env.WARM ?? 2000);
const request = fs.readFileSync(file, 'utf8');
function bench(name, f) {
  for (let i = 0; i < WARM; i++) f();
  const t = [];
  for (let i = 0; i < N; i++) {
    const a = process.hrtime.bigint();
    f();
    t.push(Number(process.hrtime.bigint() - a) / 1000);
  }
  t.sort((x, y) => x - y);
  const q = (p) => t[Math.floor(p * (t.length - 1))].toFixed(1);
  console.log(`  ${name.padEnd(28)} median ${q(0.5).padStart(8)} µs   p10 ${q(0.1).padStart(8)}   p90 ${q(0.9).padStart(8)}`);
}
console.log(`${path.basename(file)}, ${N} calls each, Node ${process.version}`);
const fns = Object.keys(wasm);
if (fns.includes('ruling')) bench('ruling (compact)', () => wasm.ruling(request, 'nl'));
if (fns.includes('rulingUtf8')) bench('  as wasm-bindgen passes it', () => raw.ruling(request, 'nl'));
if (fns.includes('receipt')) bench('receipt', () => wasm.receipt(request));
bench('evaluate (report + memo)', () => wasm.evaluate(request, 'nl'));
