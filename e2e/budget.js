// Prints the page's budgets (a measurement, not a test): the transfer size of the site
// (HTML + JS + CSS + WASM: raw, gzip -9, as shipped precompressed in FILE.gz, and brotli -11,
// per file), the bytes the server actually sent for one page load (the budget's figure),
// and the time from navigation to the first ruling on screen in Chromium (performance mark
// `kr-first-ruling`, set in the frame that paints the first ruling), over several loads.
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
    const t = await page.evaluate(() => {
      const m = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      return { first: m('kr-first-ruling'), wasm: m('kr-wasm-ready'), dcl: nav?.domContentLoadedEventEnd };
    });
    if (errors.length) console.log('  errors:', errors);
    times.push(t);
    if (i === 0) load = sent.slice();
    await page.close();
  }
} finally {
  await b.close();
  server.close();
}
const bytes = load.reduce((a, r) => a + r.bytes, 0);
console.log(`\nsent by the server for the first page load (response bodies, bytes):`);
for (const r of load) console.log(`  ${r.path.padEnd(32)}${String(r.bytes).padStart(9)} ${r.gzip ? 'gzip' : 'identity'}`);
console.log(`  ${'total'.padEnd(32)}${String(bytes).padStart(9)}   budget ${GZIP_BUDGET}: ` +
  (bytes <= GZIP_BUDGET ? `within by ${GZIP_BUDGET - bytes}` : `OVER by ${bytes - GZIP_BUDGET}`));

const med = (k) => { const v = times.map((t) => t[k]).sort((x, y) => x - y); return v[Math.floor(v.length / 2)]; };
const f = (x) => (x == null ? '–' : x.toFixed(0));
console.log(`\nfirst ruling visible after navigation (ms), ${RUNS} loads in one Chromium on localhost:`);
console.log('  ' + times.map((t) => f(t.first)).join(' '));
console.log(`  median ${f(med('first'))} (engine ready ${f(med('wasm'))})` +
  `   budget ${TIME_BUDGET}: ${med('first') <= TIME_BUDGET ? 'within' : 'OVER'}`);
console.log(`  first load (cold browser) ${f(times[0].first)}`);
