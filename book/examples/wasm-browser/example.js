// The complete browser example of the book's chapter "WebAssembly and JavaScript".
import init, { evaluate, examples } from './pkg/kantonrechter_wasm.js';

await init(); // fetches and compiles pkg/kantonrechter_wasm_bg.wasm
const first = JSON.parse(examples())[0]; // a shipped scenario to start from
const box = document.getElementById('request');
box.value = JSON.stringify(first.request, null, 2);

function run() {
  const summary = document.getElementById('summary');
  const trace = document.getElementById('trace');
  trace.replaceChildren();
  let report;
  try {
    report = JSON.parse(evaluate(box.value, 'en'));
  } catch (err) {
    // Bad input throws an Error whose `path` names the JSON path at fault.
    summary.textContent = `Invalid request at ${err.path ?? '$'}: ${err.message}`;
    return;
  }
  const w = report.weights;
  summary.textContent = report.summary +
    (w ? ` Weight: employer ${w.employer}, works council ${w.works_council}.` : '');
  for (const step of report.trace) {
    const li = document.createElement('li');
    const source = step.sources.find((s) => s.url) ?? step.sources[0];
    const a = document.createElement('a');
    a.href = source.url ?? '#';
    a.rel = 'noreferrer';
    a.textContent = source.label;
    li.append(`[${step.rule}] ${step.finding} → ${step.effect_text} (`, a, ')');
    trace.append(li);
  }
  document.getElementById('notice').textContent = report.notice;
}

document.getElementById('run').addEventListener('click', run);
document.getElementById('run').disabled = false;
run();
