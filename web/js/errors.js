// The engine's input errors in the page's language: the field's label (from fields.js) and
// what to do, in Dutch or English. The engine's own message and JSON path stay available
// for engineers (the page shows them in a detail).

import { FIELDS } from './fields.js';
import { h } from './dom.js';
import { UI } from './i18n.js';

const tr = (pair, L) => (pair ? pair[L === 'en' ? 1 : 0] : '');

/** The keys of a JSON path such as `$.regeling.elements[0].id` or `$.calibration["a.b"]`. */
export function pathKeys(p) {
  const out = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  let m;
  while ((m = re.exec(p || ''))) out.push(m[1] ?? (m[2] != null ? Number(m[2]) : m[3]));
  return out;
}

/** The form's label for a JSON path: "Onderdeel 1 › De maatregel › Bewaartermijn (dagen)". */
export function labelFor(p, L) {
  const keys = pathKeys(p);
  const parts = [];
  let fields = FIELDS, f = null;
  keys.forEach((k, i) => {
    if (typeof k === 'number') {
      parts.push(`${tr(f && f.item, L) || '#'} ${k + 1}`);
      return;
    }
    const next = fields && fields.find((x) => x.k === k);
    if (!next) { parts.push(k); fields = null; f = null; return; }
    f = next;
    // A list's items name themselves ("Onderdeel 1"); the list itself only when it is meant.
    if (f.t !== 'list' || typeof keys[i + 1] !== 'number') parts.push(tr(f.l, L));
    fields = f.f;
  });
  return parts.length ? parts.join(' › ') : tr(['Het verzoek', 'The request'], L);
}

// The largest value of an integer field that the engine accepts (src/validate.rs
// MAX_RETENTION_DAYS): its type error names the type's limit instead.
const INT_MAX = { retention_days: 36500 };

/** What to do, in words, for an engine message (the English text after "at PATH: "). */
function advice(msg, keys, L) {
  const last = keys[keys.length - 1];
  let m;
  const say = (nl, en) => (L === 'en' ? en : nl);
  if (/expected a whole number from 0 to \d+|a number of days from 0 to \d+/.test(msg)) {
    const max = INT_MAX[last] ?? Number((msg.match(/from 0 to (\d+)/) || [])[1]);
    return say(`vul een heel getal in van 0 tot en met ${max}.`, `enter a whole number from 0 to ${max}.`);
  }
  if (/non-empty id/.test(msg)) return say('vul een korte naam in (hoogstens 64 tekens).', 'enter a short name (at most 64 characters).');
  if ((m = msg.match(/an id unique among the elements, found (".*") twice/))) return say(`de korte naam ${m[1]} komt twee keer voor; kies een andere.`, `the short name ${m[1]} is used twice; choose another.`);
  if (/at least one element/.test(msg)) return say('voeg minstens één onderdeel toe.', 'add at least one element.');
  if (/a date that exists/.test(msg)) return say('vul een bestaande datum in (dag-maand-jaar).', 'enter a date that exists.');
  if ((m = msg.match(/no law for ([\d-]+); it knows the law from ([\d-]+) to ([\d-]+)/))) return say(`het model kent het recht van ${m[2]} tot en met ${m[3]}, niet van ${m[1]}.`, `the model knows the law from ${m[2]} to ${m[3]}, not of ${m[1]}.`);
  if ((m = msg.match(/found unknown field `([^`]*)`/))) return say(`het veld “${m[1]}” bestaat niet in een verzoek.`, `there is no field “${m[1]}” in a request.`);
  if ((m = msg.match(/the required field `([^`]*)`/))) {
    const sub = labelFor('$' + keys.map((k) => (typeof k === 'number' ? `[${k}]` : '.' + k)).join('') + '.' + m[1], L).split(' › ').pop();
    return say(`het veld “${sub}” ontbreekt.`, `the field “${sub}” is missing.`);
  }
  if ((m = msg.match(/the id of an element .*found (".*")$/))) return say(`verwijst naar onderdeel ${m[1]}, dat niet bestaat.`, `refers to element ${m[1]}, which does not exist.`);
  if (/a calibration key/.test(msg)) return say('de simulatie kent deze instelling niet.', 'the model has no such calibration key.');
  if (/a decimal number/.test(msg)) return say('vul een getal in, bijvoorbeeld 0.5.', 'enter a number, e.g. 0.5.');
  if ((m = msg.match(/a text of at most (\d+) characters/))) return say(`hoogstens ${m[1]} tekens.`, `at most ${m[1]} characters.`);
  if ((m = msg.match(/a list of at most (\d+) entries|at most (\d+) overrides/))) return say(`hoogstens ${m[1] || m[2]} items.`, `at most ${m[1] || m[2]} items.`);
  if (/expected one of/.test(msg)) return say('kies een van de mogelijke waarden.', 'choose one of the possible values.');
  if (/expected an object \(Request\)/.test(msg) || /valid JSON|complete JSON/.test(msg)) return say('dit is geen verzoek (een JSON-object met de feiten).', 'this is not a request (a JSON object with the facts).');
  return say('deze waarde kan het model niet lezen.', 'the model cannot read this value.');
}

/** {label, text} for an engine error {path, message}, in the page's language L. */
export function explain(err, L) {
  const p = err.path || '$';
  const msg = String(err.message || err).replace(/^at [^:]*: /, '');
  return { label: labelFor(p, L), text: advice(msg, pathKeys(p), L) };
}

/** Render an engine error: the field's label and what to do, in the page's language, a link
 * to the field at fault, and the engine's own message with its JSON path in a detail. */
export function renderError(verdict, body, err, L, control) {
  document.getElementById('ruling-head').replaceChildren();
  const { label, text } = explain(err, L);
  verdict.replaceChildren(h('div', { class: 'verdict out-error', role: 'alert' },
    h('p', { class: 'outcome', id: 'outcome', 'data-outcome': 'error', text: tr(UI.error, L) }),
    h('p', { class: 'errmsg', id: 'errmsg', 'data-path': err.path || '' }, h('strong', { text: label }), ': ' + text),
    h('details', { class: 'tech' }, h('summary', { text: tr(UI.technical, L) }),
      h('p', { lang: 'en' }, h('code', { id: 'errpath', text: err.path || '$' }), ' ', String(err.message || err)))));
  const kids = [];
  if (control) {
    const a = h('a', { href: '#' + control.id, text: tr(UI.goField, L) });
    a.addEventListener('click', (ev) => { ev.preventDefault(); control.focus(); });
    kids.push(h('p', {}, a));
  }
  body.replaceChildren(...kids);
}
