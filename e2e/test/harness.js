// Shared by the browser tests and the budget script: a static server on 127.0.0.1 for site/,
// and Debian's Chromium driven by playwright-core (no browser download).

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.resolve(process.env.SITE_DIR ?? path.join(ROOT, 'site'));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/**
 * Serve `dir` on 127.0.0.1 (a free port), as a static server with precompressed files does
 * (nginx `gzip_static`): FILE.gz, when there is one, to a client that accepts gzip. Resolves
 * to {server, base, sent}; `sent` lists every response: {path, bytes (of the body), gzip}.
 */
export function serve(dir = SITE) {
  const sent = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && fs.existsSync(file + '.gz');
    fs.readFile(gzip ? file + '.gz' : file, (err, body) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.writeHead(200, headers);
      res.end(body);
      sent.push({ path: url.pathname, bytes: body.length, gzip });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}/`, sent })));
}

/** Launch Chromium with a fresh profile. Resolves to {context, close}. */
export async function browser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-domain-reliability', '--no-pings'],
  });
  return {
    context,
    close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * Open the page and wait until the first ruling is shown and the page is ready; by default
 * also until the engine's full module has arrived (`data-full` on the body, "1" or "error":
 * the memo, the receipt, what-if and similar cases come after the first ruling), unless
 * `{full: false}`; `setup(page)` runs before the navigation (to route requests). Collects
 * errors and requests.
 */
export async function open(context, url, { full = true, setup = null } = {}) {
  const page = await context.newPage();
  if (setup) await setup(page);
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push('pageerror: ' + e));
  page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 20000 });
  if (full) await page.waitForFunction(() => document.body.dataset.full || document.body.dataset.ready === 'error', null, { timeout: 20000 });
  return { page, errors, requests };
}
