// The page after its first ruling (imported by main.js once that is on screen): the form,
// the memo and the receipt, what-if, similar cases, undo, autosave, share, import, export and
// print. What needs the engine's full module (the memo, the receipt, what-if, similar cases,
// the memo's Markdown) waits for it (`st.full`), says that it is loading meanwhile, and is
// filled in when it arrives, for the request then shown (`fullReady`); if it cannot be loaded,
// those parts say so and the rest works on.

import { renderForm, applyEdit, listEdit, controlForPath, facts, refreshIds, missing } from './form.js';
import { h } from './dom.js';
import { sourceLink } from './ruling.js';
import { summary as memoSummary, memoView } from './memo.js';
import { encodeFragment } from './share.js';
import { UI, OUTCOMES, GROUNDS, FEATURES, RELATIONS } from './i18n.js';
import { explain, labelFor, renderError } from './errors.js';

const $ = (id) => document.getElementById(id);
const tr = (pair, L) => (pair ? pair[L === 'en' ? 1 : 0] : '');
const isObject = (v) => v != null && typeof v === 'object' && !Array.isArray(v);
/** main.js's state and functions (`start`), and its state. */
let A, st;
/** The full module has this function (it is loaded, and it is a build with it). */
const has = (name) => !!st.full && typeof st.full[name] === 'function';

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
  A.examplePicker();
  renderForm($('form'), st);
  A.update();
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
    A.examplePicker();
    renderForm($('form'), st);
    A.update();
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
    if (st.guided) { renderForm($('form'), st); A.update(); }
  });
  no.addEventListener('click', () => {
    done();
    try { if (!st.edited) localStorage.removeItem(DRAFT); } catch { /* nothing kept */ }
  });
  bar.replaceChildren(h('span', { text: `${tr(UI.restoreQ, L)}: “${name}” (${tr(UI.savedAt, L)} ${when} UTC). ` }), yes, ' ', no);
  bar.hidden = false;
}

/** The memo (its summary above the ruling, the memo view) and the receipt, for a request
 * already ruled on; nothing if the request changed meanwhile. */
function memoAndReceipt(text, L) {
  if (text !== JSON.stringify(st.req) || L !== st.lang || !has('evaluate')) return;
  let doc = null;
  try { doc = JSON.parse(st.full.evaluate(text, L)); } catch (err) { if (err instanceof WebAssembly.RuntimeError) A.fatal(err); }
  st.memo = doc && doc.memo ? doc.memo : null;
  showMemo();
  const r = doc && doc.receipt;
  $('receipt')?.remove();
  if (r) $('ruling-body').append(h('p', { class: 'receipt', id: 'receipt' }, tr(UI.receipt, L) + ': ', h('code', { text: `${r.engine} · ${r.law_version} · sha256 ${r.input_sha256}` })));
}

/** What a part that needs the full engine says while it is loading, or if it could not be. */
function notYet(L, memo) {
  const failed = st.full === false;
  return h('p', { class: 'help ' + (failed ? 'load-failed' : 'loading'), 'data-full': failed ? 'error' : 'loading',
    text: tr(failed ? (memo ? UI.memoFailed : UI.partFailed) : (memo ? UI.memoLoading : UI.partLoading), L) });
}

/**
 * The memo's summary above the ruling's detail, and the whole memo in the memo view (drawn
 * only while that view is shown). Without a ruling (an error, a scenario not complete yet)
 * both are empty and the memo view says so.
 */
function showMemo() {
  const L = st.lang, m = st.memo;
  // A ruling on screen whose memo cannot come yet: the engine's full module is not there.
  const wait = !m && st.shown?.report && !st.full;
  $('ruling-summary').replaceChildren(...(m ? [memoSummary(m, L)] : wait ? [notYet(L, true)] : []));
  if (st.view === 'memo') $('memo').replaceChildren(m ? memoView(m, L) : wait ? notYet(L, true) : h('p', { class: 'help', id: 'memo-none', text: tr(UI.memoNone, L) }));
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
  if (!has('memo')) return null;
  try {
    return st.full.memo(JSON.stringify(st.req), st.lang, 'md');
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) A.fatal(err);
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
  anyway.addEventListener('click', () => { st.showAnyway = true; A.update(); });
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
  A.mini(null, true);
}

// What if: the smallest sets of one side's changes that turn the outcome in its favour, and
// the other side's concessions apart (when the engine has it). The engine counts its work,
// so the page gives it a budget of its own: a search as the user types stops at a twentieth
// of the command line's (at most about 0.1 s in WebAssembly, for the largest valid request;
// a millisecond for an ordinary one) and says so; "search further" runs the command line's
// budget on request.
const WHATIF_PAGE_BUDGET = 1500000;
let whatifTimer = 0;
function whatifStale(report) {
  if (st.full && !has('whatif')) return;
  $('whatif').hidden = false;
  clearTimeout(whatifTimer);
  if (!report) { $('whatif-body').replaceChildren(); $('whatif-n').textContent = ''; return; }
  if (!st.full) { $('whatif-n').textContent = ''; $('whatif-body').replaceChildren(notYet(st.lang)); return; }
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
  if (!has('whatif')) return;
  let w;
  try {
    w = JSON.parse(st.full.whatif(JSON.stringify(st.req), L, 3, st.whatifSide || undefined, budget));
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) A.fatal(err);
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
  if (st.full && !has('similar')) return;
  const L = st.lang, body = $('similar-body');
  $('similar').hidden = text == null;
  if (text == null) return;
  if (!st.full) { $('similar-n').textContent = ''; body.replaceChildren(notYet(L)); return; }
  let list;
  try {
    list = JSON.parse(st.full.similar(text, 3));
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) A.fatal(err);
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
    A.kr.ruling(JSON.stringify(v), L);
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) A.fatal(err);
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
    h('p', { class: 'help', text: `${tr(UI.printed, L)}: ${new Date().toISOString().slice(0, 10)} · ${A.kr.version()}` }));
}

function bind() {
  const form = $('form');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    if (e.target.id === 'json') return;
    const r = applyEdit(st.req, e.target, false);
    if (r) { st.source = 'own'; st.edited = true; A.schedule(); }
  });
  form.addEventListener('change', (e) => {
    if (e.target.id === 'json') return;
    const r = applyEdit(st.req, e.target, true);
    if (r) st.edited = true;
    if (r === 'structure') renderForm(form, st);
    // A renamed element: only what shows the ids is redrawn, so focus and typing go on.
    else if (r === 'ids') refreshIds(form, st);
    if (r) { if (st.source !== 'own') { st.source = 'own'; A.examplePicker(); } A.schedule(); }
  });
  form.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    if (b.dataset.add || b.dataset.del) st.edited = true;
    if (b.dataset.add) { listEdit(st.req, b.dataset.add, null); renderForm(form, st); focusLast(b.dataset.add); A.schedule(); }
    else if (b.dataset.del) { listEdit(st.req, b.dataset.del, Number(b.dataset.i)); renderForm(form, st); document.querySelector(`[data-add="${b.dataset.del}"]`)?.focus(); A.schedule(); }
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
    A.texts();
    renderForm(form, st);
    A.update();
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

function badLinkMessage(first) {
  const L = st.lang;
  const parts = [h('p', { id: 'badlink', text: tr(UI.badLink, L) })];
  if (first) {
    const x = st.examples.find((y) => 'ex:' + y.id === st.source);
    if (x) parts.push(h('p', { text: `${tr(UI.linkShown, L)} “${A.exampleTitle(x)}”.` }));
  } else parts.push(h('p', { text: tr(UI.linkKept, L) }));
  message(parts);
  $('status').textContent = tr(UI.badLink, L);
}

async function onHashChange() {
  const req = await A.fromHash();
  if (req) load(req, 'own', UI.exampleLoaded);
  else if (st.badLink) badLinkMessage(false);
}

// --- main.js's update(): before the ruling, on an error, after it --------------------------

/** The JSON box and the autosave; a scenario built from scratch shows what is still
 * missing, and no verdict, until then (true: the guidance is shown instead of a ruling). */
function before() {
  const box = $('json');
  if (box && document.activeElement !== box) box.value = JSON.stringify(st.req, null, 2);
  autosave();
  const todo = st.guided ? missing(st.req) : [];
  markMissing(todo);
  if (todo.length && !st.showAnyway) {
    clearTimeout(st.later);
    st.memo = null;
    st.shown = null;
    showMemo();
    guidance(todo);
    whatifStale(null);
    similar(null);
    return true;
  }
  return false;
}

/** The engine rejected the request: the field at fault, marked and linked. */
function error(err) {
  document.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  const ctl = err.path ? controlForPath(err.path) : null;
  if (ctl) ctl.setAttribute('aria-invalid', 'true');
  renderError($('verdict'), $('ruling-body'), err, st.lang, ctl);
}

/** After the ruling (or the error) for `text`: the memo and the receipt (they cost ten times
 * the ruling, as the memo runs what-if: computed after the ruling is on screen, and only for
 * the request still shown then), what-if and similar cases; each says "loading" until the
 * full module is there. */
function after(report, text) {
  const L = st.lang;
  st.shown = { text, L, report };
  clearTimeout(st.later);
  st.memo = null;
  showMemo();
  $('receipt')?.remove();
  if (report && !st.full) $('ruling-body').append(h('p', { class: 'receipt-wait help', id: 'receipt', text: tr(UI.receipt, L) + ': ' + tr(st.full === false ? UI.partFailedInline : UI.partLoadingInline, L) }));
  if (report && st.full) st.later = setTimeout(() => memoAndReceipt(text, L), 0);
  whatifStale(report);
  similar(text);
}

/** The full module has arrived (or failed): all the examples in the picker, and the parts
 * that waited for it filled in for the request shown now (an edit that is still to be drawn
 * gets them from its own update). */
function fullReady() {
  if (has('examples')) {
    st.examples = JSON.parse(st.full.examples());
    A.examplePicker();
  }
  for (const id of ['copy-md', 'save-md']) $(id).hidden = !!st.full && !has('memo');
  const s = st.shown;
  if (s && s.text === JSON.stringify(st.req) && s.L === st.lang) after(s.report, s.text);
  else showMemo();
}

/**
 * Called once by main.js after the first ruling, with its state and functions: draws the
 * form, binds the page's controls and returns the hooks of main.js's update().
 */
export function start(app) {
  A = app;
  st = app.st;
  st.whatifSide = '';
  setView('ruling');
  const draft = readDraft();
  renderForm($('form'), st);
  bind();
  const hooks = { before, error, after, fullReady };
  // What the first ruling left for later: the field at fault of a request the engine
  // rejected (the form is there now), or the parts that come after the ruling.
  if (st.failed) queueMicrotask(() => A.update());
  else if (st.shown) after(st.shown.report, st.shown.text);
  if (st.full !== undefined) queueMicrotask(fullReady);
  $('status').textContent = tr(UI.ready, st.lang);
  if (st.badLink) badLinkMessage(true);
  if (draft) offerRestore(draft);
  document.body.dataset.ready = '1';
  return hooks;
}
