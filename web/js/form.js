// The guided form: rendered from the field list (fields.js) over the request object, which
// is the single source of truth. Fields the form does not show stay in the request as they are.

import { FIELDS, ENUMS, SECTIONS } from './fields.js';
import { UI } from './i18n.js';
import { h } from './dom.js';

export { h };

export const getPath = (o, path) => path.reduce((x, k) => (x == null ? undefined : x[k]), o);

/** Set (or, for undefined, delete) the value at a path, creating objects on the way. */
export function setPath(o, path, v) {
  let x = o;
  for (let i = 0; i < path.length - 1; i++) {
    if (x[path[i]] == null || typeof x[path[i]] !== 'object') x[path[i]] = {};
    x = x[path[i]];
  }
  const last = path[path.length - 1];
  if (v === undefined) delete x[last];
  else x[last] = v;
}

const idOf = (path) => 'f-' + path.join('-');
const tr = (pair, lang) => (pair ? pair[lang === 'en' ? 1 : 0] : '');

/** The help line under a field: text and its legal sources as links. */
function help(f, id, st) {
  const L = st.lang;
  const links = [];
  for (const rid of f.r || []) {
    const rule = st.rules.get(rid);
    const src = rule && rule.sources.find((s) => s.url);
    if (!src || links.some((a) => a.href === src.url)) continue;
    links.push(h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer', title: tr([rule.title_nl, rule.title_en], L), text: src.label }));
  }
  if (!f.h && !links.length) return null;
  const p = h('p', { class: 'help', id: id + '-h' }, f.h ? tr(f.h, L) + ' ' : '');
  if (links.length) {
    p.append(h('span', { class: 'src' }, tr(UI.sources, L) + ': '));
    links.forEach((a, i) => p.append(i ? ', ' : '', a));
  }
  return p;
}

function describe(ctl, p) {
  if (p) ctl.setAttribute('aria-describedby', p.id);
  return ctl;
}

function options(e, L, optLabel, value) {
  const en = ENUMS[e];
  const sel = [];
  if (optLabel) sel.push(h('option', { value: '', text: '—' + tr(optLabel, L), selected: value == null }));
  const cur = value ?? (optLabel ? '' : en.d);
  for (const [v, lab] of Object.entries(en.v)) sel.push(h('option', { value: v, text: tr(lab, L), selected: v === cur }));
  return sel;
}

/**
 * A multi-choice value as a list. `consequences` may still be one code as a string (the form
 * of older request files; "warnings" is the old name of "warning").
 */
function asList(v) {
  if (Array.isArray(v)) return v;
  if (v == null) return [];
  return [v === 'warnings' ? 'warning' : v];
}

function checkboxes(path, pairs, chosen, L, kind) {
  const id = idOf(path);
  chosen = asList(chosen);
  return pairs.map(([v, lab], i) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', id: id + '-' + i, 'data-p': path.join('.'), 'data-t': kind, 'data-v': v, checked: (chosen || []).includes(v) }),
    ' ' + (Array.isArray(lab) ? tr(lab, L) : lab)));
}

/** One field at `path` (the array of keys from the request's root). */
function field(f, path, st) {
  const L = st.lang, req = st.req, id = idOf(path), v = getPath(req, path), dp = path.join('.');
  const label = tr(f.l, L);
  const hp = help(f, id, st);
  switch (f.t) {
    case 'group':
      return h('fieldset', { class: 'group' }, h('legend', { text: label }), hp, f.f.map((g) => field(g, [...path, g.k], st)));
    case 'list': {
      const items = Array.isArray(v) ? v : [];
      const box = h('fieldset', { class: 'list', id }, h('legend', { text: label }), hp);
      items.forEach((item, i) => {
        const name = tr(f.item, L) + ' ' + (i + 1) + (item && item.id ? ': ' + item.id : '');
        box.append(h('fieldset', { class: 'item', 'data-item': dp + '.' + i }, h('legend', { text: name }),
          f.f.map((g) => field(g, [...path, i, g.k], st)),
          h('button', { type: 'button', class: 'del', 'data-del': dp, 'data-i': String(i), text: tr(UI.remove, L) + ': ' + name })));
      });
      box.append(h('button', { type: 'button', class: 'add', 'data-add': dp, text: tr(UI.add, L) + ': ' + tr(f.item, L).toLowerCase() }));
      return box;
    }
    case 'opt': {
      const on = v != null && typeof v === 'object';
      const box = h('fieldset', { class: 'opt' }, h('legend', { text: label }), hp,
        h('label', { class: 'check' }, describe(h('input', { type: 'checkbox', id, 'data-opt': dp, checked: on }), hp), ' ' + tr(UI.present, L)));
      if (on) box.append(...f.f.map((g) => field(g, [...path, g.k], st)));
      return box;
    }
    case 'multi':
      return h('fieldset', { class: 'field multi', id }, h('legend', { text: label }), hp,
        checkboxes(path, Object.entries(ENUMS[f.e].v), v, L, 'multi'));
    case 'refs': {
      const ids = (getPath(req, ['regeling', 'elements']) || []).map((e) => e && e.id).filter(Boolean);
      return h('fieldset', { class: 'field multi', id, 'data-refs': dp }, h('legend', { text: label }), hp,
        ids.length ? checkboxes(path, ids.map((x) => [x, x]), v, L, 'refs') : h('p', { class: 'help', text: tr(UI.noElements, L) }));
    }
    case 'bool':
      return h('div', { class: 'field' }, h('label', { class: 'check' },
        describe(h('input', { type: 'checkbox', id, 'data-p': dp, 'data-t': 'bool', checked: v === true }), hp), ' ' + label), hp);
    case 'calibration':
      return calibration(f, path, st, hp);
    default: {
      let ctl;
      if (f.t === 'enum') {
        ctl = h('select', { id, 'data-p': dp, 'data-t': f.opt ? 'enum?' : 'enum' }, options(f.e, L, f.opt, v));
        // A scenario built from scratch: a fact it asks for shows as not yet answered.
        if (st.guided && v == null && !f.opt && GUIDED.some((g) => g.path === dp)) {
          ctl.prepend(h('option', { value: '', text: '— ' + tr(UI.choose, L) + ' —', disabled: true, selected: true }));
        }
      }
      else if (f.t === 'area' || f.t === 'lines') ctl = h('textarea', { id, rows: f.t === 'lines' ? 2 : 2, 'data-p': dp, 'data-t': f.t + (f.opt ? '?' : ''), value: f.t === 'lines' ? (v || []).join('\n') : v ?? '' });
      else if (f.t === 'int') ctl = h('input', { type: 'number', min: '0', step: '1', inputmode: 'numeric', id, 'data-p': dp, 'data-t': 'int', value: v ?? '' });
      else ctl = h('input', { type: f.t === 'date' ? 'date' : 'text', id, 'data-p': dp, 'data-t': f.t + (f.opt ? '?' : ''), value: v ?? '' });
      if (f.t === 'date' && !f.opt) ctl.required = true;
      if (f.t === 'text' && !f.opt) ctl.required = true;
      return h('div', { class: 'field' }, h('label', { for: id, text: label }), describe(ctl, hp), hp);
    }
  }
}

function calibration(f, path, st, hp) {
  const L = st.lang, v = getPath(st.req, path) || {};
  const box = h('details', { class: 'field cal', id: idOf(path), open: Object.keys(v).length > 0 },
    h('summary', { text: tr(f.l, L) }), hp, h('p', { class: 'help', text: tr(UI.calDocNote, L) }));
  for (const e of st.cal) {
    const id = idOf([...path, e.key]);
    const doc = h('p', { class: 'help', id: id + '-h', lang: 'en', text: e.doc });
    box.append(h('div', { class: 'field' },
      h('label', { for: id }, h('code', { text: e.key }), ' (' + tr(UI.calDefault, L) + ' ' + e.default + ')'),
      h('input', { type: 'text', inputmode: 'decimal', id, placeholder: e.default, 'data-p': path.join('.'), 'data-t': 'cal', 'data-k': e.key, value: v[e.key] ?? '', 'aria-describedby': doc.id }),
      doc));
  }
  return box;
}

/** Render the whole form for st = {req, lang, rules: Map, cal: entries}. */
export function renderForm(form, st) {
  const focus = document.activeElement && form.contains(document.activeElement) ? document.activeElement.id : null;
  const L = st.lang;
  form.querySelectorAll('.sec').forEach((s) => s.remove());
  let sec = null;
  for (const f of FIELDS) {
    if (f.sec) {
      const adv = f.sec === 'advanced';
      sec = adv ? h('details', { class: 'sec adv' }, h('summary', { text: tr(SECTIONS[f.sec], L) }))
        : h('section', { class: 'sec' }, h('h3', { text: tr(SECTIONS[f.sec], L) }));
      form.append(sec);
    }
    sec.append(field(f, [f.k], st));
  }
  form.append(jsonBox(st));
  if (focus) document.getElementById(focus)?.focus();
}

function jsonBox(st) {
  const L = st.lang;
  return h('details', { class: 'sec json', id: 'jsonbox' }, h('summary', { text: tr(UI.json, L) }),
    h('p', { class: 'help', id: 'json-h', text: tr(UI.jsonHelp, L) }),
    h('label', { for: 'json', class: 'visually-hidden', text: tr(UI.json, L) }),
    h('textarea', { id: 'json', rows: 16, spellcheck: 'false', 'aria-describedby': 'json-h', value: JSON.stringify(st.req, null, 2) }),
    h('button', { type: 'button', id: 'json-apply', text: tr(UI.apply, L) }),
    h('p', { id: 'json-err', class: 'err', role: 'alert' }));
}

/** Field spec for a path (numeric indices step into list items). */
function specAt(path) {
  let fields = FIELDS, f = null;
  for (const k of path) {
    if (typeof k === 'number' || /^\d+$/.test(k)) continue;
    f = fields && fields.find((x) => x.k === k);
    if (!f) return null;
    fields = f.f;
  }
  return f;
}

/**
 * Apply one edit from a form control to the request. Returns 'value' for a plain change,
 * 'structure' when the form must be rendered again, or null when the event is not ours.
 */
export function applyEdit(req, t, structuralEvent) {
  const ds = t.dataset;
  if (ds.opt) {
    const path = ds.opt.split('.');
    // An optional object with required members starts from its `make` (one the engine reads).
    const make = specAt(path)?.make;
    setPath(req, path, t.checked ? (make ? make() : {}) : undefined);
    return 'structure';
  }
  if (!ds.p) return null;
  const path = ds.p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const kind = ds.t;
  const val = t.value;
  switch (kind) {
    case 'multi':
    case 'refs': {
      const boxes = [...document.querySelectorAll(`input[data-p="${ds.p}"]`)];
      const chosen = boxes.filter((b) => b.checked).map((b) => b.dataset.v);
      setPath(req, path, chosen.length ? chosen : undefined);
      break;
    }
    case 'bool': setPath(req, path, t.checked || undefined); break;
    case 'enum': setPath(req, path, val); break;
    case 'enum?': setPath(req, path, val === '' ? undefined : val); break;
    case 'int': setPath(req, path, val === '' ? undefined : /^\d+$/.test(val) ? Number(val) : val); break;
    case 'lines': {
      const lines = val.split('\n').map((s) => s.trim()).filter(Boolean);
      setPath(req, path, lines.length ? lines : undefined);
      break;
    }
    case 'cal': {
      const map = getPath(req, path) || {};
      if (val.trim() === '') delete map[ds.k];
      else map[ds.k] = val.trim();
      setPath(req, path, Object.keys(map).length ? map : undefined);
      break;
    }
    case 'text?': case 'area?': case 'date?': setPath(req, path, val === '' ? undefined : val); break;
    default: {
      // A renamed element keeps the references to it.
      if (path.length === 4 && path[1] === 'elements' && path[3] === 'id') {
        const old = getPath(req, path);
        if (old !== val) renameRefs(req, old, val);
      }
      setPath(req, path, val);
      if (path[1] === 'elements' && path[3] === 'id' && structuralEvent) return 'ids';
    }
  }
  return 'value';
}

function refLists(req) {
  const lists = [];
  for (const x of [...(req.interests?.employer || []), ...(req.interests?.works_council || []), ...(req.avg?.alternatives || [])]) {
    if (x && Array.isArray(x.elements)) lists.push(x);
  }
  return lists;
}

function renameRefs(req, from, to) {
  for (const x of refLists(req)) x.elements = x.elements.map((e) => (e === from ? to : e));
}

/**
 * After an element's id changed: redraw only what shows the ids (the lists of element
 * references and the items' names), never the control being typed in, so focus and text stay.
 */
export function refreshIds(form, st) {
  const L = st.lang;
  for (const box of form.querySelectorAll('fieldset[data-refs]')) {
    if (box.contains(document.activeElement)) continue;
    const path = box.dataset.refs.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    box.replaceWith(field(specAt(path), path, st));
  }
  for (const item of form.querySelectorAll('fieldset[data-item]')) {
    const path = item.dataset.item.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const spec = specAt(path.slice(0, -1));
    const v = getPath(st.req, path);
    const name = tr(spec.item, L) + ' ' + (path[path.length - 1] + 1) + (v && v.id ? ': ' + v.id : '');
    item.querySelector(':scope > legend').textContent = name;
    const del = item.querySelector(':scope > button.del');
    if (del) del.textContent = tr(UI.remove, L) + ': ' + name;
  }
}

// What a scenario built from scratch needs before the page shows a verdict: the facts the
// gates and the weighing read first, which, left open, decide the case by the burden of proof
// alone (an empty scenario is "no consent required", then "inadmissible" until the consent
// procedure is filled in).
const GUIDED = [
  { path: 'regeling.title', ok: (v) => typeof v === 'string' && v.trim() !== '' },
  { path: 'regeling.subjects', ok: (v) => Array.isArray(v) && v.length > 0 },
  { path: 'regeling.elements', each: 'description', ok: (v) => typeof v === 'string' && v.trim() !== '' },
  { path: 'procedure.consent_requested', ok: (v) => v != null },
  { path: 'procedure.or_decision', ok: (v) => v != null },
  { path: 'interests.employer', list: true, ok: (v) => Array.isArray(v) && v.some((x) => x && String(x.statement || '').trim()) },
  { path: 'interests.works_council', list: true, ok: (v) => Array.isArray(v) && v.some((x) => x && String(x.statement || '').trim()) },
];

/** The facts a scenario built from scratch still lacks: [{path (dotted), list}]. */
export function missing(req) {
  const out = [];
  for (const g of GUIDED) {
    const path = g.path.split('.');
    const v = getPath(req, path);
    if (g.each) {
      (Array.isArray(v) ? v : []).forEach((item, i) => {
        if (!g.ok(item && item[g.each])) out.push({ path: `${g.path}[${i}].${g.each}` });
      });
    } else if (!g.ok(v)) out.push({ path: g.path, list: !!g.list });
  }
  return out;
}

/** Add an item to, or remove one from, the list at a dotted path. */
export function listEdit(req, dp, index) {
  const path = dp.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const list = getPath(req, path);
  if (index == null) {
    const spec = specAt(path);
    const next = Array.isArray(list) ? list : [];
    next.push(spec && spec.make ? spec.make(next.length + 1) : {});
    setPath(req, path, next);
  } else if (Array.isArray(list)) {
    const [gone] = list.splice(index, 1);
    if (dp === 'regeling.elements' && gone && gone.id) {
      for (const x of refLists(req)) x.elements = x.elements.filter((e) => e !== gone.id);
    }
  }
}

/** The field for an engine error path such as `$.regeling.elements[0].id`, if shown. */
export function controlForPath(errPath) {
  const keys = errPath.replace(/^\$\.?/, '').replace(/\[(\d+)\]/g, '.$1').replace(/\["?([^"\]]+)"?\]/g, '.$1').split('.').filter(Boolean);
  for (let n = keys.length; n > 0; n--) {
    const el = document.getElementById(idOf(keys.slice(0, n)));
    if (el) return el;
  }
  return null;
}

/** A printable list of the facts entered: label and value of every field that is set. */
export function facts(req, lang) {
  const L = lang, out = [];
  const show = (f, v) => {
    if (f.t === 'enum') return tr(ENUMS[f.e].v[v], L) || String(v);
    if (f.t === 'multi') return asList(v).map((x) => tr(ENUMS[f.e].v[x], L) || x).join(', ');
    if (f.t === 'bool') return tr(v ? UI.yes : UI.no, L);
    if (Array.isArray(v)) return v.join('; ');
    if (f.t === 'calibration') return Object.entries(v).map(([k, x]) => `${k} = ${x}`).join('; ');
    return String(v);
  };
  const walk = (fields, obj, prefix) => {
    for (const f of fields) {
      const v = obj ? obj[f.k] : undefined;
      if (v == null || v === '' || (Array.isArray(v) && !v.length)) continue;
      const label = prefix + tr(f.l, L);
      if (f.t === 'group' || f.t === 'opt') walk(f.f, v, label + ' › ');
      else if (f.t === 'list') v.forEach((item, i) => walk(f.f, item, `${label} › ${i + 1} › `));
      else out.push([label, show(f, v)]);
    }
  };
  walk(FIELDS, req, '');
  return out;
}
