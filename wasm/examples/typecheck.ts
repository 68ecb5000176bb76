// Compile-time checks of the package's types (scripts/test-embed.sh: tsc --noEmit, strict).
// Each @ts-expect-error line must be an error: if a type loosens, tsc fails here.
import type { Report, Request } from 'kantonrechter-wasm/types';
import { KantonrechterError, type WhatIf } from 'kantonrechter-wasm/typed';
import type { KantonrechterWorker } from 'kantonrechter-wasm/worker';

export function checks(report: Report, w: WhatIf, worker: KantonrechterWorker): void {
  // Exact decimals in the report are strings.
  const weight: string | undefined = report.weights?.employer;
  // @ts-expect-error: not a number
  const wrong: number | undefined = report.weights?.employer;
  // A request accepts decimals as strings or integers, and no unknown field.
  const ok: Request = { as_of: '2026-06-15', regeling: { title: 't', elements: [] }, calibration: { a: '0.5', b: 1 } };
  // @ts-expect-error: an unknown field
  const extra: Request = { as_of: '2026-06-15', regeling: { title: 't', elements: [] }, nonsense: 1 };
  // @ts-expect-error: an outcome that does not exist
  const outcome: Report['outcome'] = 'maybe';
  const e = new KantonrechterError('at $.as_of: bad', '$.as_of');
  const path: string = e.path;
  const budget: number = w.budget;
  const p: Promise<Report> = worker.evaluate(ok, 'nl');
  // @ts-expect-error: a language the engine does not speak
  void worker.evaluate(ok, 'de');
  void [weight, wrong, extra, outcome, path, budget, p];
}
