// Issue 16: the page never loses work or shows the wrong case, works on a phone, guides a
// scenario built from scratch, speaks the page's language in its errors, and passes axe-core.
// Each test is a bug that was found by using the page (1366×900 and 390×844).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, browser, open, ROOT } from './harness.js';

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

/** A page in a browser profile of its own (its own local storage). */
async function fresh(viewport) {
  const own = await browser();
  const { page, errors } = await open(own.context, base);
  if (viewport) await page.setViewportSize(viewport);
  return { page, errors, close: () => own.close(), context: own.context };
}

async function shareLink(page) {
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('sharelink').value.includes('#r='));
  return page.inputValue('#sharelink');
}

test('a damaged or foreign share link says so and never shows another case under "Klaar"', async () => {
  const { page, errors, close, context } = await fresh();
  await page.selectOption('#example', 'ex:camera-theft');
  await waitOutcome(page, 'granted');
  const link = await shareLink(page);
  const cut = link.slice(0, Math.floor(link.length * 0.6));
  // Opened from scratch: a clear message, the status is not "ready", and the example shown is named.
  const { page: p2, errors: e2 } = await open(context, cut);
  assert.match(await p2.textContent('#msg'), /beschadigd of onvolledig/);
  assert.equal(await p2.isVisible('#msg'), true);
  assert.doesNotMatch(await p2.textContent('#status'), /Klaar/);
  assert.match(await p2.textContent('#msg'), /Hieronder staat het voorbeeld “Toegangspassen/);
  // In an open page: the scenario being worked on stays.
  await page.fill('#f-regeling-title', 'Mijn eigen werk');
  await page.evaluate((h) => { location.hash = h; }, cut.slice(cut.indexOf('#')));
  await page.waitForSelector('#badlink');
  assert.equal(await page.inputValue('#f-regeling-title'), 'Mijn eigen werk');
  assert.match(await page.textContent('#msg'), /ongewijzigd/);
  // A link whose content is not a request (a JSON list) is refused the same way, in English too.
  const { page: p3 } = await open(context, base + '#r=jW10&lang=en');
  assert.match(await p3.textContent('#msg'), /damaged or incomplete/);
  assert.doesNotMatch(await p3.textContent('#status'), /Ready/);
  assert.deepEqual([...errors, ...e2], []);
  await close();
});

test('renaming an element keeps focus, and what is typed next lands in the next field', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:separable-elements');
  await waitOutcome(page, 'partly_granted');
  await page.click('#f-regeling-elements-0-id');
  await page.fill('#f-regeling-elements-0-id', 'telling');
  await page.keyboard.press('Tab');
  await page.keyboard.type(' en nog iets');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-regeling-elements-0-description');
  assert.match(await page.inputValue('#f-regeling-elements-0-description'), / en nog iets$/);
  // The references and the item's name follow the new id.
  assert.match(await page.textContent('fieldset[data-item="regeling.elements.0"] > legend'), /telling/);
  assert.ok(await page.locator('input[data-t="refs"][data-v="telling"]').count() > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a failed import keeps the scenario and explains in the page\'s language; "load anyway" loads it', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:camera-theft');
  await waitOutcome(page, 'granted');
  const title = await page.inputValue('#f-regeling-title');
  await page.setInputFiles('#import', { name: 'lijst.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2]') });
  await page.waitForSelector('#msg:not([hidden])');
  assert.match(await page.textContent('#msg'), /niet geladen; uw scenario is ongewijzigd/);
  assert.equal(await page.inputValue('#f-regeling-title'), title);
  await waitOutcome(page, 'granted');
  const req = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/roster-change.json'), 'utf8'));
  req.regeling.onbekend = 1;
  await page.setInputFiles('#import', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(req)) });
  await page.waitForSelector('#msg-why');
  const why = await page.textContent('#msg-why');
  assert.match(why, /De regeling/);
  assert.match(why, /het veld “onbekend” bestaat niet/);
  assert.doesNotMatch(why, /expected|\$\./, 'no engine English or JSON path in the message itself');
  assert.equal(await page.inputValue('#f-regeling-title'), title);
  await page.click('#load-anyway');
  await page.waitForFunction((t) => document.getElementById('f-regeling-title').value === t, req.regeling.title);
  assert.deepEqual(errors, []);
  await page.close();
});

test('work is saved in this browser and offered back after a reload', async () => {
  const { page, errors, close, context } = await fresh();
  assert.equal(await page.isVisible('#restorebar'), false, 'nothing saved yet');
  await page.fill('#f-title', 'Nog niet af');
  await page.waitForFunction(() => (localStorage.getItem('kantonrechter.draft.v1') || '').includes('Nog niet af'));
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready);
  assert.match(await page.textContent('#restorebar'), /Nog niet af/);
  assert.notEqual(await page.inputValue('#f-title'), 'Nog niet af');
  await page.click('#restore');
  assert.equal(await page.inputValue('#f-title'), 'Nog niet af');
  // The restore can itself be taken back.
  await page.click('#undo');
  assert.notEqual(await page.inputValue('#f-title'), 'Nog niet af');
  // Loading an example or a shared link is not work of the user's: it never overwrites the
  // work saved before.
  await page.selectOption('#example', 'ex:roster-change');
  const link = await shareLink(page);
  const { page: other, errors: e2 } = await open(context, link);
  assert.match(await other.textContent('#restorebar'), /Nog niet af/);
  assert.match(await other.evaluate(() => localStorage.getItem('kantonrechter.draft.v1')), /Nog niet af/);
  assert.deepEqual([...errors, ...e2], []);
  await close();
});

test('loading a what-if scenario can be undone', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'ex:automatic-warnings');
  await waitOutcome(page, 'refused');
  await page.fill('#f-regeling-title', 'Met eigen wijziging');
  await page.click('#whatif > summary');
  await page.waitForSelector('#flips > li');
  await page.locator('#flips > li button.apply-flip').first().click();
  await page.waitForFunction(() => document.querySelector('#outcome')?.dataset.outcome !== 'refused');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'undo');
  await page.click('#undo');
  await waitOutcome(page, 'refused');
  assert.equal(await page.inputValue('#f-regeling-title'), 'Met eigen wijziging');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone (390 px): no horizontal scroll, and a compact ruling stays in view while editing', async () => {
  const { page, errors, close } = await fresh({ width: 390, height: 844 });
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  for (const ex of ['ex:badge-repurposed', 'ex:separable-elements', 'ex:home-keylogging-screenshots']) {
    await page.selectOption('#example', ex);
    await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    await page.click('#share');
    await page.waitForFunction(() => document.getElementById('sharelink').value.includes('#r='));
    assert.ok(await width() <= 390, `${ex}: the page is ${await width()} px wide`);
  }
  await page.selectOption('#example', 'ex:camera-theft');
  await waitOutcome(page, 'granted');
  // Deep in the form: the summary is on screen and says the outcome, ground and weights.
  await page.focus('#f-avg-legal_basis');
  const box = await page.locator('#mini').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `summary not in view: ${JSON.stringify(box)}`);
  const mini = await page.textContent('#mini');
  assert.match(mini, /Vervangende toestemming verleend/);
  assert.match(mini, /grond \d/);
  assert.match(mini, /Werkgever \d/);
  await page.selectOption('#f-avg-legal_basis', 'consent');
  await page.waitForFunction(() => !/verleend/.test(document.getElementById('mini').textContent));
  assert.deepEqual(errors, []);
  await close();
});

test('a scenario built from scratch says what is missing, marks it, and shows no verdict until then', async () => {
  const { page, errors } = await open(b.context, base);
  await page.selectOption('#example', 'empty');
  await waitOutcome(page, 'incomplete');
  assert.equal(await page.locator('#ruling-head .balance').count(), 0);
  const todo = await page.$$eval('#missing a', (as) => as.map((a) => a.dataset.path));
  assert.deepEqual(todo, ['regeling.title', 'regeling.subjects', 'regeling.elements[0].description', 'procedure.consent_requested',
    'procedure.or_decision', 'interests.employer', 'interests.works_council']);
  const names = await page.$$eval('#missing a', (as) => as.map((a) => a.textContent));
  assert.equal(new Set(names).size, names.length, `each named apart: ${names}`);
  assert.match(names[5], /Belangen van de werkgever/);
  assert.match(names[6], /Belangen van de OR/);
  assert.equal(await page.getAttribute('#f-regeling-title', 'required'), '');
  assert.ok(await page.locator('[data-missing] .miss').count() >= 7, 'the fields are marked');
  assert.equal(await page.inputValue('#f-procedure-consent_requested'), '', 'not yet answered');
  // The list's link takes one to the field.
  await page.click('#missing a[data-path="procedure.or_decision"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-procedure-or_decision');
  await page.fill('#f-regeling-title', 'Passen');
  await page.check('#f-regeling-subjects-11');
  await page.fill('#f-regeling-elements-0-description', 'Toegangspassen registreren wie binnenkomt.');
  await page.selectOption('#f-procedure-consent_requested', 'yes');
  await page.selectOption('#f-procedure-or_decision', 'refused');
  await page.click('button[data-add="interests.employer"]');
  await page.fill('#f-interests-employer-0-statement', 'Beveiliging van het pand.');
  await page.waitForFunction(() => document.querySelectorAll('#missing a').length === 1);
  assert.equal(await page.locator('[data-missing]').count(), 1);
  await page.click('button[data-add="interests.works_council"]');
  await page.fill('#f-interests-works_council-0-statement', 'Privacy.');
  await page.waitForFunction(() => !['incomplete', undefined].includes(document.querySelector('#outcome')?.dataset.outcome));
  assert.equal(await page.locator('[data-missing]').count(), 0);
  // "Show anyway" is there for who wants to see what the engine makes of a bare scenario.
  await page.selectOption('#example', 'empty');
  await page.click('#show-anyway');
  await page.waitForFunction(() => document.querySelector('#outcome')?.dataset.outcome !== 'incomplete');
  assert.deepEqual(errors, []);
  await page.close();
});

test('input errors speak the page\'s language and name the field; the JSON path is kept in a detail', async () => {
  const { page, errors } = await open(b.context, base);
  await page.fill('#f-regeling-elements-0-measure-retention_days', '-1');
  await waitOutcome(page, 'error');
  const typeError = await page.textContent('#errmsg');
  assert.match(typeError, /Bewaartermijn \(dagen\)/);
  assert.match(typeError, /Onderdeel 1/);
  assert.match(typeError, /vul een heel getal in van 0 tot en met 36500/);
  assert.doesNotMatch(typeError, /expected|line \d|\$\./);
  assert.equal(await page.textContent('#errpath'), '$.regeling.elements[0].measure.retention_days');
  await page.fill('#f-regeling-elements-0-measure-retention_days', '40000');
  await page.waitForFunction(() => !/-1/.test(document.querySelector('#errmsg ~ details')?.textContent));
  assert.equal(await page.textContent('#errmsg'), typeError, 'the same limit for both errors');
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('#errmsg'), /Retention \(days\).*enter a whole number from 0 to 36500/);
  await page.click('#lang');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Contrast ratio of two sRGB colours given as rgb(…) strings (WCAG 2). */
function contrast(a, c) {
  const lum = (s) => {
    const [r, g, bl] = s.match(/[\d.]+/g).slice(0, 3).map((x) => Number(x) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(c)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('the focus ring stands out (≥ 3:1) and skip links lead to the ruling and to Wat als?', async () => {
  const { page, errors } = await open(b.context, base);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#ruling');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-whatif');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'example');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
  for (const bg of ['rgb(255, 255, 255)', 'rgb(244, 246, 248)']) {
    assert.ok(contrast(ring, bg) >= 3, `focus ring ${ring} on ${bg}: ${contrast(ring, bg).toFixed(2)}:1`);
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('whatif').open), true);
  assert.equal(await page.evaluate(() => document.activeElement.closest('#whatif') != null), true);
  assert.deepEqual(errors, []);
  await page.close();
});

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function axe(page) {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays as it is.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const { passed, violations } = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return { passed: r.passes.length, violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`) };
  });
  assert.ok(passed > 10, `axe ran ${passed} rules`);
  return violations;
}

test('axe-core finds no violations: ruling, what-if, error, scenario from scratch, English, phone', async () => {
  const { page, errors } = await open(b.context, base);
  await page.click('#whatif > summary');
  await page.click('#similar > summary');
  await page.waitForSelector('#flips > li, #concessions > li');
  assert.deepEqual(await axe(page), [], 'ruling');
  await page.fill('#f-regeling-elements-0-id', '');
  await waitOutcome(page, 'error');
  assert.deepEqual(await axe(page), [], 'error');
  await page.selectOption('#example', 'empty');
  await waitOutcome(page, 'incomplete');
  assert.deepEqual(await axe(page), [], 'from scratch');
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await axe(page), [], 'English');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.selectOption('#example', 'ex:camera-theft');
  await waitOutcome(page, 'granted');
  assert.deepEqual(await axe(page), [], 'phone');
  assert.deepEqual(errors, []);
  await page.close();
});
