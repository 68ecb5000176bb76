// The engine in a Web Worker, so a long call (a what-if search can take a second) does not
// block the page: each call returns a promise. Declarations: kantonrechter_worker.d.ts.
import { KantonrechterError } from './kantonrechter_typed.js';

export { KantonrechterError };

export function createWorker(options = {}) {
  const worker = options.worker
    ?? new Worker(new URL('./kantonrechter_worker_main.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let next = 0;
  worker.addEventListener('message', (event) => {
    const { id, result, error } = event.data;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(new KantonrechterError(error.message, error.path, error.kind));
    else p.resolve(result);
  });
  worker.addEventListener('error', (event) => {
    const e = new Error(`kantonrechter worker: ${event?.message ?? event}`);
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });
  const send = (fn, args) => new Promise((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, fn, args });
  });
  const ready = send('init', [options.wasm]);
  const call = (fn) => (...args) => ready.then(() => send(fn, args));
  return {
    ready,
    evaluate: call('evaluate'),
    evaluateJson: call('evaluateJson'),
    memo: call('memo'),
    whatif: call('whatif'),
    whatifJson: call('whatifJson'),
    similar: call('similar'),
    terminate() {
      worker.terminate();
      const e = new Error('kantonrechter worker terminated');
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    },
  };
}
