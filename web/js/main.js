// The page: loads the engine (WebAssembly, from this site only), keeps the request as the
// single state, and re-renders the ruling on every change. Nothing leaves the machine.
//
// This module is what the first ruling needs, and no more: the engine's core module
// (`ruling`, `rules`, `calibration`, `version` and the first example: pkg/kantonrechter_core),
// the ruling's drawing and the page's texts. Right after the first ruling is painted it
// imports the rest of the page (page.js: the form, what-if, similar cases, the memo, import,
// share, print) and the engine's full module (pkg/kantonrechter_wasm: the memo, the receipt,
// what-if, similar cases and all the examples); until that has arrived, the parts that need it
// say that they are loading (`st.full`: undefined while loading, the module, or false if it
// could not be loaded).

import init, * as kr from '../pkg/kantonrechter_core.js';
import { h } from './dom.js';
import { renderRuling } from './ruling.js';
import { decodeFragment } from './share.js';
import { UI, OUTCOMES, EXAMPLE_TITLES_EN } from './i18n.js';

const $ = (id) => document.getElementById(id);
const tr = (pair, L) => (pair ? pair[L === 'en' ? 1 : 0] : '');
const st = { req: null, lang: 'nl', rules: new Map(), cal: [], examples: [], source: '', guided: false, showAnyway: false, view: 'ruling', memo: null, full: undefined };
const isObject = (v) => v != null && typeof v === 'object' && !Array.isArray(v);

/** The rest of the page (page.js), once loaded: its hooks into `update()`. */
let page = null;

/** The engine trapped (it should never): say so, and stop. */
function fatal(err) {
  $('status').textContent = tr(UI.fatal, st.lang) + ' (' + err.message + ')';
  document.body.dataset.ready = 'error';
  throw err;
}

function texts() {
  const L = st.lang;
  document.documentElement.lang = L;
  for (const el of document.querySelectorAll('[data-t]')) {
    const t = UI[el.dataset.t];
    if (t) el.textContent = tr(t, L);
  }
  for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', tr(UI[el.dataset.tAria], L));
  $('lang').setAttribute('lang', L === 'nl' ? 'en' : 'nl');
  document.title = tr(UI.h1, L) + (L === 'nl' ? ' — simulatie' : ' — simulation');
  $('md-status').textContent = '';
  examplePicker();
}

function exampleTitle(x) {
  return (st.lang === 'en' && EXAMPLE_TITLES_EN[x.id]) || x.request.title || x.id;
}

function examplePicker() {
  const L = st.lang, sel = $('example');
  const group = h('optgroup', { label: tr(UI.examplesGroup, L) },
    st.examples.map((x) => h('option', { value: 'ex:' + x.id, text: exampleTitle(x), selected: st.source === 'ex:' + x.id })));
  sel.replaceChildren(
    h('option', { value: 'own', text: tr(UI.own, L), disabled: true, selected: !st.source.startsWith('ex:') && st.source !== 'empty' }),
    group,
    h('option', { value: 'empty', text: tr(UI.empty, L), selected: st.source === 'empty' }));
}

let pending = 0;
function schedule() {
  if (!pending) pending = requestAnimationFrame(() => { pending = 0; update(); });
}

/**
 * The ruling for the request in the state, from the core module; then what the rest of the
 * page adds (the memo and the receipt, what-if, similar cases), once it is loaded: each for
 * this request only, and saying "loading" until the full module is there.
 */
function update() {
  const L = st.lang;
  const text = JSON.stringify(st.req);
  st.failed = false;
  // A scenario built from scratch shows what is still missing, and no verdict, until then.
  if (page && page.before(text)) return;
  let report = null;
  try {
    report = withRules(JSON.parse(kr.ruling(text, L)), L);
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) fatal(err);
    st.failed = true;
    if (page) page.error(err);
    else {
      // Before the rest of the page is there (a first request from a link that the engine
      // rejects): the verdict only; the page redraws it with the field at fault once loaded.
      $('ruling-head').replaceChildren();
      $('verdict').replaceChildren(h('div', { class: 'verdict out-error', role: 'alert' },
        h('p', { class: 'outcome', id: 'outcome', 'data-outcome': 'error', text: tr(UI.error, L) })));
      $('ruling-body').replaceChildren();
    }
  }
  if (report) {
    document.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    renderRuling($('verdict'), $('ruling-body'), report, L);
  }
  mini(report);
  st.shown = { text, L, report };
  if (page) page.after(report, text);
  else if (report) $('ruling-summary').replaceChildren(h('p', { class: 'help loading', id: 'memo-loading', text: tr(UI.memoLoading, L) }));
}

const PRIMARY = new Set(['legislation', 'case_law', 'guidance', 'parliamentary']);

/**
 * The compact ruling (`ruling()`: rules by id only) with each step's number and its rule's
 * title, status and sources from the catalogue, read once at start: the step's own sources
 * (a decided case) first, then the rule's official sources, then secondary ones — as the
 * full report (`evaluate()`) lists them; the theory behind a rule never reaches a ruling.
 */
function withRules(c, L) {
  const step = (s, i) => {
    const rule = st.rules.get(s.rule);
    const own = rule ? rule.sources : [];
    return {
      ...s, n: i + 1,
      title: rule ? (L === 'en' ? rule.title_en : rule.title_nl) : s.rule,
      status: rule ? rule.status : '',
      sources: [...(s.cites || []), ...own.filter((x) => PRIMARY.has(x.kind)), ...own.filter((x) => x.kind === 'secondary')],
    };
  };
  return { ...c, trace: c.trace.map(step), flags: c.flags.map(step) };
}

/** The compact summary that stays in view on a phone: outcome, ground, weights. */
function mini(report, incomplete) {
  const L = st.lang;
  const go = h('a', { href: '#ruling', text: tr(UI.miniGo, L) });
  let parts;
  if (report) {
    const w = report.weights;
    parts = [h('strong', { class: 'mini-out out-' + report.outcome, text: tr(OUTCOMES[report.outcome], L) }),
      report.ground ? h('span', { text: ' · ' + (report.ground === 'unreasonable_refusal' ? (L === 'en' ? 'ground 1' : 'grond 1') : (L === 'en' ? 'ground 2' : 'grond 2')) }) : null,
      w ? h('span', { class: 'mini-w', text: ` · ${tr(UI.margin, L)}: ${tr(UI.employerSide, L)} ${w.employer} – ${tr(UI.orSide, L)} ${w.works_council}` }) : null];
  } else {
    parts = [h('strong', { class: 'mini-out', text: incomplete ? tr(UI.incomplete, L) : tr(UI.error, L).replace(/:$/, '') })];
  }
  $('mini').replaceChildren(h('span', { class: 'mini-t' }, ...parts), ' ', go);
}

/**
 * The scenario in the URL fragment, if any (and its language, which is applied). A damaged or
 * foreign link gives null and `st.badLink`: the page says so and keeps the scenario it has.
 */
async function fromHash() {
  st.badLink = false;
  const { req, lang } = await decodeFragment(location.hash);
  if (req == null) return null;
  if (lang && lang !== st.lang) { st.lang = lang; texts(); }
  if (req instanceof Error || !isObject(req)) { st.badLink = true; return null; }
  return req;
}

/**
 * The engine's full module (memo, receipt, what-if, similar cases, all the examples): imported
 * and started once, after the first ruling. Sets `st.full` (the module, or false if it could
 * not be loaded) and `data-full` on the body ("1" or "error"), and tells the page.
 */
let fullLoad = null;
function loadFull() {
  fullLoad ||= import('../pkg/kantonrechter_wasm.js')
    .then(async (m) => { await m.default(); performance.mark('kr-full-ready'); return m; })
    .then((m) => { st.full = m; }, (err) => { st.full = false; console.warn('full module:', err); })
    .then(() => {
      document.body.dataset.full = st.full ? '1' : 'error';
      if (page) page.fullReady();
      return st.full;
    });
  return fullLoad;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The toolbar's controls, which work once the rest of the page is there (`page.js`). */
const TOOLBAR = ['example', 'lang', 'share', 'export', 'import', 'print'];

async function main() {
  // Until then a choice would go nowhere: the controls wait, disabled.
  for (const id of TOOLBAR) $(id).disabled = true;
  await init();
  performance.mark('kr-wasm-ready');
  st.examples = JSON.parse(kr.examples());
  for (const r of JSON.parse(kr.rules())) st.rules.set(r.id, r);
  st.cal = JSON.parse(kr.calibration());
  $('version').textContent = kr.version();
  texts();
  document.body.dataset.view = 'ruling';
  let req = await fromHash(), source = 'own';
  if (!req) {
    const first = st.examples.find((x) => x.id === 'badge-repurposed') || st.examples[0];
    req = structuredClone(first.request);
    source = 'ex:' + first.id;
  }
  st.req = req;
  st.source = source;
  examplePicker();
  // The ruling first, painted before anything else is loaded.
  update();
  await frame();
  performance.mark('kr-first-ruling');
  // Then the rest of the page, and the engine's full module beside it.
  const rest = import('./page.js');
  loadFull();
  let mod;
  try {
    mod = await rest;
  } catch (err) {
    restFailed(err);
    return;
  }
  page = mod.start({ st, kr, update, schedule, texts, examplePicker, exampleTitle, fatal, fromHash, mini, loadFull });
  for (const id of TOOLBAR) $(id).disabled = false;
}

/**
 * The rest of the page could not be loaded after the first ruling (the connection dropped,
 * say): the ruling stays, and the page says in its own language what is missing, where the
 * memo and the receipt were waiting for it. The controls that need it stay disabled.
 */
function restFailed(err) {
  console.warn('page.js:', err);
  const L = st.lang;
  $('status').textContent = tr(UI.restFailed, L);
  $('ruling-summary').replaceChildren(h('p', { class: 'help load-failed', id: 'rest-failed', text: tr(UI.restFailed, L) }));
  const receipt = $('receipt');
  if (receipt) receipt.textContent = tr(UI.receipt, L) + ': ' + tr(UI.partFailedInline, L);
  document.body.dataset.ready = 'error';
}

main().catch((err) => {
  $('status').textContent = tr(UI.fatal, st.lang) + ' (' + (err && err.message ? err.message : String(err)) + ')';
  document.body.dataset.ready = 'error';
  throw err;
});
