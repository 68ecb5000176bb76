// The book's example and decision pages open the demo with that scenario loaded (issue 16,
// item 6), also when the site is hosted under a path; from disk, the book says the demo needs
// a web server (issue 22, item 6). Run by scripts/test-book.sh after the book is built with
// the demo (book/book/).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, ROOT } from '../test/harness.js';

const BOOK = path.join(ROOT, 'book/book');
let server, base, b;

before(async () => {
  assert.ok(fs.existsSync(path.join(BOOK, 'demo/index.html')), 'build the book with the demo first (scripts/book.sh --build)');
  ({ server, base } = await serve(BOOK));
  b = await browser();
});

after(async () => {
  await b?.close();
  server?.close();
});

/** Follow the page's demo link; the demo's form must hold `want`, and it must show a ruling. */
async function follow(pagePath, want) {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + pagePath);
  const link = page.locator('a[href*="demo/index.html#r="]').first();
  await Promise.all([page.waitForURL(/demo\/index\.html#r=/), link.click()]);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 20000 });
  assert.deepEqual(JSON.parse(await page.inputValue('#json')), want);
  assert.equal(await page.isVisible('#msg'), false, 'no "damaged link" message');
  assert.ok(['granted', 'partly_granted', 'refused', 'inadmissible', 'no_consent_required']
    .includes(await page.getAttribute('#outcome', 'data-outcome')));
  assert.deepEqual(errors, []);
  await page.close();
}

test('an example page opens the demo with that example loaded', async () => {
  const want = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/camera-theft.json'), 'utf8'));
  await follow('voorbeelden/camera-theft.html', want);
});

test('a decision page opens the demo with that case\'s request loaded', async () => {
  const file = fs.readdirSync(path.join(ROOT, 'cases')).filter((f) => f.endsWith('.json')).sort()[0];
  const { request } = JSON.parse(fs.readFileSync(path.join(ROOT, 'cases', file), 'utf8'));
  await follow(`uitspraken/${file.slice(0, -5)}.html`, request);
});

test('chapter 1 opens the demo with the running example loaded: nothing to install', async () => {
  const want = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/badge-repurposed.json'), 'utf8'));
  await follow('studenten/01-verhaal.html', want);
});

test('read from disk, a chapter says beside its demo link that the demo needs a web server', async () => {
  const page = await b.context.newPage();
  await page.goto('file://' + path.join(BOOK, 'studenten/01-verhaal.html'));
  assert.match(await page.locator('.kr-from-disk').first().textContent(), /webserver/);
  await page.goto(base + 'studenten/01-verhaal.html');
  assert.equal(await page.locator('.kr-from-disk').count(), 0, 'served over http: no note');
  await page.close();
});

test('hosted under a path (/vak/kantonrechter/), the book opens the demo with its scenario', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-site-'));
  fs.mkdirSync(path.join(tmp, 'vak'));
  fs.symlinkSync(BOOK, path.join(tmp, 'vak', 'kantonrechter'));
  const sub = await serve(tmp);
  try {
    const page = await b.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(sub.base + 'vak/kantonrechter/voorbeelden/camera-theft.html');
    const link = page.locator('a[href*="demo/index.html#r="]').first();
    await Promise.all([page.waitForURL(/\/vak\/kantonrechter\/demo\/index\.html#r=/), link.click()]);
    await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 20000 });
    const want = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/camera-theft.json'), 'utf8'));
    assert.deepEqual(JSON.parse(await page.inputValue('#json')), want);
    assert.deepEqual(errors, []);
    assert.ok(sub.sent.every((r) => r.path.startsWith('/vak/kantonrechter/')), 'nothing is loaded from outside the path');
    await page.close();
  } finally {
    sub.server.close();
    fs.unlinkSync(path.join(tmp, 'vak', 'kantonrechter')); // the link, never the book
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
