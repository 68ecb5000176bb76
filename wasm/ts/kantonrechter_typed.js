// Typed calls over the engine (kantonrechter_wasm.js): a request object in, the parsed report
// out, and errors as KantonrechterError. Initialise the module first (`init()` in a browser,
// `initSync({ module: bytes })` in Node.js), as for the plain API. Declarations:
// kantonrechter_typed.d.ts; the types of the request and the report: kantonrechter_types.d.ts,
// generated from the engine's JSON Schemas.
import * as engine from './kantonrechter.js';

/** An error of the engine: bad input, with the JSON path at fault (`$.as_of`) and its kind (`unknown_field`). */
export class KantonrechterError extends Error {
  constructor(message, path, kind = 'invalid') {
    super(message);
    this.name = 'KantonrechterError';
    this.path = path;
    this.kind = kind;
  }

  /** The error the engine threw (an `Error` with a `path`) as a KantonrechterError; anything else as it is. */
  static from(e) {
    if (e instanceof KantonrechterError) return e;
    if (e instanceof Error && typeof e.path === 'string') {
      return new KantonrechterError(e.message, e.path, typeof e.kind === 'string' ? e.kind : undefined);
    }
    return e;
  }
}

const text = (request) => (typeof request === 'string' ? request : JSON.stringify(request));

function call(f) {
  try {
    return f();
  } catch (e) {
    throw KantonrechterError.from(e);
  }
}

export function evaluateJson(request, lang = 'en') {
  return call(() => engine.evaluate(text(request), lang));
}

export function evaluate(request, lang = 'en') {
  return JSON.parse(evaluateJson(request, lang));
}

export function rulingJson(request, lang = 'en') {
  return call(() => engine.ruling(text(request), lang));
}

export function ruling(request, lang = 'en') {
  return JSON.parse(rulingJson(request, lang));
}

export function receipt(request) {
  return JSON.parse(call(() => engine.receipt(text(request))));
}

export function memo(request, lang = 'en', format = 'text') {
  return call(() => engine.memo(text(request), lang, format));
}

export function whatifJson(request, options = {}) {
  const { lang = 'en', maxChanges = 3, side, budget } = options;
  return call(() => engine.whatif(text(request), lang, maxChanges, side, budget));
}

export function whatif(request, options = {}) {
  return JSON.parse(whatifJson(request, options));
}

export function similar(request, top = 5) {
  return JSON.parse(call(() => engine.similar(text(request), top)));
}
