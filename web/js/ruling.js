// The ruling: outcome and ground, the balance, the parts, the trace with its sources, the
// parallel tracks, the law applied and the receipt. All texts of the steps come from the engine.

import { h } from './dom.js';
import { UI, OUTCOMES, GROUNDS, STAGES, STATUS } from './i18n.js';

const tr = (pair, L) => (pair ? pair[L === 'en' ? 1 : 0] : '');
const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v);
  }
  for (const c of kids) if (c) el.append(c);
  return el;
}

/** A source link (or its label, if it has no address). */
export function sourceLink(src) {
  return src.url
    ? h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer', class: 'cite', text: src.label })
    : h('span', { class: 'cite', text: src.label });
}

/**
 * The balance: a beam that tips to the heavier side, with a bar per side underneath.
 * Weights are the engine's exact decimals (strings); the drawing only uses them for its angle.
 */
export function balance(weights, L, caption) {
  const e = Number(weights.employer), w = Number(weights.works_council);
  const total = e + w || 1;
  const tilt = Math.max(-14, Math.min(14, ((w - e) / total) * 14));
  const title = `${tr(UI.employerSide, L)} ${weights.employer} — ${tr(UI.orSide, L)} ${weights.works_council}`;
  const svg = s('svg', { viewBox: '0 0 320 170', class: 'scale', role: 'img', 'aria-label': title },
    s('title', { text: title }),
    s('path', { d: 'M160 40 L145 150 L175 150 Z', class: 'post' }),
    s('rect', { x: 110, y: 150, width: 100, height: 8, rx: 2, class: 'post' }));
  const beam = s('g', { transform: `rotate(${tilt.toFixed(2)} 160 40)` },
    s('rect', { x: 30, y: 36, width: 260, height: 8, rx: 4, class: 'beam' }),
    s('circle', { cx: 160, cy: 40, r: 7, class: 'post' }));
  const pan = (x, cls, label, value) => s('g', { class: cls },
    s('line', { x1: x, y1: 44, x2: x - 28, y2: 92 }), s('line', { x1: x, y1: 44, x2: x + 28, y2: 92 }),
    s('path', { d: `M${x - 34} 92 Q${x} 118 ${x + 34} 92 Z` }),
    s('text', { x, y: 84, 'text-anchor': 'middle', class: 'num', text: value }),
    s('text', { x, y: 126, 'text-anchor': 'middle', class: 'lbl', text: label }));
  // The pans hang from the beam's ends: move them with the tilt, but keep them upright.
  const dy = Math.sin((tilt * Math.PI) / 180) * 110;
  const left = pan(50, 'pan emp', tr(UI.employerSide, L), weights.employer);
  left.setAttribute('transform', `translate(0 ${(-dy).toFixed(1)})`);
  const right = pan(270, 'pan or', tr(UI.orSide, L), weights.works_council);
  right.setAttribute('transform', `translate(0 ${dy.toFixed(1)})`);
  svg.append(beam, left, right);
  const max = Math.max(e, w, 0.0001);
  const bar = (cls, label, value, n) => {
    const fill = h('span', { class: 'fill ' + cls });
    fill.style.width = `${Math.max(0, (n / max) * 100).toFixed(1)}%`;
    return h('div', { class: 'bar' }, h('span', { class: 'bl', text: label }), h('span', { class: 'track' }, fill), h('span', { class: 'bv', text: value }));
  };
  return h('figure', { class: 'balance' }, svg,
    h('div', { class: 'bars' }, bar('emp', tr(UI.employerSide, L), weights.employer, e), bar('or', tr(UI.orSide, L), weights.works_council, w)),
    h('figcaption', { text: caption || tr(UI.balanceH, L) }));
}

function step(st, L) {
  const li = h('li', { class: `step eff-${st.effect?.type || 'x'}${st.effect?.side ? ' side-' + st.effect.side : ''}` });
  li.append(h('p', { class: 'st-h' },
    h('span', { class: 'n', text: st.n + '.' }), ' ',
    h('strong', { text: st.title }), ' ',
    h('span', { class: 'rule', text: st.rule }), ' ',
    h('span', { class: 'status st-' + st.status, text: tr(STATUS[st.status], L) || st.status }),
    st.element ? h('span', { class: 'el', text: ' · ' + tr(UI.element, L) + ' ' + st.element }) : null));
  li.append(h('p', { class: 'finding', text: st.finding }));
  if (st.effect_text) li.append(h('p', { class: 'effect', text: '→ ' + st.effect_text }));
  if (st.sources?.length) {
    const p = h('p', { class: 'srcs' }, h('span', { class: 'src', text: tr(UI.sources, L) + ': ' }));
    st.sources.forEach((x, i) => p.append(i ? ' · ' : '', sourceLink(x)));
    li.append(p);
  }
  return li;
}

/** Render the verdict (outcome, summary, balance, parts) and the body (trace and the rest). */
export function renderRuling(verdict, body, r, L) {
  verdict.replaceChildren(h('div', { class: 'verdict out-' + r.outcome },
    h('p', { class: 'outcome', id: 'outcome', 'data-outcome': r.outcome, text: tr(OUTCOMES[r.outcome], L) || r.outcome }),
    r.ground ? h('p', { class: 'ground', id: 'ground', 'data-ground': r.ground }, tr(UI.ground, L) + ': ' + (tr(GROUNDS[r.ground], L) || r.ground)) : null,
    h('p', { class: 'stage', text: tr(UI.stage, L) + ': ' + (tr(STAGES[r.deciding_stage], L) || r.deciding_stage) })));
  const head = [h('p', { class: 'summary', text: r.summary })];
  if (r.weights) head.push(balance(r.weights, L));
  else if (!r.parts?.some((p) => p.weights)) head.push(h('p', { class: 'help', text: tr(UI.notWeighed, L) }));
  if (r.parts?.length > 1) {
    head.push(h('h3', { text: tr(UI.partsH, L) }));
    for (const p of r.parts) {
      const label = `${p.elements.join(', ')}: ${tr(OUTCOMES[p.outcome], L) || p.outcome}${p.ground ? ' (' + tr(GROUNDS[p.ground], L) + ')' : ''}`;
      head.push(h('div', { class: 'part out-' + p.outcome },
        p.weights ? balance(p.weights, L, label) : h('p', { text: label })));
    }
  }
  document.getElementById('ruling-head').replaceChildren(...head);
  const kids = [];
  kids.push(h('h3', { text: tr(UI.traceH, L) }), h('ol', { class: 'trace', id: 'trace' }, r.trace.map((x) => step(x, L))));
  if (r.flags?.length) kids.push(h('h3', { text: tr(UI.flagsH, L) }), h('ol', { class: 'trace flags' }, r.flags.map((x) => step(x, L))));
  if (r.warnings?.length) kids.push(h('h3', { text: tr(UI.warningsH, L) }), h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', { text: typeof w === 'string' ? w : w.text || w.message || JSON.stringify(w) }))));
  if (r.overrides?.length) kids.push(h('h3', { text: tr(UI.overridesH, L) }), h('ul', {}, r.overrides.map((o) => h('li', {}, h('code', { text: o.key }), ` = ${o.value ?? ''} (${tr(UI.calDefault, L)} ${o.default})`))));
  if (r.law) {
    const law = r.law;
    kids.push(h('p', { class: 'law' }, tr(UI.lawH, L) + ': ', `${law.as_of} · ${String(law.data_protection).toUpperCase()} · ${law.readings?.stage2 || ''} · ${law.readings?.ai_act || ''} · law_version ${law.law_version}`));
  }
  kids.push(h('p', { class: 'notice-r', role: 'note', text: r.notice }));
  if (r.receipt) kids.push(h('p', { class: 'receipt' }, tr(UI.receipt, L) + ': ', h('code', { text: `${r.receipt.engine} · ${r.receipt.law_version} · sha256 ${r.receipt.input_sha256}` })));
  body.replaceChildren(...kids);
}
