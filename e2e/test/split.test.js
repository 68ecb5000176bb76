// The page rules first with the engine's core module (pkg/kantonrechter_core: the first
// ruling, the budget's bytes) and only then asks for the rest: its own later code and the
// engine's full module (pkg/kantonrechter_wasm: the memo, the receipt, what-if, similar cases).
// These tests hold the full module back (a route that answers only when released), so that
// what the page shows meanwhile, and after, can be seen: the ruling at once, the other parts
// saying they are loading, then filled in for the request shown then, never an earlier one.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser, open, SITE, ROOT } from './harness.js';

let server, base, b;

before(async () => {
  ({ server, base } = await serve());
  b = await browser();
});

after(async () => {
  await b?.close();
  server?.close();
});

const FULL = '**/pkg/kantonrechter_wasm.js';

/** A route that holds the requests matching `pattern` until `release()`. */
function hold(pattern) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const seen = [];
  const setup = (page) => page.route(pattern, async (route) => {
    seen.push(new URL(route.request().url()).pathname);
    await gate;
    await route.continue();
  });
  return { setup, release, seen };
}

/** What the full module says about the request in the form now: the memo's summary, the
 * receipt's hash and the similar cases, computed in the page with the full module. */
const expected = (page) => page.evaluate(async () => {
  const kr = await import('/pkg/kantonrechter_wasm.js');
  const text = JSON.stringify(JSON.parse(document.getElementById('json').value));
  const memo = JSON.parse(kr.evaluate(text, document.documentElement.lang)).memo;
  return {
    title: JSON.parse(text).title,
    conclusion: memo.summary.conclusion,
    sha: JSON.parse(kr.receipt(text)).input_sha256,
    similar: JSON.parse(kr.similar(text, 3)).map((n) => n.case.id),
  };
});

/** What the page shows now: the memo's summary, the receipt's hash and the similar cases. */
const shown = (page) => page.evaluate(() => ({
  conclusion: document.querySelector('#memo-summary .conclusion')?.textContent,
  sha: document.querySelector('#ruling-body .receipt code')?.textContent.match(/sha256 ([0-9a-f]{64})/)?.[1],
  similar: [...document.querySelectorAll('#precedents > li')].map((li) => li.dataset.id),
}));

test('the first ruling is on screen before the full engine is asked for, and no preload asks for it', async () => {
  const html = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(preloads.includes('pkg/kantonrechter_core_bg.wasm') && preloads.includes('pkg/kantonrechter_core.js'), `${preloads}`);
  for (const p of preloads) assert.doesNotMatch(p, /kantonrechter_wasm|page-/, `${p} is preloaded: it is for after the first ruling`);

  const g = hold(FULL);
  const { page, errors } = await open(b.context, base, { full: false, setup: g.setup });
  // The full module is held back: the ruling is there all the same, and the form.
  assert.equal(await page.getAttribute('#outcome', 'data-outcome'), 'refused');
  assert.ok(await page.locator('#trace > li').count() > 10);
  assert.ok(await page.isVisible('#f-title'));
  assert.equal(await page.evaluate(() => document.body.dataset.full), undefined);
  g.release();
  await page.waitForFunction(() => document.body.dataset.full === '1');
  const t = await page.evaluate(() => ({
    first: performance.getEntriesByName('kr-first-ruling')[0].startTime,
    res: performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
  }));
  const start = (p) => t.res.find((r) => r.path === p)?.start;
  for (const p of ['/pkg/kantonrechter_core.js', '/pkg/kantonrechter_core_bg.wasm', '/js/main.js']) {
    assert.ok(start(p) < t.first, `${p} requested at ${start(p)}, the first ruling at ${t.first}`);
  }
  const later = ['/pkg/kantonrechter_wasm.js', '/pkg/kantonrechter_wasm_bg.wasm', t.res.find((r) => /^\/js\/page-/.test(r.path))?.path];
  for (const p of later) {
    assert.ok(p && start(p) >= t.first, `${p} requested at ${start(p)}, before the first ruling (${t.first})`);
  }
  assert.deepEqual(g.seen, ['/pkg/kantonrechter_wasm.js']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the memo summary, the receipt and similar cases arrive after the first ruling, for the same case', async () => {
  const g = hold(FULL);
  const { page, errors } = await open(b.context, base, { full: false, setup: g.setup });
  // Meanwhile: each part says it is loading, in the page's language.
  assert.match(await page.textContent('#ruling-summary'), /Memo wordt geladen…/);
  assert.match(await page.textContent('#receipt'), /^Controlegetal: wordt geladen…$/);
  await page.click('#whatif > summary');
  await page.click('#similar > summary');
  assert.match(await page.textContent('#whatif-body'), /Wordt geladen…/);
  assert.match(await page.textContent('#similar-body'), /Wordt geladen…/);
  await page.click('#view-memo');
  assert.match(await page.textContent('#memo'), /Memo wordt geladen…/);
  await page.click('#view-ruling');
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('#ruling-summary'), /Loading the memo…/);
  assert.match(await page.textContent('#similar-body'), /Loading…/);
  assert.equal(await page.locator('#memo-summary, #ruling-body .receipt, #precedents, #flips').count(), 0);
  assert.equal(await page.isDisabled('#save-md'), true);
  g.release();
  await page.waitForSelector('#memo-summary');
  await page.waitForSelector('#ruling-body .receipt code');
  await page.waitForSelector('#precedents > li');
  await page.waitForSelector('#flips > li, #concessions > li, #whatif-body .help:not(.loading)');
  const want = await expected(page);
  const { conclusion, sha, similar } = await shown(page);
  assert.deepEqual({ conclusion, sha, similar }, { conclusion: want.conclusion, sha: want.sha, similar: want.similar });
  assert.equal(await page.locator('.loading').count(), 0, 'nothing still loading');
  assert.equal(await page.isDisabled('#save-md'), false);
  // The examples all in the picker now (the core module has only the first).
  assert.ok(await page.locator('#example option[value^="ex:"]').count() > 10);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an edit made before the full engine arrives gets its memo and receipt, never those of the request before', async () => {
  const g = hold(FULL);
  const { page, errors } = await open(b.context, base, { full: false, setup: g.setup });
  const old = (await page.inputValue('#f-title'));
  // Every receipt and memo title the page ever shows, from now on.
  await page.evaluate(() => {
    window.krSeen = { sha: [], title: [] };
    new MutationObserver(() => {
      const sha = document.querySelector('#ruling-body .receipt code')?.textContent.match(/sha256 ([0-9a-f]{64})/)?.[1];
      if (sha && !window.krSeen.sha.includes(sha)) window.krSeen.sha.push(sha);
      const t = document.querySelector('#memo-title')?.textContent;
      if (t && !window.krSeen.title.includes(t)) window.krSeen.title.push(t);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // Edits, what-if and the memo view before the full module is there: nothing throws.
  await page.fill('#f-title', 'Bewerkt voordat alles er was');
  await page.click('#whatif > summary');
  await page.click('#view-memo');
  assert.match(await page.textContent('#memo'), /Memo wordt geladen…/);
  await page.fill('#f-regeling-elements-0-id', '');
  await page.waitForFunction(() => document.querySelector('#outcome')?.dataset.outcome === 'error');
  await page.fill('#f-regeling-elements-0-id', 'pasdata');
  await page.waitForFunction(() => document.querySelector('#outcome')?.dataset.outcome !== 'error');
  g.release();
  await page.waitForFunction(() => document.querySelector('#memo-title')?.textContent === 'Bewerkt voordat alles er was');
  await page.click('#view-ruling');
  await page.waitForSelector('#memo-summary');
  await page.waitForSelector('#ruling-body .receipt code');
  const want = await expected(page);
  assert.equal(want.title, 'Bewerkt voordat alles er was');
  const now = await shown(page);
  assert.equal(now.conclusion, want.conclusion);
  assert.equal(now.sha, want.sha);
  const seen = await page.evaluate(() => window.krSeen);
  assert.deepEqual(seen, { sha: [want.sha], title: [want.title] }, `an earlier request's memo or receipt was shown (before: ${old})`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('if the full engine cannot be loaded, the ruling still works and the other parts say so', async () => {
  const { page, errors } = await open(b.context, base, { setup: (p) => p.route('**/pkg/kantonrechter_wasm_bg.wasm', (r) => r.abort()) });
  assert.equal(await page.evaluate(() => document.body.dataset.full), 'error');
  assert.equal(await page.getAttribute('#outcome', 'data-outcome'), 'refused');
  assert.match(await page.textContent('#ruling-summary'), /Het memo kon niet worden geladen/);
  await page.click('#similar > summary');
  assert.match(await page.textContent('#similar-body'), /Kon niet worden geladen/);
  assert.match(await page.textContent('#receipt'), /^Controlegetal: kon niet worden geladen/);
  // The ruling follows edits as before.
  await page.fill('#f-regeling-elements-0-id', '');
  await page.waitForFunction(() => document.querySelector('#outcome')?.dataset.outcome === 'error');
  assert.match(await page.textContent('#errmsg'), /\S/);
  await page.fill('#f-regeling-elements-0-id', 'pasdata');
  await page.waitForFunction(() => document.querySelector('#outcome')?.dataset.outcome === 'refused');
  assert.match(await page.textContent('#whatif-body'), /Kon niet worden geladen/);
  assert.deepEqual(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e)), []);
  await page.close();
});

test('until the rest of the page has arrived, the toolbar waits disabled; then it works', async () => {
  const g = hold('**/js/page-*.js');
  const page = await b.context.newPage();
  await g.setup(page);
  await page.goto(base);
  await page.waitForSelector('#outcome[data-outcome="refused"]');
  // A choice now would go nowhere: the picker, the language and the other buttons wait.
  for (const id of ['example', 'lang', 'share', 'export', 'import', 'print']) {
    assert.equal(await page.isDisabled('#' + id), true, id);
  }
  g.release();
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  for (const id of ['example', 'lang', 'share', 'export', 'import', 'print']) {
    assert.equal(await page.isDisabled('#' + id), false, id);
  }
  // The full module brings the other examples; then a choice loads that case.
  await page.waitForFunction(() => document.body.dataset.full === '1');
  const want = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'camera-theft.json'), 'utf8')).title;
  await page.selectOption('#example', 'ex:camera-theft');
  await page.waitForFunction((t) => JSON.parse(document.getElementById('json').value).title === t, want);
  await page.close();
});

test('if the rest of the page cannot be loaded, the ruling stays and the page says so in its language', async () => {
  const { page, errors } = await open(b.context, base, { setup: (p) => p.route('**/js/page-*.js', (r) => r.abort()) });
  assert.equal(await page.evaluate(() => document.body.dataset.ready), 'error');
  assert.equal(await page.getAttribute('#outcome', 'data-outcome'), 'refused');
  assert.ok(await page.locator('#trace > li').count() > 10, 'the ruling with its steps');
  const said = /^Het formulier, het memo en Wat als\? konden niet worden geladen\. De uitspraak hierboven is wel beschikbaar/;
  assert.match(await page.textContent('#status'), said);
  assert.match(await page.textContent('#ruling-summary'), said);
  assert.doesNotMatch(await page.textContent('body'), /Error|Failed to fetch|dynamically imported/);
  assert.equal(await page.isDisabled('#example'), true);
  assert.deepEqual(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e)), []);
  await page.close();
});
