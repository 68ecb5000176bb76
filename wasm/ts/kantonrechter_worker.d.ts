// The engine in a Web Worker: see kantonrechter_worker.js.
import type {
  KantonrechterError, Lang, MemoFormat, Report, RequestInput, SimilarCase, WhatIf, WhatIfOptions,
} from './kantonrechter_typed.js';

export { KantonrechterError } from './kantonrechter_typed.js';

/** What the worker needs of a Worker: a browser's `Worker`, or an adapter (e.g. Node's worker_threads). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: any }) => void): void;
  addEventListener(type: 'error', listener: (event: any) => void): void;
  terminate(): void;
}

export interface WorkerOptions {
  /** A worker running kantonrechter_worker_main.js; by default a module Worker made here. */
  worker?: WorkerLike;
  /** The .wasm (bytes, URL or compiled module); by default fetched next to the module. */
  wasm?: BufferSource | URL | string | WebAssembly.Module;
}

/** The engine's calls, run in a worker; a promise rejects with a KantonrechterError on bad input. */
export interface KantonrechterWorker {
  /** Settles when the engine in the worker is initialised. */
  readonly ready: Promise<null>;
  evaluate(request: RequestInput, lang?: Lang): Promise<Report>;
  evaluateJson(request: RequestInput, lang?: Lang): Promise<string>;
  memo(request: RequestInput, lang?: Lang, format?: MemoFormat): Promise<string>;
  whatif(request: RequestInput, options?: WhatIfOptions): Promise<WhatIf>;
  whatifJson(request: RequestInput, options?: WhatIfOptions): Promise<string>;
  similar(request: RequestInput, top?: number): Promise<SimilarCase[]>;
  /** Stops the worker; pending calls reject. */
  terminate(): void;
}

/** Starts the engine in a Web Worker. */
export declare function createWorker(options?: WorkerOptions): KantonrechterWorker;
