/**
 * Plain Terraform values, as the built-in functions see them (SPEC §1
 * "Resolving values"): null, booleans, numbers, strings, lists (tuples and
 * sets are lists; a set remembers that it is one, for `for_each`), objects
 * (maps and objects alike), and unknown — a value that cannot be known
 * statically, which may also sit inside a known collection
 * (`merge({a = 1}, {b = aws_db_instance.x.id})` knows `a`).
 *
 * Objects are Maps, so no key ("__proto__", "constructor") is special.
 */

import { work } from '../../model/work.js';

export type HclValue = null | boolean | number | string | HclList | HclObject | HclUnknown;

export interface HclList {
  kind: 'list';
  items: HclValue[];
  /** Made by toset(): unique elements, in Terraform's set order. */
  set?: true;
}

export interface HclObject {
  kind: 'object';
  entries: Map<string, HclValue>;
}

export interface HclUnknown {
  kind: 'unknown';
  /** Why, for messages: "aws_db_instance.primary.id is known only after apply". */
  reason: string;
}

/** A function's outcome: a value (possibly unknown), or the error Terraform would report (which `try` and `can` catch). */
export type Computed = { ok: true; value: HclValue } | { ok: false; error: string };

/** Bound on the elements of a collection a function builds (concat, flatten, split, for expressions...). */
export const MAX_ITEMS = 10_000;
/** Bound on the length of a string a function builds. */
export const MAX_STRING = 10_000;

export function list(items: HclValue[]): HclList {
  return { kind: 'list', items };
}

export function object(entries: Iterable<[string, HclValue]>): HclObject {
  return { kind: 'object', entries: new Map(entries) };
}

export function unknownValue(reason: string): HclUnknown {
  return { kind: 'unknown', reason };
}

export function ok(value: HclValue): Computed {
  return { ok: true, value };
}

export function fail(error: string): Computed {
  return { ok: false, error };
}

export function isList(v: HclValue): v is HclList {
  return typeof v === 'object' && v !== null && v.kind === 'list';
}

export function isObject(v: HclValue): v is HclObject {
  return typeof v === 'object' && v !== null && v.kind === 'object';
}

export function isUnknown(v: HclValue): v is HclUnknown {
  return typeof v === 'object' && v !== null && v.kind === 'unknown';
}

/** The first unknown inside `v` (depth-first), when there is one: a value is wholly known when this is undefined. */
export function firstUnknown(v: HclValue): HclUnknown | undefined {
  const stack: HclValue[] = [v];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (isUnknown(x)) return x;
    if (isList(x)) stack.push(...x.items);
    else if (isObject(x)) stack.push(...x.entries.values());
  }
  return undefined;
}

/** Terraform's type name of a value, for messages. */
export function typeName(v: HclValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (v.kind === 'list') return v.set ? 'set' : 'list';
  if (v.kind === 'object') return 'object';
  return 'unknown';
}

/** Object keys in Terraform's iteration order (lexical). */
export function sortedKeys(o: HclObject): string[] {
  return [...o.entries.keys()].sort(compareStrings);
}

/** Lexical order of strings by Unicode code points (as Terraform orders map keys). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** A number as Terraform writes it in a string: 1, 1.5, -0.25, 100000000000000000000000 (no exponent). */
export function numberToString(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([-+]\d+)$/.exec(s);
  if (!m) return s;
  // Expand the exponent form JavaScript uses for very large and very small numbers.
  const [, sign, whole, fraction = '', exponent] = m as unknown as [string, string, string, string | undefined, string];
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Converts to a string as Terraform does where a string is expected:
 * strings as they are, numbers and booleans written out; null, lists and
 * objects are errors (unknown stays unknown).
 */
export function toStringValue(v: HclValue, what: string): { ok: true; value: string } | { ok: false; result: Computed } {
  if (typeof v === 'string') return { ok: true, value: v };
  if (typeof v === 'number') return { ok: true, value: numberToString(v) };
  if (typeof v === 'boolean') return { ok: true, value: String(v) };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${what} must be a string, not ${typeName(v)}`) };
}

/** Converts to a number as Terraform does: numbers, and strings that spell a decimal number. */
export function toNumberValue(v: HclValue, what: string): { ok: true; value: number } | { ok: false; result: Computed } {
  if (typeof v === 'number') return { ok: true, value: v };
  if (typeof v === 'string' && /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v)) return { ok: true, value: Number(v) };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${what} must be a number, not ${typeName(v) === 'string' ? JSON.stringify(v) : typeName(v)}`) };
}

/** Converts to a boolean as Terraform does: booleans, and the strings "true" and "false". */
export function toBoolValue(v: HclValue, what: string): { ok: true; value: boolean } | { ok: false; result: Computed } {
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (v === 'true' || v === 'false') return { ok: true, value: v === 'true' };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${what} must be a bool, not ${typeName(v) === 'string' ? JSON.stringify(v) : typeName(v)}`) };
}

/**
 * Terraform equality (`==`, contains, set membership): same type and value,
 * collections element by element; a number and a string are different
 * values. Unknown when an unknown decides it.
 */
export function equalValues(a: HclValue, b: HclValue): boolean | HclUnknown {
  work.collectionItems++;
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a.kind === 'list' && b.kind === 'list') {
    if (a.items.length !== b.items.length) return false;
    let pending: HclUnknown | undefined;
    for (let i = 0; i < a.items.length; i++) {
      const e = equalValues(a.items[i]!, b.items[i]!);
      if (e === false) return false;
      if (e !== true) pending ??= e;
    }
    return pending ?? true;
  }
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.entries.size !== b.entries.size) return false;
    let pending: HclUnknown | undefined;
    for (const [k, x] of a.entries) {
      if (!b.entries.has(k)) return false;
      const e = equalValues(x, b.entries.get(k)!);
      if (e === false) return false;
      if (e !== true) pending ??= e;
    }
    return pending ?? true;
  }
  return false;
}

/** JSON text of a value (jsonencode, format's %#v); undefined when some part is unknown. */
export function toJson(v: HclValue): string | undefined {
  if (firstUnknown(v)) return undefined;
  return JSON.stringify(toPlainValue(v));
}

/** A wholly known value as plain JSON data (objects with sorted keys). */
export function toPlainValue(v: HclValue): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v.kind === 'list') return v.items.map(toPlainValue);
  if (v.kind === 'object') {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of sortedKeys(v)) out[k] = toPlainValue(v.entries.get(k)!);
    return out;
  }
  return undefined;
}

/** Plain JSON data (tests, plan values) as a value. */
export function fromPlainValue(x: unknown): HclValue {
  if (x === null || x === undefined) return null;
  if (typeof x === 'boolean' || typeof x === 'number' || typeof x === 'string') return x;
  if (Array.isArray(x)) return list(x.map(fromPlainValue));
  if (typeof x === 'object') return object(Object.entries(x as Record<string, unknown>).map(([k, v]) => [k, fromPlainValue(v)]));
  return null;
}

/** A short, bounded rendering for messages: "true", "\"mysql\"", "a list of 3", "an object". */
export function describeValue(v: HclValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v !== 'object') return String(v);
  if (v.kind === 'list') return `a ${v.set ? 'set' : 'list'} of ${v.items.length}`;
  if (v.kind === 'object') return 'an object';
  return 'an unknown value';
}
