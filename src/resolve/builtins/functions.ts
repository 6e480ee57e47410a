/**
 * Terraform's pure built-in functions that configurations use on the values
 * iac-lint resolves (SPEC §1 "Resolving values"), over plain values
 * (value.ts), with Terraform's semantics: `element` wraps around,
 * `merge` lets the right-most argument win, `lookup` falls back to its
 * default, `replace` takes a `/regex/`, `format` knows Terraform's verbs.
 *
 * A call gives a value (unknown when an argument it needs is unknown) or
 * the error Terraform would report: errors are results, never throws, so
 * that `try` and `can` — special forms of the evaluator, which evaluates
 * their arguments itself — can catch them. Work is bounded: collections
 * and strings a function builds are capped (MAX_ITEMS, MAX_STRING); a
 * larger result is unknown, not an error, as Terraform would not fail.
 *
 * The split with ../terraform-functions.ts: here are the function bodies —
 * plain values in, a value or an error out, no possible values, provenance,
 * AST or modules (builtins/ imports nothing outside itself but the work
 * counts of model/work.ts). The evaluator's
 * dispatch table in ../terraform-functions.ts calls a body once per
 * combination of its arguments' possible values, adds provenance, and
 * chooses which of these functions the evaluator uses (its NAMES); a body
 * not named there is never called.
 */
import { translateRegex, expandReplacement, MAX_REGEX_SUBJECT } from './regex.js';
import {
  compareStrings,
  equalValues,
  fail,
  firstUnknown,
  isList,
  isObject,
  isUnknown,
  list,
  MAX_ITEMS,
  MAX_STRING,
  numberToString,
  object,
  ok,
  sortedKeys,
  toBoolValue,
  toJson,
  toNumberValue,
  toStringValue,
  typeName,
  unknownValue,
  type Computed,
  type HclList,
  type HclObject,
  type HclUnknown,
  type HclValue,
} from './value.js';

/** Calls the evaluator makes itself: their arguments are caught, not evaluated first. */
export const SPECIAL_FORMS: ReadonlySet<string> = new Set(['try', 'can']);

interface FunctionDef {
  min: number;
  /** Undefined: variadic. */
  max?: number;
  /** The function looks at unknown arguments itself (otherwise an unknown argument makes the result unknown). */
  seesUnknown?: true;
  call(args: HclValue[]): Computed;
}

/** Whether iac-lint evaluates a function of this name (special forms included). */
export function isKnownFunction(name: string): boolean {
  return SPECIAL_FORMS.has(name) || Object.hasOwn(FUNCTIONS, name);
}

/**
 * Calls built-in `name` with evaluated arguments; undefined when iac-lint
 * does not evaluate that function (the caller says so: the value is unknown).
 */
export function callFunction(name: string, args: HclValue[]): Computed | undefined {
  if (!Object.hasOwn(FUNCTIONS, name)) return undefined;
  const def = FUNCTIONS[name]!;
  if (args.length < def.min || (def.max !== undefined && args.length > def.max)) {
    const expected = def.max === undefined ? `at least ${def.min}` : def.min === def.max ? String(def.min) : `${def.min} to ${def.max}`;
    return fail(`${name}() takes ${expected} argument${def.max === 1 ? '' : 's'}, not ${args.length}`);
  }
  if (!def.seesUnknown) {
    const unknown = args.find(isUnknown);
    if (unknown) return ok(unknown);
  }
  return def.call(args);
}

type Check<T> = { ok: true; value: T } | { ok: false; result: Computed };

function str(v: HclValue, fn: string, n: number): Check<string> {
  if (v === null) return { ok: false, result: fail(`${fn}(): argument ${n} must not be null`) };
  return toStringValue(v, `${fn}(): argument ${n}`);
}

function listArg(v: HclValue, fn: string, n: number): Check<HclList> {
  if (isList(v)) return { ok: true, value: v };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${fn}(): argument ${n} must be a list, not ${typeName(v)}`) };
}

function objectArg(v: HclValue, fn: string, n: number): Check<HclObject> {
  if (isObject(v)) return { ok: true, value: v };
  if (isUnknown(v)) return { ok: false, result: ok(v) };
  return { ok: false, result: fail(`${fn}(): argument ${n} must be a map or object, not ${typeName(v)}`) };
}

function tooMany(what: string): Computed {
  return ok(unknownValue(`${what} has more than ${MAX_ITEMS} elements`));
}

function tooLong(what: string): Computed {
  return ok(unknownValue(`${what} is longer than ${MAX_STRING} characters`));
}

function stringResult(s: string, what: string): Computed {
  return s.length > MAX_STRING ? tooLong(what) : ok(s);
}

/** User-perceived characters (Terraform counts grapheme clusters). */
function characters(s: string): string[] {
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : undefined;
  return segmenter ? [...segmenter.segment(s)].map((x) => x.segment) : [...s];
}

/** Strings, numbers and booleans mixed in one collection become strings (Terraform's type unification). */
function unifyPrimitives(items: HclValue[]): HclValue[] {
  const kinds = new Set(items.filter((x) => x !== null).map(typeName));
  if (kinds.size < 2 || !kinds.has('string') || [...kinds].some((k) => k !== 'string' && k !== 'number' && k !== 'bool')) return items;
  return items.map((x) => (typeof x === 'number' ? numberToString(x) : typeof x === 'boolean' ? String(x) : x));
}

const FUNCTIONS: Record<string, FunctionDef> = {
  coalesce: {
    min: 1,
    seesUnknown: true,
    call(args) {
      for (const a of args) {
        if (isUnknown(a)) return ok(a);
        if (a === null || a === '') continue;
        const unified = unifyPrimitives(args.filter((x) => !isUnknown(x)));
        return ok(unified[args.filter((x) => !isUnknown(x)).indexOf(a)] ?? a);
      }
      return fail('coalesce(): no non-null, non-empty-string arguments');
    },
  },
  coalescelist: {
    min: 1,
    call(args) {
      for (let i = 0; i < args.length; i++) {
        if (args[i] === null) continue;
        const l = listArg(args[i]!, 'coalescelist', i + 1);
        if (!l.ok) return l.result;
        if (l.value.items.length > 0) return ok(l.value);
      }
      return fail('coalescelist(): no non-null, non-empty arguments');
    },
  },
  lookup: {
    min: 2,
    max: 3,
    seesUnknown: true,
    call([m, key, fallback]) {
      if (isUnknown(m!)) return ok(m!);
      if (isUnknown(key!)) return ok(key!);
      const o = objectArg(m!, 'lookup', 1);
      if (!o.ok) return o.result;
      const k = str(key!, 'lookup', 2);
      if (!k.ok) return k.result;
      if (o.value.entries.has(k.value)) return ok(o.value.entries.get(k.value)!);
      if (fallback !== undefined) return ok(fallback);
      return fail(`lookup(): the map has no key ${JSON.stringify(k.value)}`);
    },
  },
  element: {
    min: 2,
    max: 2,
    call([l, index]) {
      const items = listArg(l!, 'element', 1);
      if (!items.ok) return items.result;
      const n = toNumberValue(index!, 'element(): argument 2');
      if (!n.ok) return n.result;
      if (!Number.isInteger(n.value)) return fail(`element(): the index ${numberToString(n.value)} is not a whole number`);
      const len = items.value.items.length;
      if (len === 0) return fail('element(): cannot use element() on an empty list');
      return ok(items.value.items[((n.value % len) + len) % len]!);
    },
  },
  merge: {
    min: 0,
    call(args) {
      const out = new Map<string, HclValue>();
      for (let i = 0; i < args.length; i++) {
        if (args[i] === null) continue;
        const o = objectArg(args[i]!, 'merge', i + 1);
        if (!o.ok) return o.result;
        for (const [k, v] of o.value.entries) out.set(k, v);
        if (out.size > MAX_ITEMS) return tooMany('the merged object');
      }
      return ok(object(out));
    },
  },
  concat: {
    min: 1,
    call(args) {
      const items: HclValue[] = [];
      for (let i = 0; i < args.length; i++) {
        const l = listArg(args[i]!, 'concat', i + 1);
        if (!l.ok) return l.result;
        if (items.length + l.value.items.length > MAX_ITEMS) return tooMany('the concatenated list');
        items.push(...l.value.items);
      }
      return ok(list(items));
    },
  },
  contains: {
    min: 2,
    max: 2,
    call([l, value]) {
      const items = listArg(l!, 'contains', 1);
      if (!items.ok) return items.result;
      let pending: HclUnknown | undefined;
      for (const item of items.value.items) {
        const eq = equalValues(item, value!);
        if (eq === true) return ok(true);
        if (eq !== false) pending ??= eq;
      }
      return ok(pending ?? false);
    },
  },
  length: {
    min: 1,
    max: 1,
    call([v]) {
      if (typeof v === 'string') return ok(characters(v).length);
      if (isList(v!)) return ok(v.items.length);
      if (isObject(v!)) return ok(v.entries.size);
      return fail(`length(): argument must be a string, list or map, not ${typeName(v!)}`);
    },
  },
  keys: {
    min: 1,
    max: 1,
    call([m]) {
      const o = objectArg(m!, 'keys', 1);
      if (!o.ok) return o.result;
      return ok(list(sortedKeys(o.value)));
    },
  },
  values: {
    min: 1,
    max: 1,
    call([m]) {
      const o = objectArg(m!, 'values', 1);
      if (!o.ok) return o.result;
      return ok(list(sortedKeys(o.value).map((k) => o.value.entries.get(k)!)));
    },
  },
  one: {
    min: 1,
    max: 1,
    call([l]) {
      const items = listArg(l!, 'one', 1);
      if (!items.ok) return items.result;
      if (items.value.items.length > 1) return fail(`one(): must be a list of no more than one element, not ${items.value.items.length}`);
      return ok(items.value.items[0] ?? null);
    },
  },
  flatten: {
    min: 1,
    max: 1,
    call([l]) {
      const top = listArg(l!, 'flatten', 1);
      if (!top.ok) return top.result;
      const out: HclValue[] = [];
      // Depth-first with an explicit stack: nesting depth costs no recursion.
      const stack: Array<{ items: HclValue[]; i: number }> = [{ items: top.value.items, i: 0 }];
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        if (frame.i >= frame.items.length) {
          stack.pop();
          continue;
        }
        const item = frame.items[frame.i++]!;
        if (isUnknown(item)) return ok(unknownValue(`flatten(): an element is unknown (${item.reason})`));
        if (isList(item)) stack.push({ items: item.items, i: 0 });
        else if (out.push(item) > MAX_ITEMS) return tooMany('the flattened list');
      }
      return ok(list(out));
    },
  },
  compact: {
    min: 1,
    max: 1,
    call([l]) {
      const items = listArg(l!, 'compact', 1);
      if (!items.ok) return items.result;
      const out: HclValue[] = [];
      for (const item of items.value.items) {
        if (item === null) continue;
        const s = toStringValue(item, 'compact(): an element');
        if (!s.ok) return s.result;
        if (s.value !== '') out.push(s.value);
      }
      return ok(list(out));
    },
  },
  tobool: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const b = toBoolValue(v!, 'tobool(): the value');
      return b.ok ? ok(b.value) : b.result;
    },
  },
  tostring: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const s = toStringValue(v!, 'tostring(): the value');
      return s.ok ? ok(s.value) : s.result;
    },
  },
  tonumber: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const n = toNumberValue(v!, 'tonumber(): the value');
      return n.ok ? ok(n.value) : n.result;
    },
  },
  tolist: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const l = listArg(v!, 'tolist', 1);
      return l.ok ? ok(list(unifyPrimitives(l.value.items))) : l.result;
    },
  },
  toset: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const l = listArg(v!, 'toset', 1);
      if (!l.ok) return l.result;
      return ok(toSet(unifyPrimitives(l.value.items)));
    },
  },
  tomap: {
    min: 1,
    max: 1,
    call([v]) {
      if (v === null) return ok(null);
      const o = objectArg(v!, 'tomap', 1);
      if (!o.ok) return o.result;
      const keys = [...o.value.entries.keys()];
      const unified = unifyPrimitives([...o.value.entries.values()]);
      return ok(object(keys.map((k, i) => [k, unified[i]!])));
    },
  },
  lower: stringFunction('lower', (s) => s.toLowerCase()),
  upper: stringFunction('upper', (s) => s.toUpperCase()),
  trimspace: stringFunction('trimspace', (s) => s.trim()),
  startswith: stringTest('startswith', (s, prefix) => s.startsWith(prefix)),
  endswith: stringTest('endswith', (s, suffix) => s.endsWith(suffix)),
  join: {
    min: 2,
    call([sep, ...lists]) {
      const s = str(sep!, 'join', 1);
      if (!s.ok) return s.result;
      const parts: string[] = [];
      for (let i = 0; i < lists.length; i++) {
        const l = listArg(lists[i]!, 'join', i + 2);
        if (!l.ok) return l.result;
        for (const item of l.value.items) {
          if (item === null) return fail('join(): an element of the list is null');
          const part = toStringValue(item, 'join(): an element of the list');
          if (!part.ok) return part.result;
          parts.push(part.value);
        }
      }
      return stringResult(parts.join(s.value), 'the joined string');
    },
  },
  split: {
    min: 2,
    max: 2,
    call([sep, s]) {
      const a = str(sep!, 'split', 1);
      if (!a.ok) return a.result;
      const b = str(s!, 'split', 2);
      if (!b.ok) return b.result;
      const parts = a.value === '' ? [...b.value] : b.value.split(a.value);
      return parts.length > MAX_ITEMS ? tooMany('the split list') : ok(list(parts));
    },
  },
  replace: {
    min: 3,
    max: 3,
    call([s, search, replacement]) {
      const a = str(s!, 'replace', 1);
      if (!a.ok) return a.result;
      const b = str(search!, 'replace', 2);
      if (!b.ok) return b.result;
      const c = str(replacement!, 'replace', 3);
      if (!c.ok) return c.result;
      const pattern = b.value;
      if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) {
        const regex = translateRegex(pattern.slice(1, -1));
        if (!regex.ok) return regex.unsupported ? ok(unknownValue(`replace(): ${regex.reason}`)) : fail(`replace(): ${regex.reason}`);
        if (a.value.length > MAX_REGEX_SUBJECT) return ok(unknownValue(`replace(): a regular expression over more than ${MAX_REGEX_SUBJECT} characters is not evaluated`));
        const out = a.value.replace(regex.regex, (...m: unknown[]) => expandReplacement(c.value, m));
        return stringResult(out, 'the replaced string');
      }
      if (pattern === '') return stringResult(a.value, 'the replaced string');
      return stringResult(a.value.split(pattern).join(c.value), 'the replaced string');
    },
  },
  format: {
    min: 1,
    seesUnknown: true,
    call([spec, ...args]) {
      if (isUnknown(spec!)) return ok(spec!);
      const s = str(spec!, 'format', 1);
      return s.ok ? format(s.value, args) : s.result;
    },
  },
  alltrue: booleanFold('alltrue', false),
  anytrue: booleanFold('anytrue', true),
};

/** alltrue (decided by the first false) and anytrue (by the first true); an unknown element leaves it open. */
function booleanFold(name: string, decides: boolean): FunctionDef {
  return {
    min: 1,
    max: 1,
    call([l]) {
      const items = listArg(l!, name, 1);
      if (!items.ok) return items.result;
      let pending: HclUnknown | undefined;
      for (const item of items.value.items) {
        if (isUnknown(item)) {
          pending ??= item;
          continue;
        }
        const b = toBoolValue(item, `${name}(): an element`);
        if (!b.ok) return b.result;
        if (b.value === decides) return ok(decides);
      }
      return ok(pending ?? !decides);
    },
  };
}

function stringTest(name: string, test: (s: string, part: string) => boolean): FunctionDef {
  return {
    min: 2,
    max: 2,
    call([s, part]) {
      const a = str(s!, name, 1);
      if (!a.ok) return a.result;
      const b = str(part!, name, 2);
      return b.ok ? ok(test(a.value, b.value)) : b.result;
    },
  };
}

function stringFunction(name: string, f: (s: string) => string): FunctionDef {
  return {
    min: 1,
    max: 1,
    call([v]) {
      const s = str(v!, name, 1);
      return s.ok ? stringResult(f(s.value), `${name}()`) : s.result;
    },
  };
}

/** Unique elements in Terraform's set order: strings lexically, numbers by value, otherwise first seen first. */
export function toSet(items: HclValue[]): HclValue {
  const unknown = items.map(firstUnknown).find((u) => u !== undefined);
  if (unknown) return unknownValue(`toset(): an element is unknown (${unknown.reason})`);
  const out: HclValue[] = [];
  // Primitives are deduplicated by a key (linear); collections by comparison.
  const seen = new Set<string>();
  for (const item of items) {
    if (item === null || typeof item !== 'object') {
      const key = `${typeof item}:${String(item)}`;
      if (!seen.has(key)) out.push(item);
      seen.add(key);
    } else if (!out.some((x) => equalValues(x, item) === true)) out.push(item);
  }
  if (out.every((x) => typeof x === 'string')) out.sort((a, b) => compareStrings(a as string, b as string));
  else if (out.every((x) => typeof x === 'number')) out.sort((a, b) => (a as number) - (b as number));
  return { kind: 'list', items: out, set: true };
}

// ---------------------------------------------------------------- format()

const VERBS = new Set(['v', 't', 'b', 'd', 'o', 'x', 'X', 'e', 'E', 'f', 'g', 'G', 's', 'q']);
const SPEC = /%([-+# 0]*)(\d*)(?:\.(\d*))?(?:\[(\d+)\])?(.?)/y;

/** format(spec, args...): Terraform's verbs, flags, width, precision and `[n]` argument indexes. */
function format(spec: string, args: HclValue[]): Computed {
  let out = '';
  let next = 0;
  let i = 0;
  while (i < spec.length) {
    const pct = spec.indexOf('%', i);
    if (pct < 0) {
      out += spec.slice(i);
      break;
    }
    out += spec.slice(i, pct);
    if (spec[pct + 1] === '%') {
      out += '%';
      i = pct + 2;
      continue;
    }
    SPEC.lastIndex = pct;
    const m = SPEC.exec(spec)!;
    i = SPEC.lastIndex;
    const [, flags = '', width = '', precision, index, verb = ''] = m;
    if (!VERBS.has(verb)) return fail(`format(): unsupported format verb ${JSON.stringify(verb ? `%${verb}` : '%')} at offset ${pct}`);
    if (index !== undefined) next = Number(index) - 1;
    if (next < 0 || next >= args.length) return fail(`format(): not enough arguments for the verb %${verb} at offset ${pct}`);
    const arg = args[next++]!;
    const piece = formatOne(verb, flags, precision === undefined ? undefined : Number(precision || '0'), arg);
    if (!piece.ok) return piece.result;
    out += pad(piece.value, flags, width === '' ? 0 : Number(width), 'bdoxXeEfgG'.includes(verb));
    if (out.length > MAX_STRING) return tooLong('the formatted string');
  }
  return ok(out);
}

function pad(s: string, flags: string, width: number, numeric: boolean): string {
  const n = [...s].length;
  if (n >= width) return s;
  const fill = width - n;
  if (flags.includes('-')) return s + ' '.repeat(fill);
  if (flags.includes('0') && numeric) {
    const sign = /^[-+ ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}

function formatOne(verb: string, flags: string, precision: number | undefined, arg: HclValue): Check<string> {
  const unknown = firstUnknown(arg);
  if (unknown && !(verb === 'v' && !isList(arg) && !isObject(arg))) return { ok: false, result: ok(unknown) };
  if (isUnknown(arg)) return { ok: false, result: ok(arg) };
  switch (verb) {
    case 'v': {
      if (flags.includes('#') || isList(arg) || isObject(arg)) return { ok: true, value: toJson(arg)! };
      if (arg === null) return { ok: true, value: 'null' };
      return toStringValue(arg, 'format(): the value');
    }
    case 't': {
      if (arg === null) return { ok: false, result: fail('format(): %t of a null value') };
      const b = toBoolValue(arg, 'format(): the value for %t');
      return b.ok ? { ok: true, value: String(b.value) } : b;
    }
    case 's':
    case 'q': {
      if (arg === null) return { ok: false, result: fail(`format(): %${verb} of a null value`) };
      const s = toStringValue(arg, `format(): the value for %${verb}`);
      if (!s.ok) return s;
      const text = precision === undefined ? s.value : [...s.value].slice(0, precision).join('');
      return { ok: true, value: verb === 'q' ? JSON.stringify(text) : text };
    }
    default: {
      if (arg === null) return { ok: false, result: fail(`format(): %${verb} of a null value`) };
      const n = toNumberValue(arg, `format(): the value for %${verb}`);
      if (!n.ok) return n;
      return 'bdoxX'.includes(verb) ? formatInteger(verb, flags, n.value) : { ok: true, value: formatFloat(verb, flags, precision, n.value) };
    }
  }
}

function sign(negative: boolean, flags: string): string {
  return negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

function formatInteger(verb: string, flags: string, n: number): Check<string> {
  if (!Number.isInteger(n)) return { ok: false, result: fail(`format(): %${verb} needs a whole number, not ${numberToString(n)}`) };
  const big = BigInt(n);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  const radix = verb === 'b' ? 2 : verb === 'o' ? 8 : verb === 'd' ? 10 : 16;
  let digits = abs.toString(radix);
  if (verb === 'X') digits = digits.toUpperCase();
  const prefix = flags.includes('#') ? (verb === 'o' ? '0' : verb === 'x' ? '0x' : verb === 'X' ? '0X' : '') : '';
  return { ok: true, value: `${sign(negative, flags)}${prefix}${digits}` };
}

/** Go's %e, %f, %g for a JavaScript number. */
function formatFloat(verb: string, flags: string, precision: number | undefined, n: number): string {
  const negative = n < 0 || Object.is(n, -0);
  const abs = Math.abs(n);
  const lower = verb.toLowerCase();
  let body: string;
  if (lower === 'f') body = abs.toFixed(Math.min(precision ?? 6, 100));
  else if (lower === 'e') body = goExponent(abs.toExponential(Math.min(precision ?? 6, 100)));
  else body = formatG(abs, precision);
  if (verb === 'E' || verb === 'G') body = body.toUpperCase();
  return `${sign(negative, flags)}${body}`;
}

/** JavaScript writes 1.5e+2; Go writes 1.5e+02 (at least two exponent digits). */
function goExponent(s: string): string {
  return s.replace(/e([-+])(\d)$/, 'e$10$2');
}

/** Go's %g: shortest digits (or `precision` significant ones), %e when the exponent is < -4 or >= the precision (6 for shortest). */
function formatG(abs: number, precision: number | undefined): string {
  if (abs === 0) return '0';
  const shortest = precision === undefined;
  const p = shortest ? 0 : Math.min(Math.max(precision, 1), 100);
  const [mantissa, e] = (shortest ? abs.toExponential() : abs.toExponential(p - 1)).split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  const nd = digits.length;
  const dp = Number(e) + 1;
  const prec = shortest ? nd : p;
  const eprec = shortest ? 6 : prec > nd && nd >= dp ? nd : prec;
  const exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    const after = Math.min(prec, nd) - 1;
    const body = after > 0 ? `${digits[0]}.${digits.slice(1, after + 1).padEnd(after, '0')}` : digits[0]!;
    return `${body}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return abs.toFixed(Math.max((prec > dp ? nd : prec) - dp, 0));
}
