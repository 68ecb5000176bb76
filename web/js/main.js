// The page: loads the engine (WebAssembly, from this site only), keeps the request as the
// single state, and re-renders the ruling on every change. Nothing leaves the machine.

import init, * as kr from '../pkg/kantonrechter_wasm.js';
import { renderForm, applyEdit, listEdit, controlForPath, facts, h, refreshIds, missing } from './form.js';
import { renderRuling, renderError, sourceLink } from './ruling.js';
import { summary as memoSummary, memoView } from './memo.js';
import { encodeFragment, decodeFragment } from './share.js';
import { UI, OUTCOMES, GROUNDS, FEATURES, RELATIONS, EXAMPLE_TITLES_EN } from './i18n.js';
import { explain, labelFor } from './errors.js';

const $ = (id) => document.getElementById(id);
const tr = (pair, L) => (pair ? pair[L === 'en' ? 1 : 0] : '');
const st = { req: null, lang: 'nl', rules: new Map(), cal: [], examples: [], source: '', guided: false, showAnyway: false, view: 'ruling', memo: null };
const has = (name) => typeof kr[name] === 'function';

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

function emptyRequest() {
  const today = new Date().toISOString().slice(0, 10);
  return { as_of: today > '2027-12-31' ? '2027-12-31' : today, title: '', regeling: { title: '', elements: [{ id: 'onderdeel1', description: '', measure: {} }] } };
}

/**
 * Put a scenario into the form. `what` (a UI text) names a load the user may want to take
 * back: the scenario it replaces is kept, with an "undo" button above the ruling.
 */
function load(req, source, what) {
  if (what && st.req) {
    st.undo = { req: st.req, source: st.source, guided: st.guided, edited: st.edited };
    showUndo(what);
  } else hideUndo();
  // Only the user's own work is saved: a loaded example or link is not, until it is edited
  // (so that loading one never overwrites the work saved before).
  st.edited = what === UI.restoreLoaded;
  st.req = req;
  st.source = source;
  st.guided = source === 'empty';
  st.showAnyway = false;
  examplePicker();
  renderForm($('form'), st);
  update();
}

function showUndo(what) {
  const bar = $('undobar'), L = st.lang;
  const btn = h('button', { type: 'button', id: 'undo', text: tr(UI.undo, L) });
  btn.addEventListener('click', () => {
    const u = st.undo;
    if (!u) return;
    st.undo = null;
    st.req = u.req;
    st.source = u.source;
    st.guided = u.guided;
    st.edited = u.edited;
    examplePicker();
    renderForm($('form'), st);
    update();
    bar.replaceChildren(h('span', { text: tr(UI.undone, L) }));
    $('ruling').focus();
  });
  bar.replaceChildren(h('span', { text: `${tr(UI.loaded, L)}: ${tr(what, L)}. ` }), btn);
  bar.hidden = false;
}

function hideUndo() {
  st.undo = null;
  $('undobar').hidden = true;
  $('undobar').replaceChildren();
}

/** A message above the form (role alert), with optional buttons [[text, onclick], …]. */
function message(parts, buttons = []) {
  const box = $('msg');
  const close = () => { box.hidden = true; box.replaceChildren(); };
  box.replaceChildren(...parts, ...buttons.map(([text, fn, id]) => h('button', { type: 'button', id, text })), h('button', { type: 'button', class: 'close', text: tr(UI.dismiss, st.lang) }));
  box.querySelectorAll('button').forEach((b, i) => b.addEventListener('click', () => { close(); if (buttons[i]) buttons[i][1](); }));
  box.hidden = false;
}

// Autosave: the scenario being worked on is kept in this browser's local storage (nothing
// leaves the machine), and offered back after a reload.
const DRAFT = 'kantonrechter.draft.v1';
function autosave() {
  if (!st.edited) return;
  try {
    localStorage.setItem(DRAFT, JSON.stringify({ req: st.req, guided: st.guided, saved: new Date().toISOString() }));
  } catch { /* storage full or disabled: the page works on without it */ }
}

function readDraft() {
  try {
    const d = JSON.parse(localStorage.getItem(DRAFT) || 'null');
    return d && d.req && typeof d.req === 'object' && !Array.isArray(d.req) ? d : null;
  } catch { return null; }
}

function offerRestore(draft) {
  const bar = $('restorebar'), L = st.lang;
  const name = draft.req.title || draft.req.regeling?.title || tr(UI.untitled, L);
  const when = String(draft.saved || '').slice(0, 16).replace('T', ' ');
  const done = () => { bar.hidden = true; bar.replaceChildren(); };
  const yes = h('button', { type: 'button', id: 'restore', text: tr(UI.restore, L) });
  const no = h('button', { type: 'button', id: 'discard', text: tr(UI.discard, L) });
  yes.addEventListener('click', () => {
    done();
    load(draft.req, 'own', UI.restoreLoaded);
    st.guided = !!draft.guided;
    if (st.guided) { renderForm($('form'), st); update(); }
  });
  no.addEventListener('click', () => {
    done();
    try { if (!st.edited) localStorage.removeItem(DRAFT); } catch { /* nothing kept */ }
  });
  bar.replaceChildren(h('span', { text: `${tr(UI.restoreQ, L)}: “${name}” (${tr(UI.savedAt, L)} ${when} UTC). ` }), yes, ' ', no);
  bar.hidden = false;
}

let pending = 0;
function schedule() {
  if (!pending) pending = requestAnimationFrame(() => { pending = 0; update(); });
}

function update() {
  const L = st.lang;
  const text = JSON.stringify(st.req);
  const box = $('json');
  if (box && document.activeElement !== box) box.value = JSON.stringify(st.req, null, 2);
  autosave();
  let report = null;
  st.failed = false;
  // A scenario built from scratch shows what is still missing, and no verdict, until then.
  const todo = st.guided ? missing(st.req) : [];
  markMissing(todo);
  if (todo.length && !st.showAnyway) {
    clearTimeout(st.later);
    st.memo = null;
    showMemo();
    guidance(todo);
    whatifStale(null);
    similar(null);
    return;
  }
  try {
    report = withRules(JSON.parse(kr.ruling(text, L)), L);
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) fatal(err);
    document.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    const ctl = err.path ? controlForPath(err.path) : null;
    if (ctl) ctl.setAttribute('aria-invalid', 'true');
    renderError($('verdict'), $('ruling-body'), err, L, ctl);
    st.failed = true;
  }
  if (report) {
    document.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    renderRuling($('verdict'), $('ruling-body'), report, L);
  }
  // The memo and the receipt cost ten times the ruling (the memo runs what-if): computed
  // after the ruling is on screen, and only for the request still shown then.
  clearTimeout(st.later);
  st.memo = null;
  showMemo();
  if (report) st.later = setTimeout(() => memoAndReceipt(text, L), 0);
  mini(report);
  whatifStale(report);
  similar(text);
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

/** The memo (its summary above the ruling, the memo view) and the receipt, for a request
 * already ruled on; nothing if the request changed meanwhile. */
function memoAndReceipt(text, L) {
  if (text !== JSON.stringify(st.req) || L !== st.lang) return;
  let doc = null;
  try { doc = JSON.parse(kr.evaluate(text, L)); } catch (err) { if (err instanceof WebAssembly.RuntimeError) fatal(err); }
  st.memo = doc && doc.memo ? doc.memo : null;
  showMemo();
  const r = doc && doc.receipt;
  if (r) $('ruling-body').append(h('p', { class: 'receipt' }, tr(UI.receipt, L) + ': ', h('code', { text: `${r.engine} · ${r.law_version} · sha256 ${r.input_sha256}` })));
}

/**
 * The memo's summary above the ruling's detail, and the whole memo in the memo view (drawn
 * only while that view is shown). Without a ruling (an error, a scenario not complete yet)
 * both are empty and the memo view says so.
 */
function showMemo() {
  const L = st.lang, m = st.memo;
  $('ruling-summary').replaceChildren(...(m ? [memoSummary(m, L)] : []));
  if (st.view === 'memo') $('memo').replaceChildren(m ? memoView(m, L) : h('p', { class: 'help', id: 'memo-none', text: tr(UI.memoNone, L) }));
  else $('memo').replaceChildren();
  for (const id of ['print-memo', 'copy-md', 'save-md']) $(id).disabled = !m;
}

/** The ruling view (summary, balance, what-if, trace) or the memo view; printing prints the
 * view shown. The form and the scenario are not touched. */
function setView(view) {
  st.view = view;
  document.body.dataset.view = view;
  $('view-ruling').setAttribute('aria-pressed', String(view === 'ruling'));
  $('view-memo').setAttribute('aria-pressed', String(view === 'memo'));
  $('ruling-detail').hidden = view === 'memo';
  $('memo').hidden = view !== 'memo';
  showMemo();
}

/** The memo as Markdown, from the engine (the CLI's `--format md`, byte for byte). */
function memoMarkdown() {
  try {
    return kr.memo(JSON.stringify(st.req), st.lang, 'md');
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) fatal(err);
    return null;
  }
}

function fileName(ext) {
  const name = (st.req.title || st.req.regeling?.title || 'verzoek').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'verzoek';
  return name + ext;
}

function download(text, type, name) {
  const blob = new Blob([text], { type });
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function copyMarkdown() {
  const md = memoMarkdown();
  if (md == null) return;
  let ok = false;
  try { await navigator.clipboard.writeText(md); ok = true; } catch { /* no clipboard here */ }
  $('md-status').textContent = tr(ok ? UI.mdCopied : UI.mdNoClipboard, st.lang);
}

function saveMarkdown() {
  const md = memoMarkdown();
  if (md != null) download(md, 'text/markdown;charset=utf-8', fileName('.md'));
}

/** The fields still to fill in, marked in the form. */
function markMissing(todo) {
  document.querySelectorAll('.miss').forEach((el) => el.remove());
  document.querySelectorAll('[data-missing]').forEach((el) => el.removeAttribute('data-missing'));
  for (const m of todo) {
    const ctl = controlForPath('$.' + m.path);
    if (!ctl) continue;
    const box = ctl.closest('.field, fieldset') || ctl;
    box.dataset.missing = '1';
    const label = box.querySelector(':scope > label, :scope > legend');
    label?.append(h('span', { class: 'miss', text: ' (' + tr(UI.missingMark, st.lang) + ')' }));
  }
}

function guidance(todo) {
  const L = st.lang;
  document.getElementById('ruling-head').replaceChildren();
  const anyway = h('button', { type: 'button', id: 'show-anyway', text: tr(UI.showAnyway, L) });
  anyway.addEventListener('click', () => { st.showAnyway = true; update(); });
  $('verdict').replaceChildren(h('div', { class: 'verdict out-incomplete' },
    h('p', { class: 'outcome', id: 'outcome', 'data-outcome': 'incomplete', text: tr(UI.incomplete, L) }),
    h('p', { text: tr(UI.missingH, L) }),
    h('ul', { id: 'missing' }, todo.map((m) => {
      const ctl = controlForPath('$.' + m.path);
      const text = labelFor('$.' + m.path, L) + (m.list ? ' (' + tr(UI.atLeastOne, L) + ')' : '');
      if (!ctl) return h('li', { text });
      const a = h('a', { href: '#' + ctl.id, 'data-path': m.path, text });
      a.addEventListener('click', (ev) => { ev.preventDefault(); (ctl.matches('input, select, textarea, button') ? ctl : ctl.querySelector('input, select, textarea, button'))?.focus(); });
      return h('li', {}, a);
    })),
    h('p', {}, anyway)));
  $('ruling-body').replaceChildren();
  mini(null, true);
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

// What if: the smallest sets of one side's changes that turn the outcome in its favour, and
// the other side's concessions apart (when the engine has it). The engine counts its work,
// so the page gives it a budget of its own: a search as the user types stops at a twentieth
// of the command line's (at most about 0.1 s in WebAssembly, for the largest valid request;
// a millisecond for an ordinary one) and says so; "search further" runs the command line's
// budget on request.
const WHATIF_PAGE_BUDGET = 1500000;
let whatifTimer = 0;
st.whatifSide = '';
function whatifStale(report) {
  if (!has('whatif')) return;
  $('whatif').hidden = false;
  clearTimeout(whatifTimer);
  if (!report) { $('whatif-body').replaceChildren(); $('whatif-n').textContent = ''; return; }
  $('whatif-body').replaceChildren(h('p', { class: 'help', text: tr(UI.whatifBusy, st.lang) }));
  whatifTimer = setTimeout(() => runWhatif(WHATIF_PAGE_BUDGET), 250);
}

function sidePicker(L) {
  const sel = h('select', { id: 'whatif-side' }, [['', tr(UI.whatifLoser, L)], ['employer', tr(UI.employerSide, L)], ['works_council', tr(UI.orSide, L)]]
    .map(([v, t]) => h('option', { value: v, text: t, selected: st.whatifSide === v })));
  sel.addEventListener('change', () => { st.whatifSide = sel.value; runWhatif(WHATIF_PAGE_BUDGET); });
  return h('p', {}, h('label', { for: 'whatif-side', text: tr(UI.whatifSide, L) + ' ' }), sel);
}

function flipList(flips, id, L) {
  const list = h('ol', { class: 'flips', id });
  flips.slice(0, 8).forEach((f, i) => {
    const changes = h('ul', {}, f.changes.map((c) => {
      const rule = st.rules.get(c.rule);
      const src = rule && rule.sources.find((x) => x.url);
      return h('li', {}, c[L] || c.nl, src ? [' (', sourceLink(src), ')'] : null);
    }));
    const btn = h('button', { type: 'button', class: 'apply-flip', 'data-i': String(i), text: tr(UI.whatifApply, L) });
    btn.addEventListener('click', () => { load(f.request, 'own', UI.whatifLoaded); $('undo')?.focus(); });
    list.append(h('li', { class: 'flip out-' + f.outcome },
      h('p', {}, h('strong', { text: `${tr(UI.whatifThen, L)}: ${tr(OUTCOMES[f.outcome], L)}` }), f.ground ? ' — ' + tr(GROUNDS[f.ground], L) : ''),
      changes, btn));
  });
  return list;
}

function runWhatif(budget) {
  const L = st.lang, body = $('whatif-body');
  let w;
  try {
    w = JSON.parse(kr.whatif(JSON.stringify(st.req), L, 3, st.whatifSide || undefined, budget));
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) fatal(err);
    body.replaceChildren(h('p', { class: 'err', text: String(err.message || err) }));
    return;
  }
  $('whatif-n').textContent = `(${w.flips.length})`;
  const parts = [sidePicker(L)];
  parts.push(w.flips.length ? flipList(w.flips, 'flips', L) : h('p', { class: 'help', text: tr(UI.whatifNone, L) }));
  if (w.concessions.length) {
    parts.push(h('p', { class: 'help', text: tr(UI.whatifConcessions, L) }), flipList(w.concessions, 'concessions', L));
  }
  if (w.cut && budget) {
    const more = h('button', { type: 'button', id: 'whatif-more', text: tr(UI.whatifMore, L) });
    more.addEventListener('click', () => { body.replaceChildren(h('p', { class: 'help', text: tr(UI.whatifBusy, L) })); setTimeout(() => runWhatif(undefined), 0); });
    parts.push(h('p', { class: 'help', id: 'whatif-cut' }, tr(UI.whatifCut, L) + ' ', more));
  } else if (w.cut) {
    parts.push(h('p', { class: 'help', id: 'whatif-cut', text: tr(UI.whatifCutFull, L) }));
  }
  body.replaceChildren(...parts);
}

// Closest decided cases (when the engine has them): a heuristic for finding cases to read.
function similar(text) {
  if (!has('similar')) return;
  const L = st.lang, body = $('similar-body');
  $('similar').hidden = text == null;
  if (text == null) return;
  let list;
  try {
    list = JSON.parse(kr.similar(text, 3));
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) fatal(err);
    body.replaceChildren();
    $('similar-n').textContent = '';
    return;
  }
  $('similar-n').textContent = `(${list.length})`;
  if (!list.length) { body.replaceChildren(h('p', { class: 'help', text: tr(UI.similarNone, L) })); return; }
  body.replaceChildren(h('p', { class: 'help', text: tr(UI.similarHelp, L) }), h('ol', { class: 'precedents', id: 'precedents' }, list.map((n) => {
    const c = n.case;
    const outcome = tr(OUTCOMES[c.outcome], L) || tr(UI.courtOutcome[c.outcome], L) || c.outcome;
    const diff = n.differences.map((d) => tr(FEATURES[d.feature], L) || d.feature).join(', ');
    return h('li', { 'data-id': c.id },
      h('p', {}, sourceLink({ label: `${c.name}, ${c.id}`, url: c.url }), ` (${c.date}) — ${outcome}`),
      h('p', { class: 'help' }, `${tr(UI.distance, L)} ${n.distance}`,
        n.relation ? ` · ${tr(RELATIONS[n.relation], L) || n.relation}` : '',
        c.deliberate_difference ? ` · ${tr(UI.deliberate, L)}` : '',
        diff ? ` · ${tr(UI.differsIn, L)}: ${diff}` : ''));
  })));
}

async function share() {
  const frag = await encodeFragment(st.req, st.lang);
  const url = location.href.split('#')[0] + '#' + frag;
  $('sharebox').hidden = false;
  $('sharelink').value = url;
  $('sharelink').select();
}

function exportJson() {
  download(JSON.stringify(st.req, null, 2) + '\n', 'application/json', fileName('.json'));
}

const isObject = (v) => v != null && typeof v === 'object' && !Array.isArray(v);

/** Read the JSON box into the state (a case file's request too); false with a message if it
 * is not a JSON object (the current scenario stays). */
function fromJson(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    $('json-err').textContent = tr(UI.badJson, st.lang) + ': ' + e.message;
    return false;
  }
  if (isObject(v) && isObject(v.request) && !v.regeling) v = v.request;
  if (!isObject(v)) { $('json-err').textContent = tr(UI.notRequest, st.lang); return false; }
  $('json-err').textContent = '';
  load(v, 'own');
  st.edited = true;
  autosave();
  return true;
}

/** Import a file: loaded only when it is a request the engine reads; otherwise the current
 * scenario stays, and the message says why in the page's language (with "load anyway" for a
 * request object the engine rejects, e.g. one still incomplete). */
function importFile(text) {
  const L = st.lang;
  let v;
  try { v = JSON.parse(text); } catch { v = undefined; }
  if (isObject(v) && isObject(v.request) && !v.regeling) v = v.request;
  if (!isObject(v)) {
    message([h('p', { text: tr(UI.badFile, L) + ' ' + tr(UI.notRequest, L) })]);
    return;
  }
  try {
    kr.ruling(JSON.stringify(v), L);
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) fatal(err);
    const { label, text: what } = explain(err, L);
    message([h('p', { text: tr(UI.badFile, L) }),
      h('p', { id: 'msg-why' }, h('strong', { text: label }), ': ' + what),
      h('details', { class: 'tech' }, h('summary', { text: tr(UI.technical, L) }), h('p', { lang: 'en' }, h('code', { text: err.path || '$' }), ' ' + String(err.message || err)))],
    [[tr(UI.loadAnyway, L), () => load(v, 'own', UI.importLoaded), 'load-anyway']]);
    return;
  }
  $('msg').hidden = true;
  load(v, 'own', UI.importLoaded);
}

function printFacts() {
  const L = st.lang;
  $('print-title').textContent = [st.req.title || st.req.regeling?.title, st.req.as_of].filter(Boolean).join(' — ');
  const rows = facts(st.req, L);
  $('facts').replaceChildren(h('h2', { text: tr(UI.printFacts, L) }),
    h('dl', {}, rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])),
    h('p', { class: 'help', text: `${tr(UI.printed, L)}: ${new Date().toISOString().slice(0, 10)} · ${kr.version()}` }));
}

function bind() {
  const form = $('form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    if (e.target.id === 'json') return;
    const r = applyEdit(st.req, e.target, false);
    if (r) { st.source = 'own'; st.edited = true; schedule(); }
  });
  form.addEventListener('change', (e) => {
    if (e.target.id === 'json') return;
    const r = applyEdit(st.req, e.target, true);
    if (r) st.edited = true;
    if (r === 'structure') renderForm(form, st);
    // A renamed element: only what shows the ids is redrawn, so focus and typing go on.
    else if (r === 'ids') refreshIds(form, st);
    if (r) { if (st.source !== 'own') { st.source = 'own'; examplePicker(); } schedule(); }
  });
  form.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    if (b.dataset.add || b.dataset.del) st.edited = true;
    if (b.dataset.add) { listEdit(st.req, b.dataset.add, null); renderForm(form, st); focusLast(b.dataset.add); schedule(); }
    else if (b.dataset.del) { listEdit(st.req, b.dataset.del, Number(b.dataset.i)); renderForm(form, st); document.querySelector(`[data-add="${b.dataset.del}"]`)?.focus(); schedule(); }
    else if (b.id === 'json-apply') fromJson($('json').value);
  });
  $('example').addEventListener('change', (e) => {
    const v = e.target.value;
    if (v === 'empty') load(emptyRequest(), 'empty', st.source === 'own' ? UI.exampleLoaded : null);
    else if (v.startsWith('ex:')) {
      const x = st.examples.find((y) => 'ex:' + y.id === v);
      if (x) load(structuredClone(x.request), v, st.source === 'own' || st.guided ? UI.exampleLoaded : null);
    }
  });
  $('lang').addEventListener('click', () => {
    st.lang = st.lang === 'nl' ? 'en' : 'nl';
    texts();
    renderForm(form, st);
    update();
    $('lang').focus();
  });
  $('share').addEventListener('click', share);
  $('copy').addEventListener('click', async () => {
    $('sharelink').select();
    try { await navigator.clipboard.writeText($('sharelink').value); $('copy').textContent = tr(UI.copied, st.lang); } catch { /* selected; the user copies */ }
  });
  $('export').addEventListener('click', exportJson);
  $('import').addEventListener('change', async (e) => {
    const file = e.target.files && e.target.files[0];
    if (file) importFile(await file.text());
    e.target.value = '';
  });
  $('print').addEventListener('click', () => { printFacts(); window.print(); });
  $('view-ruling').addEventListener('click', () => setView('ruling'));
  $('view-memo').addEventListener('click', () => setView('memo'));
  $('print-memo').addEventListener('click', () => { setView('memo'); window.print(); });
  $('copy-md').addEventListener('click', copyMarkdown);
  $('save-md').addEventListener('click', saveMarkdown);
  window.addEventListener('beforeprint', printFacts);
  window.addEventListener('hashchange', onHashChange);
  $('skip-whatif').addEventListener('click', (e) => {
    e.preventDefault();
    if (st.view !== 'ruling') setView('ruling');
    $('whatif').open = true;
    $('whatif').querySelector('summary').focus();
  });
}

function focusLast(dp) {
  const items = document.querySelectorAll(`[id="f-${dp.replace(/\./g, '-')}"] > fieldset.item`);
  items[items.length - 1]?.querySelector('input, select, textarea')?.focus();
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

function badLinkMessage(first) {
  const L = st.lang;
  const parts = [h('p', { id: 'badlink', text: tr(UI.badLink, L) })];
  if (first) {
    const x = st.examples.find((y) => 'ex:' + y.id === st.source);
    if (x) parts.push(h('p', { text: `${tr(UI.linkShown, L)} “${exampleTitle(x)}”.` }));
  } else parts.push(h('p', { text: tr(UI.linkKept, L) }));
  message(parts);
  $('status').textContent = tr(UI.badLink, L);
}

async function onHashChange() {
  const req = await fromHash();
  if (req) load(req, 'own', UI.exampleLoaded);
  else if (st.badLink) badLinkMessage(false);
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

async function main() {
  await init();
  performance.mark('kr-wasm-ready');
  st.examples = JSON.parse(kr.examples());
  for (const r of JSON.parse(kr.rules())) st.rules.set(r.id, r);
  st.cal = JSON.parse(kr.calibration());
  $('version').textContent = kr.version();
  texts();
  setView('ruling');
  if (!has('memo')) for (const id of ['copy-md', 'save-md']) $(id).hidden = true;
  let req = await fromHash(), source = 'own';
  const draft = readDraft();
  if (!req) {
    const first = st.examples.find((x) => x.id === 'badge-repurposed') || st.examples[0];
    req = structuredClone(first.request);
    source = 'ex:' + first.id;
  }
  st.req = req;
  st.source = source;
  examplePicker();
  // The ruling first, painted before the (larger) form is built.
  update();
  await frame();
  performance.mark('kr-first-ruling');
  await task();
  renderForm($('form'), st);
  if (st.failed) update();
  bind();
  $('status').textContent = tr(UI.ready, st.lang);
  if (st.badLink) badLinkMessage(true);
  if (draft) offerRestore(draft);
  document.body.dataset.ready = '1';
}

main().catch((err) => {
  $('status').textContent = 'Error: ' + (err && err.message ? err.message : String(err));
  document.body.dataset.ready = 'error';
  throw err;
});
