// The demo page in a real browser (Debian's Chromium through playwright-core), served from
// site/ on 127.0.0.1. Build first: wasm/build.sh (scripts/test-wasm.sh does both).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, browser, open, ROOT, SITE } from './harness.js';

let server, base, b, sent;
const requests = [];

before(async () => {
  ({ server, base, sent } = await serve());
  b = await browser();
  b.context.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  await b?.close();
  server?.close();
});

const outcome = (page) => page.getAttribute('#outcome', 'data-outcome');
async function waitOutcome(page, want) {
  await page.waitForFunction((w) => document.querySelector('#outcome')?.dataset.outcome === w, want, { timeout: 5000 });
}

test('the site ships every file precompressed, and the page loads them as gzip', async () => {
  const files = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
  const plain = files(SITE).filter((f) => !f.endsWith('.gz'));
  assert.ok(plain.length >= 5);
  for (const f of plain) {
    // A stale FILE.gz would serve old bytes: each must be its file, compressed.
    assert.ok(fs.existsSync(f + '.gz'), `no ${f}.gz`);
    assert.ok(zlib.gunzipSync(fs.readFileSync(f + '.gz')).equals(fs.readFileSync(f)), `${f}.gz differs`);
  }
  sent.length = 0;
  const { page, errors } = await open(b.context, base);
  const loaded = sent.map((r) => r.path);
  for (const want of ['/', '/app.css', '/js/main.js', '/pkg/kantonrechter_core.js', '/pkg/kantonrechter_core_bg.wasm', '/pkg/kantonrechter_wasm.js', '/pkg/kantonrechter_wasm_bg.wasm']) {
    assert.ok(loaded.includes(want), `${want} not loaded: ${loaded}`);
  }
  assert.deepEqual(sent.filter((r) => !r.gzip).map((r) => r.path), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('loads with an example and shows its ruling, balance and trace, without errors', async () => {
  const { page, errors } = await open(b.context, base);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await outcome(page), 'refused');
  assert.match(await page.textContent('#outcome'), /Verzoek afgewezen/);
  assert.equal(await page.locator('#ruling-head figure.balance svg').count(), 1);
  assert.ok(await page.locator('#trace > li').count() > 10);
  assert.match(await page.textContent('#ruling-body .notice-r'), /simulatie en geen juridisch advies/);
  assert.match(await page.textContent('#notice'), /geen juridisch advies/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('picking an example shows its ruling', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:desk-sensors-anonymous');
  await waitOutcome(page, 'granted');
  assert.match(await page.textContent('#ground'), /onredelijk/);
  assert.equal(await page.inputValue('#f-regeling-elements-0-measure-identifiability'), 'anonymous');
  await page.selectOption('#example', 'ex:separable-elements');
  await waitOutcome(page, 'partly_granted');
  assert.ok(await page.locator('#ruling-head .part').count() >= 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("changing one interest's substantiation flips the outcome", async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:roster-change');
  await waitOutcome(page, 'granted');
  const before = await page.textContent('#ruling-head .bars');
  await page.selectOption('#f-interests-employer-0-substantiation', 'asserted');
  await waitOutcome(page, 'refused');
  assert.notEqual(await page.textContent('#ruling-head .bars'), before, 'the balance follows');
  await page.selectOption('#f-interests-employer-0-substantiation', 'established');
  await waitOutcome(page, 'granted');
  assert.deepEqual(errors, []);
  await page.close();
});

test('citation links point to the official sources', async () => {
  const { page } = await open(b.context, base);
  const hrefs = await page.$$eval('#trace a.cite', (as) => as.map((a) => ({ href: a.href, target: a.target, rel: a.rel })));
  assert.ok(hrefs.length > 10);
  for (const a of hrefs) {
    assert.match(a.href, /^https?:\/\//);
    assert.equal(a.target, '_blank');
    assert.match(a.rel, /noopener/);
    assert.match(a.rel, /noreferrer/);
  }
  const first = await page.getAttribute('#trace > li:first-child a.cite', 'href');
  // The first step cites the paragraph of art. 27 WOR it applies.
  assert.match(first, /^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0002747&artikel=27(&lid=\d)?$/);
  assert.ok(hrefs.some((a) => a.href.startsWith('https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679')));
  // The help text of the form cites its sources too.
  const help = await page.getAttribute('#f-procedure-consent_requested-h a', 'href');
  assert.match(help, /^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0002747&artikel=27/);
  await page.close();
});

test('the what-if panel lists flips and loads one', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:automatic-warnings');
  await waitOutcome(page, 'refused');
  await page.click('#whatif > summary');
  await page.waitForSelector('#flips > li');
  const flip = page.locator('#flips > li').first();
  const want = (await flip.getAttribute('class')).match(/out-(\w+)/)[1];
  assert.notEqual(want, 'refused');
  assert.match(await flip.textContent(), /een mens|human/i);
  await flip.locator('button.apply-flip').click();
  await waitOutcome(page, want);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the what-if panel searches for a side, with the other side\'s concessions apart', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:camera-theft');
  await waitOutcome(page, 'granted');
  await page.click('#whatif > summary');
  // Granted: by default the works council, which lost; the employer's concessions apart.
  await page.waitForSelector('#concessions > li');
  assert.equal(await page.inputValue('#whatif-side'), '');
  assert.match(await page.locator('#concessions > li').first().textContent(), /laat zijn belang|withdraws/);
  // The employer, which already won, has nothing to gain.
  await page.selectOption('#whatif-side', 'employer');
  await page.waitForFunction(() => !document.querySelector('#flips') && !document.querySelector('#concessions'));
  assert.equal(await page.locator('#whatif-cut').count(), 0, 'a small request is searched completely');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the closest decided cases are listed, linked to rechtspraak.nl', async () => {
  const { page, errors } = await open(b.context, base);
  await page.click('#similar > summary');
  await page.waitForSelector('#precedents > li');
  assert.equal(await page.locator('#precedents > li').count(), 3);
  const href = await page.getAttribute('#precedents > li:first-child a.cite', 'href');
  assert.match(href, /^https:\/\/uitspraken\.rechtspraak\.nl\/.*ECLI:NL:/);
  assert.match(await page.textContent('#precedents'), /afstand 0\.\d+/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the language switch turns the whole page into English and back', async () => {
  const { page, errors } = await open(b.context, base);
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.textContent('#outcome'), 'Request refused');
  assert.equal(await page.textContent('label[for="f-as_of"]'), 'Reference date');
  assert.match(await page.textContent('#trace > li:first-child'), /Consent right/);
  assert.match(await page.textContent('#notice'), /not legal advice/);
  assert.match(await page.textContent('#ruling-body .notice-r'), /not legal advice/);
  // No Dutch left in the page's own texts.
  const own = await page.$$eval('[data-t], label, legend, .sec h3, .sec summary', (els) => els.map((e) => e.textContent).join('\n'));
  for (const word of ['Peildatum', 'Werkgever', 'Onderbouwing', 'Toevoegen', 'Bronnen', 'Afdrukken', 'niet vastgesteld']) {
    assert.ok(!own.includes(word), `Dutch "${word}" left in the English page`);
  }
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  assert.equal(await page.textContent('#outcome'), 'Verzoek afgewezen');
  assert.deepEqual(errors, []);
  await page.close();
});

test('each step shows its rule, title, status and sources as the full report has them', async () => {
  // The page rules with the compact form (rules by id) and adds titles and sources from the
  // catalogue; what it shows must be what the full report (`evaluate`) says, step by step.
  const { page, errors } = await open(b.context, base);
  for (const lang of ['nl', 'en']) {
    if (lang === 'en') { await page.click('#lang'); await page.waitForFunction(() => document.documentElement.lang === 'en'); }
    const shown = await page.$$eval('#trace > li', (lis) => lis.map((li) => ({
      title: li.querySelector('.st-h strong').textContent,
      rule: li.querySelector('.st-h .rule').textContent,
      finding: li.querySelector('.finding').textContent,
      sources: [...li.querySelectorAll('.srcs .cite')].map((a) => a.textContent),
    })));
    const full = await page.evaluate(async (L) => {
      const kr = await import('/pkg/kantonrechter_wasm.js');
      return JSON.parse(kr.evaluate(document.getElementById('json').value, L)).trace
        .map((s) => ({ title: s.title, rule: s.rule, finding: s.finding, sources: s.sources.map((x) => x.label) }));
    }, lang);
    assert.ok(full.length > 10);
    assert.deepEqual(shown, full, lang);
  }
  await page.waitForSelector('#ruling-body .receipt');
  assert.match(await page.textContent('#ruling-body .receipt'), /sha256 [0-9a-f]{64}/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a shared link reloads the same scenario', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:camera-theft');
  await waitOutcome(page, 'granted');
  await page.fill('#f-regeling-title', 'Gedeeld scenario');
  await page.click('#lang');
  await page.click('#share');
  // The link is encoded asynchronously (CompressionStream): wait for it.
  await page.waitForFunction(() => document.getElementById('sharelink').value.includes('#r='));
  const link = await page.inputValue('#sharelink');
  assert.ok(link.startsWith(base + '#r='), link);
  await page.waitForSelector('#ruling-body .receipt');
  const receipt = await page.textContent('#ruling-body .receipt');
  const json = await page.evaluate(() => document.getElementById('json').value);
  const { page: again, errors: errors2 } = await open(b.context, link);
  assert.equal(await again.inputValue('#f-regeling-title'), 'Gedeeld scenario');
  assert.equal(await again.locator('html').getAttribute('lang'), 'en');
  await again.waitForSelector('#ruling-body .receipt');
  assert.equal(await again.textContent('#ruling-body .receipt'), receipt, 'same request, same receipt');
  assert.equal(await again.evaluate(() => document.getElementById('json').value), json);
  assert.deepEqual([...errors, ...errors2], []);
  await page.close();
  await again.close();
});

test('an input error names the field and marks it', async () => {
  const { page } = await open(b.context, base);
  await page.fill('#f-regeling-elements-0-id', '');
  await waitOutcome(page, 'error');
  assert.equal(await page.getAttribute('#errmsg', 'data-path'), '$.regeling.elements[0].id');
  assert.equal(await page.getAttribute('#f-regeling-elements-0-id', 'aria-invalid'), 'true');
  await page.fill('#f-regeling-elements-0-id', 'pasdata');
  await waitOutcome(page, 'refused');
  assert.equal(await page.getAttribute('#f-regeling-elements-0-id', 'aria-invalid'), null);
  // Strict JSON: an unknown field is an error with its path, as on the command line.
  await page.click('#jsonbox > summary');
  const json = JSON.parse(await page.inputValue('#json'));
  json.regeling.bogus = 1;
  await page.fill('#json', JSON.stringify(json));
  await page.click('#json-apply');
  await waitOutcome(page, 'error');
  assert.equal(await page.getAttribute('#errmsg', 'data-path'), '$.regeling.bogus');
  await page.close();
});

test('export and import of the request as JSON', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:camera-theft');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(exported, JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/camera-theft.json'), 'utf8')));
  // Import a case file: its request is loaded.
  const cases = fs.existsSync(path.join(ROOT, 'cases')) ? fs.readdirSync(path.join(ROOT, 'cases')).filter((f) => f.endsWith('.json')) : [];
  const source = cases.length ? path.join(ROOT, 'cases', cases[0]) : path.join(ROOT, 'examples/desk-sensors-anonymous.json');
  await page.setInputFiles('#import', source);
  const text = JSON.parse(fs.readFileSync(source, 'utf8'));
  const req = text.request && !text.regeling ? text.request : text;
  await page.waitForFunction((t) => document.getElementById('f-regeling-title')?.value === t, req.regeling.title);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every input is labelled and the page works by keyboard', async () => {
  const { page, errors } = await open(b.context, base);
  const unlabelled = await page.$$eval('input, select, textarea', (els) => els
    .filter((e) => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
    .map((e) => e.id || e.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabelled, []);
  // Keyboard only: Tab to the example picker, choose another example, Tab on to the language switch.
  await page.keyboard.press('Tab'); // skip link to the ruling
  await page.keyboard.press('Tab'); // skip link to Wat als?
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'example');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#outcome')?.dataset.outcome !== 'refused' || document.getElementById('example').value !== 'ex:badge-repurposed');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lang');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // Add an element with the keyboard: focus lands in the new item.
  await page.focus('button[data-add="regeling.elements"]');
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement.id), /^f-regeling-elements-\d+-id$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the print view shows the ruling and the facts, not the form', async () => {
  const { page } = await open(b.context, base);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#form'), false);
  assert.equal(await page.isVisible('#ruling'), true);
  assert.equal(await page.isVisible('#facts'), true);
  assert.match(await page.textContent('#facts'), /Peildatum/);
  assert.equal(await page.isVisible('#notice'), true);
  const after = await page.$eval('#trace a.cite', (a) => getComputedStyle(a, '::after').content);
  assert.match(after, /attr\(href\)|https:/);
  await page.emulateMedia({ media: 'screen' });
  await page.close();
});

test('the page has a strict Content-Security-Policy and no inline script or style', () => {
  const html = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
  assert.doesNotMatch(html, /\sstyle=|<style/i, 'no inline style');
  assert.match(html, /<link rel="icon" href="data:,">/);
});

test('screenshot of a ruling with its trace and balance', async () => {
  const { page, errors } = await open(b.context, base);
  await page.setViewportSize({ width: 1400, height: 1500 });
  await page.waitForSelector('#flips > li', { state: 'attached' });
  const file = path.join(ROOT, 'e2e', 'screenshot.png');
  await page.screenshot({ path: file });
  console.log(`# screenshot: ${file}`);
  assert.ok(fs.statSync(file).size > 10000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('after load the page makes no request at all while it is used', async () => {
  const { page, errors } = await open(b.context, base);
  const later = [];
  page.on('request', (r) => later.push(r.url()));
  await page.selectOption('#example', 'ex:roster-change');
  await page.fill('#f-regeling-title', 'Iets anders');
  await page.selectOption('#f-interests-employer-0-substantiation', 'asserted');
  await page.click('#whatif > summary');
  await page.waitForSelector('#flips > li');
  await page.click('#similar > summary');
  await page.click('#lang');
  await page.click('#share');
  await page.click('button[data-add="interests.works_council"]');
  await page.waitForTimeout(500);
  assert.deepEqual(later.filter((u) => !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('no request went to any other origin', () => {
  assert.ok(requests.length > 5);
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:' + base.slice(0, -1)));
  assert.deepEqual(foreign, []);
});
