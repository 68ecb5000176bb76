// Typed calls over the engine: see kantonrechter_typed.js.
import type { Compact, Ground, Outcome, Receipt, Report, Request, Side } from './kantonrechter_types.js';

export type * from './kantonrechter_types.js';

/** The language of the texts. */
export type Lang = 'nl' | 'en';
/** Plain text or Markdown. */
export type MemoFormat = 'text' | 'md';
/** A request: the object (see `Request`) or its JSON text. */
export type RequestInput = Request | string;

/** The kind of an error of the engine (`kantonrechter::ErrorKind::code`); new kinds may be added. */
export type ErrorKind =
  | 'syntax' | 'type' | 'unknown_field' | 'duplicate_field' | 'missing' | 'unknown_code'
  | 'limit' | 'unknown_calibration_key' | 'format_version' | 'invalid' | 'no_law_for_date'
  | (string & {});

/** An error of the engine: bad input, with the JSON path at fault. */
export declare class KantonrechterError extends Error {
  constructor(message: string, path: string, kind?: ErrorKind);
  readonly name: 'KantonrechterError';
  /** Where: a JSON path into the request (`$.as_of`, `$` for the whole) or an argument's name (`lang`, `format`, `side`, `maxChanges`). */
  readonly path: string;
  /** What went wrong, starting with the path (`at $.as_of: expected …`). */
  readonly message: string;
  /** What kind of error it is (the engine's `ErrorKind::code`); `invalid` for an argument out of its range. New kinds may be added. */
  readonly kind: ErrorKind;
  /** The error the engine threw (an `Error` with a `path`) as a KantonrechterError; anything else as it is. */
  static from(e: unknown): unknown;
}

/** A change one side can make (a lever of the what-if search). */
export interface WhatIfChange {
  id: string;
  kind: string;
  helps: Side;
  made_by: Side;
  /** The rule the change answers. */
  rule: string;
  cost: number;
  element: string | null;
  requires: string[];
  evidence: string[];
  /** The change in words, Dutch and English. */
  nl: string;
  en: string;
}

/** A set of changes that turns the outcome. */
export interface WhatIfFlip {
  changes: WhatIfChange[];
  cost: number;
  outcome: Outcome;
  ground: Ground | null;
  /** The whole request with the changes made. */
  request: Request;
}

/** What a side could change, as `kantonrechter whatif --json` prints it. */
export interface WhatIf {
  notice: string;
  outcome: Outcome;
  ground: Ground | null;
  side: Side;
  max_changes: number;
  levers: WhatIfChange[];
  flips: WhatIfFlip[];
  concessions: WhatIfFlip[];
  /** The most work allowed, and the work spent, in units (counted, not timed). */
  budget: number;
  work: number;
  evaluations: number;
  /** Whether the search ran out of budget before it was done. */
  cut: boolean;
}

export interface WhatIfOptions {
  lang?: Lang;
  /** The most changes to combine, 0 to 4 (default 3). */
  maxChanges?: number;
  /** Whose changes: by default the side that lost. */
  side?: 'employer' | 'works_council';
  /** The most work, in units (default: the CLI's, about a second natively). */
  budget?: number;
}

/** A decided case close to the request, as `kantonrechter similar --json` prints it. */
export interface SimilarCase {
  case: { id: string; name: string; date: string; outcome: Outcome; url: string | null; deliberate_difference: boolean };
  file: string;
  /** From "0" to "1": an exact decimal, as a string. */
  distance: string;
  relation: 'supports_a_fortiori' | 'contradicts_a_fortiori' | 'distinguishable' | null;
  differences: { feature: string; only_here: string[]; only_there: string[] }[];
}

/** The report of the ruling (`kantonrechter evaluate --json`), parsed. Throws KantonrechterError. */
export declare function evaluate(request: RequestInput, lang?: Lang): Report;
/** The report as the JSON text the CLI prints, byte for byte. Throws KantonrechterError. */
export declare function evaluateJson(request: RequestInput, lang?: Lang): string;
/** The ruling in compact form (`kantonrechter evaluate --format compact`), parsed: each step's
 * rule by id (titles and sources in `rules()`), no memo, no receipt; the call for ruling as the
 * user types. Throws KantonrechterError. */
export declare function ruling(request: RequestInput, lang?: Lang): Compact;
/** The compact ruling as the one line of JSON the CLI prints, byte for byte. Throws KantonrechterError. */
export declare function rulingJson(request: RequestInput, lang?: Lang): string;
/** The receipt of the request's ruling (as in the report), on demand. Throws KantonrechterError. */
export declare function receipt(request: RequestInput): Receipt;
/** The memo as plain text or Markdown. Throws KantonrechterError. */
export declare function memo(request: RequestInput, lang?: Lang, format?: MemoFormat): string;
/** What a side could change to turn the outcome, within a budget of work. Throws KantonrechterError. */
export declare function whatif(request: RequestInput, options?: WhatIfOptions): WhatIf;
/** As `whatif`, as the JSON text the CLI prints. */
export declare function whatifJson(request: RequestInput, options?: WhatIfOptions): string;
/** The `top` decided cases closest to the request, nearest first. Throws KantonrechterError. */
export declare function similar(request: RequestInput, top?: number): SimilarCase[];
