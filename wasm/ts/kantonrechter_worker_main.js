// The script a Web Worker runs for kantonrechter_worker.js: it initialises the engine, then
// answers each message { id, fn, args } with { id, result } or { id, error: { message, path, kind } }.
import init from './kantonrechter_wasm.js';
import * as typed from './kantonrechter_typed.js';

const FUNCTIONS = {
  evaluate: typed.evaluate,
  evaluateJson: typed.evaluateJson,
  memo: typed.memo,
  whatif: typed.whatif,
  whatifJson: typed.whatifJson,
  similar: typed.similar,
};
let ready;

self.onmessage = async ({ data }) => {
  const { id, fn, args = [] } = data;
  try {
    if (fn === 'init') {
      // args[0]: the .wasm (bytes, URL or WebAssembly.Module); by default fetched next to the module.
      ready ??= init(args[0] === undefined ? undefined : { module_or_path: args[0] });
      await ready;
      self.postMessage({ id, result: null });
      return;
    }
    await (ready ??= init());
    const f = Object.hasOwn(FUNCTIONS, fn) ? FUNCTIONS[fn] : undefined;
    if (!f) throw new typed.KantonrechterError(`at fn: no function ${JSON.stringify(fn)}`, 'fn');
    self.postMessage({ id, result: f(...args) });
  } catch (e) {
    const path = typeof e?.path === 'string' ? e.path : '$';
    const kind = typeof e?.kind === 'string' ? e.kind : 'invalid';
    self.postMessage({ id, error: { message: String(e?.message ?? e), path, kind } });
  }
};
