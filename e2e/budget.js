// Prints the page's budgets (a measurement, not a test): the transfer size of the site
// (HTML + JS + CSS + WASM: raw, gzip -9, as shipped precompressed in FILE.gz, and brotli -11,
// per file), the bytes the server actually sent for one page load, and the time from
// navigation to the first ruling on screen in Chromium (performance mark `kr-first-ruling`,
// set in the frame that paints the first ruling), over several loads.
//
// Two figures of bytes sent, for the same first (cold) load:
//   (a) before the first ruling: the budget's figure (150 KB). The page's critical path: the
//       HTML and every request that started before the mark `kr-first-ruling` (the
//       Resource Timing entries' startTime, in the page's own clock, against the mark's), with
//       the bytes the server sent for each (response bodies, as gzip when precompressed). That
//       is the core engine (pkg/kantonrechter_core*), js/main.js and the chunks it imports,
//       the CSS and the HTML.
//   (b) in all, once the page is idle with the engine's full module loaded (`data-full`,
//       then no request for 500 ms): (a) plus what the page loads after its first ruling (the
//       rest of the page's JS, the full engine pkg/kantonrechter_wasm*). Not the budget's
//       figure: it follows the first ruling, and the page is usable meanwhile.
//
//   node e2e/budget.js            (after wasm/build.sh; scripts/budget.sh does both)

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, browser, open, SITE } from './test/harness.js';

const GZIP_BUDGET = 150 * 1024;
const TIME_BUDGET = 300;
const RUNS = Number(process.env.RUNS ?? 9);

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

const rows = files(SITE).filter((f) => !f.endsWith('.gz')).sort().map((f) => {
  const body = fs.readFileSync(f);
  const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const ship = fs.existsSync(f + '.gz') ? fs.statSync(f + '.gz').size : NaN;
  return { file: path.relative(SITE, f), raw: body.length, gz: zlib.gzipSync(body, { level: 9 }).length, ship, br };
});
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz, ship: a.ship + r.ship, br: a.br + r.br }),
  { raw: 0, gz: 0, ship: 0, br: 0 });
const cols = ['raw', 'gz', 'ship', 'br'];
const line = (name, r) => `  ${name.padEnd(32)}` + cols.map((c) => String(r[c]).padStart(9)).join(' ');
console.log('transfer size (bytes)                  raw   gzip -9   shipped brotli-11');
console.log('                                                     (FILE.gz)');
for (const r of rows) console.log(line(r.file, r));
console.log(line('total', total));

const { server, base, sent } = await serve();
const b = await browser();
const times = [];
let load = null;
try {
  for (let i = 0; i < RUNS; i++) {
    sent.length = 0;
    const { page, errors } = await open(b.context, base);
    await page.waitForLoadState('networkidle');
    const t = await page.evaluate(() => {
      const m = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      const first = m('kr-first-ruling');
      // Paths of the requests that started before the first ruling was painted.
      const before = performance.getEntriesByType('resource')
        .filter((r) => r.startTime < first).map((r) => new URL(r.name).pathname);
      const after = performance.getEntriesByType('resource')
        .filter((r) => !(r.startTime < first)).map((r) => new URL(r.name).pathname);
      return { first, wasm: m('kr-wasm-ready'), full: m('kr-full-ready'), dcl: nav?.domContentLoadedEventEnd, before, after, fullState: document.body.dataset.full };
    });
    if (errors.length) console.log('  errors:', errors);
    if (t.fullState !== '1') console.log(`  the full module: ${t.fullState}`);
    times.push(t);
    if (i === 0) load = { sent: sent.slice(), before: new Set(['/', ...t.before]), after: new Set(t.after) };
    await page.close();
  }
} finally {
  await b.close();
  server.close();
}
const sum = (rs) => rs.reduce((a, r) => a + r.bytes, 0);
const row = (r) => `  ${r.path.padEnd(32)}${String(r.bytes).padStart(9)} ${r.gzip ? 'gzip' : 'identity'}`;
const critical = load.sent.filter((r) => load.before.has(r.path));
const later = load.sent.filter((r) => !load.before.has(r.path));
const bytes = sum(critical);
console.log(`\n(a) sent by the server BEFORE THE FIRST RULING is on screen, first page load (the page and the`);
console.log(`    requests started before the mark kr-first-ruling; response bodies, bytes): the budget's figure`);
for (const r of critical) console.log(row(r));
console.log(`  ${'total before the first ruling'.padEnd(32)}${String(bytes).padStart(9)}   budget ${GZIP_BUDGET}: ` +
  (bytes <= GZIP_BUDGET ? `within by ${GZIP_BUDGET - bytes}` : `OVER by ${bytes - GZIP_BUDGET}`));
console.log(`\n(b) sent AFTER the first ruling, until the page is idle with the full engine loaded (not in the budget):`);
for (const r of later) console.log(row(r));
const unmatched = later.filter((r) => !load.after.has(r.path)).map((r) => r.path);
if (unmatched.length) console.log(`  (not in the page's Resource Timing: ${unmatched.join(', ')})`);
console.log(`  ${'total after the first ruling'.padEnd(32)}${String(sum(later)).padStart(9)}`);
console.log(`  ${'total for the page load, idle'.padEnd(32)}${String(sum(load.sent)).padStart(9)}`);

const med = (k) => { const v = times.map((t) => t[k]).filter((x) => x != null).sort((x, y) => x - y); return v[Math.floor(v.length / 2)]; };
const f = (x) => (x == null ? '–' : x.toFixed(0));
console.log(`\nfirst ruling visible after navigation (ms), ${RUNS} loads in one Chromium on localhost:`);
console.log('  ' + times.map((t) => f(t.first)).join(' '));
console.log(`  median ${f(med('first'))} (core engine ready ${f(med('wasm'))})` +
  `   budget ${TIME_BUDGET}: ${med('first') <= TIME_BUDGET ? 'within' : 'OVER'}`);
console.log(`  first load (cold browser) ${f(times[0].first)}`);
console.log(`full engine ready (memo, receipt, what-if, similar cases) after navigation (ms): median ${f(med('full'))}` +
  `, first load ${f(times[0].full)}`);
