// Embedding the engine in a TypeScript program (Node.js), through the npm package
// kantonrechter-wasm (wasm/pkg). scripts/test-embed.sh type-checks it (tsc, strict) and runs it.
//
// It builds a request in code (typed: a misspelt field or value is a compile error),
// evaluates it, reads the outcome and the decisive step with its sources, runs a what-if
// search within a budget of work in a worker, and handles bad input. A simulation, not
// legal advice.
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { initSync } from 'kantonrechter-wasm';
import { evaluate, KantonrechterError, receipt, ruling, type Compact, type Report, type Request } from 'kantonrechter-wasm/typed';
import { createWorker, type WorkerLike } from 'kantonrechter-wasm/worker';

const wasm = await readFile(new URL(import.meta.resolve('kantonrechter-wasm/kantonrechter_wasm_bg.wasm')));
initSync({ module: wasm });

// 1. A request, built in code. Exact decimals (calibration overrides) are strings.
function buildRequest(humanIntervention: 'yes' | 'no' = 'no'): Request {
  const proven = { substantiation: 'established', contested: 'no' } as const;
  return {
    as_of: '2026-06-15',
    title: 'Automatic warnings for too few office days',
    employer: { name: 'Example Ltd', kind: 'private' },
    regeling: {
      title: 'Automatic warnings from badge records',
      subjects: ['k', 'l'],
      decision: 'adopt',
      scope: 'all_staff',
      elements: [{
        id: 'warnings',
        description: 'Fewer than twelve office days a month: an automatic formal warning.',
        measure: {
          technology: 'badge', personal_data: 'yes', observes: ['attendance'],
          identifiability: 'identified', frequency: 'systematic', openness: 'announced',
          place: 'office', consequences: 'warnings', retention_days: 28,
          purpose: 'attendance_enforcement',
        },
      }],
    },
    procedure: {
      consent_requested: 'yes', in_writing_with_reasons: 'yes',
      consultation_meeting_held: 'yes', or_decision: 'refused',
    },
    interests: {
      employer: [
        {
          ...proven, kind: 'attendance_policy_enforcement',
          statement: "The office policy, adopted with the works council's consent, must be kept.",
          importance: 'serious', policy_validly_adopted: 'yes', requires_decision: 'yes',
        },
        { ...proven, kind: 'equal_rules', statement: 'The same rules for everyone.' },
      ],
      works_council: [
        { ...proven, kind: 'privacy', statement: 'Attendance is recorded per person.' },
        {
          ...proven, kind: 'disciplinary_consequences', contested: 'yes',
          statement: 'A computer hands out warnings; nobody looks at illness or leave.',
        },
      ],
    },
    avg: {
      legal_basis: 'legitimate_interest', dpia: 'done',
      staff_informed_in_advance: 'yes', human_intervention: humanIntervention,
    },
    calibration: { 'abstract_weight.privacy': '1' },
  };
}

const request = buildRequest();

// 2. Evaluate: the report, typed as the engine's JSON Schema describes it.
const report: Report = evaluate(request, 'en');
console.log(`outcome: ${report.outcome}, decided at ${report.deciding_stage}`);
console.log(report.summary);
if (report.weights) {
  // Exact decimals come back as strings.
  console.log(`weights: employer ${report.weights.employer} vs works council ${report.weights.works_council}`);
}

// 3. The decisive step and its sources (official text first).
const decisive = report.trace.findLast((step) => step.effect.type === 'decides');
if (!decisive) throw new Error('no decisive step');
console.log(`decisive step ${decisive.n}: [${decisive.rule}] ${decisive.title}`);
for (const source of decisive.sources) console.log(`  - ${source.label} (${source.kind}) ${source.url ?? ''}`.trimEnd());

// 3b. As the user types: the compact ruling (rules by id; no memo, no receipt), the same
//     outcome and findings; the receipt on demand, the same as the report's.
const compact: Compact = ruling(request, 'en');
if (compact.outcome !== report.outcome || compact.trace.length !== report.trace.length) {
  throw new Error('the compact ruling differs from the report');
}
if (receipt(request).input_sha256 !== report.receipt.input_sha256) throw new Error('receipt differs');
console.log(`compact: ${compact.outcome}, ${compact.trace.length} steps, receipt ${report.receipt.input_sha256.slice(0, 12)}…`);

// 4. What if? In a worker, so a long search does not block; within a budget of work
//    (counted, not timed: the same result everywhere). In a browser: createWorker() alone.
const worker = createWorker({ worker: nodeWorker(), wasm });
try {
  const w = await worker.whatif(request, { maxChanges: 2, budget: 2_000_000 });
  console.log(`what-if for the ${w.side}: ${w.flips.length} flip(s), work ${w.work} of ${w.budget}${w.cut ? ' (cut short)' : ''}`);
  for (const flip of w.flips.slice(0, 3)) console.log(`  -> ${flip.outcome}: ${flip.changes.map((c) => c.en).join(' + ')}`);
  if (!w.flips.length || w.cut || w.work > w.budget) throw new Error('unexpected what-if');
  const cured = await worker.evaluate(buildRequest('yes'));
  console.log(`with human intervention: ${cured.outcome}`);

  // 5. Bad input: a KantonrechterError with the JSON path at fault, from a worker too.
  try {
    await worker.evaluate({ ...request, as_of: '2026-02-30' });
    throw new Error('expected a KantonrechterError');
  } catch (e) {
    if (!(e instanceof KantonrechterError)) throw e;
    console.log(`input error at ${e.path}: ${e.message}`);
  }
} finally {
  worker.terminate();
}
try {
  evaluate({ ...request, lang: 'nl' } as unknown as Request);
} catch (e) {
  if (!(e instanceof KantonrechterError) || e.path !== '$.lang') throw e;
}

if (report.outcome !== 'refused' || report.deciding_stage !== 'stage2' || !decisive.sources.length) {
  throw new Error('unexpected report');
}

/** Node's worker_threads as the Worker that createWorker expects (a browser has Worker). */
function nodeWorker(): WorkerLike {
  const main = import.meta.resolve('kantonrechter-wasm/kantonrechter_worker_main.js');
  const shim = `
    import { parentPort } from 'node:worker_threads';
    globalThis.self = globalThis;
    globalThis.postMessage = (m) => parentPort.postMessage(m);
    const queue = [];
    let handle = (data) => queue.push(data);
    parentPort.on('message', (data) => handle(data));
    await import(${JSON.stringify(main)});
    handle = (data) => self.onmessage({ data });
    queue.splice(0).forEach(handle);`;
  const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(shim)}`));
  return {
    postMessage: (m) => w.postMessage(m),
    addEventListener: (type: 'message' | 'error', f: (event: any) => void) => {
      if (type === 'message') w.on('message', (data: unknown) => f({ data }));
      else w.on('error', f);
    },
    terminate: () => void w.terminate(),
  };
}
