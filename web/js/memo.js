// The memo of a ruling (the engine's `memo` field), drawn as HTML: the summary that heads every
// ruling on the page, and the whole memo (summary, facts, reasoning under numbered headings,
// decision, costs, evidence checklist) for the memo view and its print. All texts of the memo
// come from the engine; only the labels are the page's own.

import { h } from './dom.js';
import { UI } from './i18n.js';

const tr = (pair, L) => (pair ? pair[L === 'en' ? 1 : 0] : '');

/** A list of texts, or nothing when there are none. */
const list = (items, attrs) => (items?.length ? h('ul', attrs || {}, items.map((t) => h('li', { text: t }))) : null);

/** A labelled paragraph: "Label: text". */
const labelled = (label, text, cls) => h('p', { class: cls }, h('strong', { text: label + ': ' }), text);

/**
 * The summary: conclusion, decisive facts, how close and what would turn it, the other
 * readings, the first things to prove. `level` is the heading's level (3 above the ruling's
 * detail, 2 in the memo).
 */
export function summary(memo, L, level = 3) {
  const s = memo.summary;
  const m = s.margin || {};
  return h('section', { class: 'msum', id: level === 3 ? 'memo-summary' : null, 'aria-labelledby': level === 3 ? 'memo-summary-h' : null },
    h('h' + level, { id: level === 3 ? 'memo-summary-h' : null, text: tr(UI.mSummary, L) }),
    h('p', { class: 'conclusion', text: s.conclusion }),
    s.decisive?.length ? [h('p', {}, h('strong', { text: tr(UI.mDecisive, L) + ':' })), list(s.decisive, { class: 'decisive' })] : null,
    labelled(tr(UI.mMargin, L), m.text || '', 'margin'),
    m.nearest?.length ? [h('p', {}, h('strong', { text: tr(UI.mNearest, L) + ':' })), list(m.nearest, { class: 'nearest' })] : null,
    labelled(tr(UI.mReadings, L), s.robustness || '', 'readings'),
    s.to_prove?.length ? [h('p', {}, h('strong', { text: tr(UI.mToProve, L) + ':' })), list(s.to_prove, { class: 'to-prove' })] : null);
}

function sources(list, L) {
  if (!list?.length) return null;
  const p = h('p', { class: 'msrcs' }, h('em', { text: tr(UI.sources, L) + ': ' }));
  list.forEach((x, i) => p.append(i ? '; ' : '', x.url
    ? h('a', { href: x.url, target: '_blank', rel: 'noopener noreferrer', text: x.label })
    : x.label));
  return p;
}

const elementLabel = (e, L) => `${tr(UI.mElement, L)} \u201c${e}\u201d: `;

/** The whole memo, as one article. */
export function memoView(memo, L) {
  const reasoning = (memo.reasoning || []).map((sec, i) => h('section', { class: 'msec' },
    h('h3', { text: `${i + 1}. ${sec.heading}` }),
    h('ol', { class: 'considerations' }, sec.considerations.map((c, j) => h('li', { class: c.decisive ? 'decisive' : null },
      h('span', { class: 'num', text: `${i + 1}.${j + 1}` }), ' ',
      c.element ? elementLabel(c.element, L) : '', c.decisive ? h('strong', { text: c.text }) : c.text))),
    sources(sec.sources, L)));
  const sideLabel = (side) => tr(side === 'employer' ? UI.mByEmployer : UI.mByOr, L);
  return h('article', { class: 'memo', 'aria-labelledby': 'memo-title' },
    h('h2', { id: 'memo-title', text: memo.title || tr(UI.memo, L) }),
    summary(memo, L, 2),
    h('section', { class: 'mfacts' }, h('h2', { text: tr(UI.mFacts, L) }), list(memo.facts)),
    h('section', { class: 'mreason' }, h('h2', { text: tr(UI.mReasoning, L) }), reasoning,
      memo.other?.length ? h('section', { class: 'msec' }, h('h3', { text: tr(UI.mOther, L) }), list(memo.other)) : null),
    h('section', { class: 'mdecision' }, h('h2', { text: tr(UI.mDecision, L) }),
      h('p', { text: tr(UI.mCourt, L) }), list(memo.decision),
      labelled(tr(UI.mCosts, L), memo.costs || '')),
    memo.evidence?.length ? h('section', { class: 'mevidence' }, h('h2', { text: tr(UI.mEvidence, L) }),
      memo.evidence.flatMap((side) => [h('h3', { text: sideLabel(side.side) }),
        h('ul', { class: 'checklist' }, side.items.map((it) => h('li', { text: it.text })))])) : null,
    h('p', { class: 'notice-r mnotice', role: 'note', text: memo.notice }),
    h('p', { class: 'mfooter', text: memo.footer }));
}
