// Prints the page's budgets (a measurement, not a test): the transfer size of the site
// (HTML + JS + CSS + WASM, raw and gzip -9, per file and total) and the time from navigation
// to the first ruling on screen in Chromium (performance mark `kr-first-ruling`, set in the
// frame that paints the first ruling), over several loads.
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

const rows = files(SITE).sort().map((f) => {
  const body = fs.readFileSync(f);
  const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file: path.relative(SITE, f), raw: body.length, gz: zlib.gzipSync(body, { level: 9 }).length, br };
});
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz, br: a.br + r.br }), { raw: 0, gz: 0, br: 0 });
const line = (name, r) => `  ${name.padEnd(32)} ${String(r.raw).padStart(8)} ${String(r.gz).padStart(9)} ${String(r.br).padStart(9)}`;
console.log('transfer size (bytes)                 raw   gzip -9 brotli-11');
for (const r of rows) console.log(line(r.file, r));
console.log(line('total', total) +
  `   budget ${GZIP_BUDGET} gzip: ${total.gz <= GZIP_BUDGET ? 'within' : 'OVER by ' + (total.gz - GZIP_BUDGET)}`);

const { server, base } = await serve();
const b = await browser();
const times = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const { page, errors } = await open(b.context, base);
    const t = await page.evaluate(() => {
      const m = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      return { first: m('kr-first-ruling'), wasm: m('kr-wasm-ready'), dcl: nav?.domContentLoadedEventEnd };
    });
    if (errors.length) console.log('  errors:', errors);
    times.push(t);
    await page.close();
  }
} finally {
  await b.close();
  server.close();
}
const med = (k) => { const v = times.map((t) => t[k]).sort((x, y) => x - y); return v[Math.floor(v.length / 2)]; };
const f = (x) => (x == null ? '–' : x.toFixed(0));
console.log(`\nfirst ruling visible after navigation (ms), ${RUNS} loads in one Chromium on localhost:`);
console.log('  ' + times.map((t) => f(t.first)).join(' '));
console.log(`  median ${f(med('first'))} (engine ready ${f(med('wasm'))})` +
  `   budget ${TIME_BUDGET}: ${med('first') <= TIME_BUDGET ? 'within' : 'OVER'}`);
console.log(`  first load (cold browser) ${f(times[0].first)}`);
