// Issue 14, the page's part: the memo's summary heads every ruling, the memo has a view of its
// own, prints on at most three A4 pages without the engine's words, rule ids, hashes, form or
// navigation, and goes out as Markdown; none of it costs the user's work.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser, open, ROOT } from './harness.js';

const BIN = process.env.KANTONRECHTER_BIN ?? path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/kantonrechter');

let server, base, b;

before(async () => {
  ({ server, base } = await serve());
  b = await browser();
});

after(async () => {
  await b?.close();
  server?.close();
});

async function waitOutcome(page, want) {
  await page.waitForFunction((w) => document.querySelector('#outcome')?.dataset.outcome === w, want, { timeout: 5000 });
}

const top = (page, sel) => page.$eval(sel, (el) => el.getBoundingClientRect().top);

/** The engine's words that reader-facing text must not use (tests/data/forbidden-words.txt). */
const FORBIDDEN = fs.readFileSync(path.join(ROOT, 'tests/data/forbidden-words.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
/** A rule id (AVG-6-1-f-2, WOR-27-4-GROUND1, AP-MONITOR); not a Dutch compound such as
 * "AP-lijst", whose second part is a lower-case word. */
const RULE_ID = /\b(WOR|AVG|AIA|ECHR|RV|UAVG|AP|WBP|ATB|NL|HOME|RETENTION|PRECEDENT|CASE)-(?=[0-9A-Z])[A-Za-z0-9-]+/g;

/** Pages in a PDF: its page objects, not the page tree (`/Type /Pages`). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;

/** Switch to the memo view and to print media. */
async function printMemo(page) {
  await page.click('#view-memo');
  await page.waitForSelector('#memo article.memo');
  await page.emulateMedia({ media: 'print' });
}

test('the summary of the memo heads the ruling, above its detail, in both languages', async () => {
  const { page, errors } = await open(b.context, base);
  await waitOutcome(page, 'refused');
  const sum = page.locator('#memo-summary');
  assert.equal(await sum.locator('h3').textContent(), 'Samenvatting');
  assert.match(await sum.locator('.conclusion').textContent(), /wijst het verzoek af/);
  assert.ok(await sum.locator('ul.decisive > li').count() >= 1, 'decisive facts');
  assert.match(await sum.locator('.margin').textContent(), /^Hoe krap: \S/);
  assert.ok(await sum.locator('ul.nearest > li').count() >= 1, 'what would turn it');
  assert.match(await sum.locator('.readings').textContent(), /^Andere lezingen: \S/);
  assert.ok(await sum.locator('ul.to-prove > li').count() >= 1, 'first to prove');
  // Above the detail: the balance and the trace.
  const y = await top(page, '#memo-summary');
  assert.ok(y > await top(page, '#verdict'), 'below the outcome');
  assert.ok(y < await top(page, '#ruling-head figure.balance'), 'above the balance');
  assert.ok(y < await top(page, '#trace'), 'above the trace');
  // It follows the scenario, and the language.
  await page.selectOption('#example', 'ex:desk-sensors-anonymous');
  await waitOutcome(page, 'granted');
  assert.match(await sum.locator('.conclusion').textContent(), /verleent|vervangende toestemming/);
  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('#memo-summary h3')?.textContent === 'Summary');
  assert.match(await sum.textContent(), /How close: /);
  assert.match(await sum.textContent(), /Other readings: /);
  // No ruling, no summary.
  await page.fill('#f-regeling-elements-0-id', '');
  await waitOutcome(page, 'error');
  assert.equal(await page.locator('#memo-summary').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the memo view: summary, facts, numbered reasoning with sources, decision, costs, checklist, footer', async () => {
  const { page, errors } = await open(b.context, base);
  await page.click('#view-memo');
  assert.equal(await page.getAttribute('#view-memo', 'aria-pressed'), 'true');
  assert.equal(await page.isVisible('#trace'), false, 'the detail is hidden');
  const memo = page.locator('#memo article.memo');
  assert.match(await memo.locator('h2').first().textContent(), /Toegangspassen/);
  const h2 = await memo.locator('h2').allTextContents();
  for (const want of ['Samenvatting', 'De feiten', 'De beoordeling', 'De beslissing', 'Wat nog te bewijzen is']) {
    assert.ok(h2.includes(want), `${want} in ${h2}`);
  }
  assert.ok(h2.indexOf('De feiten') < h2.indexOf('De beoordeling'), 'facts before reasoning');
  assert.match(await memo.locator('.msec h3').first().textContent(), /^1\. \S/);
  const nums = await memo.locator('.considerations .num').allTextContents();
  assert.equal(nums[0], '1.1');
  assert.ok(nums.every((n) => /^\d+\.\d+$/.test(n)), nums.join(' '));
  assert.ok(await memo.locator('.msrcs a[href^="https://"]').count() > 2, 'sources per section');
  assert.match(await memo.locator('.mdecision').textContent(), /wijst het verzoek af/);
  assert.match(await memo.locator('.mdecision').textContent(), /Kosten: /);
  assert.ok(await memo.locator('.checklist > li').count() >= 1);
  assert.match(await memo.locator('.mnotice').textContent(), /geen juridisch advies/);
  assert.match(await memo.locator('.mfooter').textContent(), /sha256 [0-9a-f]{12}$/);
  // Back to the ruling: the detail returns.
  await page.click('#view-ruling');
  assert.equal(await page.isVisible('#trace'), true);
  assert.equal(await page.isVisible('#memo'), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the memo of badge-repurposed prints on at most 3 A4 pages, in Dutch and English', async () => {
  const { page, errors } = await open(b.context, base);
  for (const lang of ['nl', 'en']) {
    if (lang === 'en') { await page.click('#lang'); await page.waitForFunction(() => document.documentElement.lang === 'en'); }
    await printMemo(page);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const n = pdfPages(pdf);
    console.log(`# badge-repurposed memo printed [${lang}]: ${n} A4 pages`);
    assert.ok(n >= 1 && n <= 3, `${n} pages [${lang}]`);
    // Only the memo is printed: no header, form, buttons, ruling detail or footer of the page.
    for (const sel of ['header.top', '#form', '.views', '#verdict', '#ruling-detail', 'footer.foot', '#mini']) {
      assert.equal(await page.isVisible(sel), false, `${sel} printed [${lang}]`);
    }
    assert.equal(await page.isVisible('#memo article.memo'), true);
    await page.emulateMedia({ media: 'screen' });
    await page.click('#view-ruling');
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the printed memo shows no hash in its body, no numbered steps and no form', async () => {
  const { page, errors } = await open(b.context, base);
  await printMemo(page);
  const body = await page.$eval('#memo article.memo', (el) => {
    const c = el.cloneNode(true);
    c.querySelector('.mfooter')?.remove();
    return c.innerText;
  });
  assert.doesNotMatch(body, /\b[0-9a-f]{12,}\b/, 'a hash in the body');
  assert.doesNotMatch(body, /sha256/i);
  assert.equal(await page.locator('#memo input, #memo select, #memo textarea, #memo button').count(), 0);
  assert.equal(await page.locator('#memo .rule, #memo .step').count(), 0, 'no rule ids or steps of the trace');
  assert.deepEqual(errors, []);
  await page.close();
});

/** The printed memo's text of every example, in both languages: {"ex [lang]": text}. */
async function printedMemos() {
  const { page, errors } = await open(b.context, base);
  const ids = await page.$$eval('#example option[value^="ex:"]', (os) => os.map((o) => o.value));
  await page.click('#view-memo');
  const out = {};
  for (const lang of ['nl', 'en']) {
    if (lang === 'en') { await page.click('#lang'); await page.waitForFunction(() => document.documentElement.lang === 'en'); }
    for (const id of ids) {
      await page.selectOption('#example', id);
      await page.waitForFunction((v) => document.getElementById('example').value === v && document.querySelector('#memo article.memo'), id);
      await page.emulateMedia({ media: 'print' });
      out[`${id.slice(3)} [${lang}]`] = await page.innerText('#memo article.memo');
      await page.emulateMedia({ media: 'screen' });
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
  return out;
}

let memos;
test('the page adds none of the engine\'s words or rule ids of its own to the printed memo', async () => {
  memos = await printedMemos();
  assert.ok(Object.keys(memos).length >= 20);
  // The page's own labels: the memo's headings and labels, in both languages.
  const i18n = fs.readFileSync(path.join(ROOT, 'web/js/i18n.js'), 'utf8');
  const own = i18n.split('\n').filter((l) => /^ {2}(m[A-Z]\w*|memo\w*|view\w*|printMemo|copyMd|saveMd|md\w+):/.test(l)).join('\n');
  assert.ok(own.split('\n').length >= 20, own);
  for (const w of FORBIDDEN) assert.ok(!own.toLowerCase().includes(w.toLowerCase()), `"${w}" in the page's labels`);
  assert.doesNotMatch(own, RULE_ID);
});

test('no forbidden word or rule id in the printed memo of any example', () => {
  assert.ok(memos, 'the memos were printed');
  const found = [];
  for (const [key, text] of Object.entries(memos)) {
    const low = text.toLowerCase();
    const words = FORBIDDEN.filter((w) => low.includes(w.toLowerCase()));
    const ids = [...new Set(text.match(RULE_ID) || [])].sort();
    if (words.length || ids.length) found.push(`${key}: ${[...words.map((w) => `"${w}"`), ...ids].join(', ')}`);
  }
  if (found.length) console.log('# in the printed memo:\n# ' + found.join('\n# '));
  assert.equal(found.length, 0, `${found.length} printed memos use them (listed above)`);
});

test('the memo as Markdown: saved as a .md file, the same bytes as the command line', async () => {
  const { page, errors } = await open(b.context, base);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-md')]);
  assert.match(download.suggestedFilename(), /\.md$/);
  const md = fs.readFileSync(await download.path(), 'utf8');
  if (fs.existsSync(BIN)) {
    const cli = execFileSync(BIN, ['evaluate', path.join(ROOT, 'examples/badge-repurposed.json'), '--format', 'md', '--lang', 'nl'], { encoding: 'utf8' });
    assert.equal(md, cli);
  }
  assert.match(md, /^# Toegangspassen/);
  assert.match(md, /\n## Samenvatting\n/);
  // Copying: to the clipboard where the browser allows it, and says so either way.
  await page.click('#copy-md');
  await page.waitForFunction(() => document.getElementById('md-status').textContent !== '');
  assert.match(await page.textContent('#md-status'), /klembord|Markdown opslaan/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the memo view keeps the work: edits in the form follow in the memo, and are saved', async () => {
  const own = await browser();
  const { page, errors } = await open(own.context, base);
  await page.click('#view-memo');
  await page.fill('#f-title', 'Mijn memo');
  await page.waitForFunction(() => document.querySelector('#memo-title')?.textContent === 'Mijn memo');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('kantonrechter.draft.v1')).req.title);
  assert.equal(saved, 'Mijn memo');
  // The language switch and the way back to the ruling keep it too.
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.isVisible('#memo article.memo'), true, 'the memo view stays');
  await page.click('#view-ruling');
  assert.equal(await page.inputValue('#f-title'), 'Mijn memo');
  // An incomplete scenario has no memo, and says so.
  await page.click('#view-memo');
  await page.fill('#f-regeling-elements-0-id', '');
  await waitOutcome(page, 'error');
  assert.match(await page.textContent('#memo-none'), /No memo yet/);
  assert.equal(await page.isDisabled('#print-memo'), true);
  await page.fill('#f-regeling-elements-0-id', 'pasdata');
  await page.waitForSelector('#memo article.memo');
  assert.equal(await page.isDisabled('#print-memo'), false);
  assert.deepEqual(errors, []);
  await own.close();
});

test('axe-core finds no violations in the memo view, in English and on a phone; no horizontal scroll', async () => {
  const { createRequire } = await import('node:module');
  const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const axe = async (page) => {
    await page.evaluate(fs.readFileSync(AXE, 'utf8'));
    return page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
    });
  };
  const { page, errors } = await open(b.context, base);
  assert.deepEqual(await axe(page), [], 'ruling with its summary');
  await page.click('#view-memo');
  await page.waitForSelector('#memo article.memo');
  assert.deepEqual(await axe(page), [], 'memo');
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await axe(page), [], 'memo, English');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.selectOption('#example', 'ex:separable-elements');
  await waitOutcome(page, 'partly_granted');
  assert.match(await page.textContent('#memo .considerations'), /Element “(tellen|waarschuwen)”: /, 'the element of a consideration');
  assert.deepEqual(await axe(page), [], 'memo, phone');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scroll');
  assert.deepEqual(errors, []);
  await page.close();
});
