import { describe, expect, it } from 'vitest';
import { callFunction, isKnownFunction } from '../src/resolve/builtins/functions.js';
import { fromPlainValue, toPlainValue, unknownValue, type Computed, type HclValue } from '../src/resolve/builtins/value.js';

// Cases are Terraform's documented examples (developer.hashicorp.com/terraform/language/functions/<name>),
// plus the edges iac-lint depends on: unknown arguments, errors, bounds.

const U = unknownValue('aws_db_instance.x.id is known only after apply');

/** Arguments as plain JSON (`U` marks an unknown), result as plain JSON, 'unknown', or { error }. */
function call(name: string, ...args: unknown[]): unknown {
  const result = callFunction(name, args.map(toValue));
  if (!result) return 'not evaluated';
  return shown(result);
}

function toValue(x: unknown): HclValue {
  if (x === U) return U;
  if (Array.isArray(x)) return { kind: 'list', items: x.map(toValue) };
  if (x && typeof x === 'object') return { kind: 'object', entries: new Map(Object.entries(x).map(([k, v]) => [k, toValue(v)])) };
  return fromPlainValue(x);
}

function shown(result: Computed): unknown {
  if (!result.ok) return { error: result.error };
  return hasUnknown(result.value) ? 'unknown' : toPlainValue(result.value);
}

function hasUnknown(v: HclValue): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (v.kind === 'unknown') return true;
  return v.kind === 'list' ? v.items.some(hasUnknown) : [...v.entries.values()].some(hasUnknown);
}

const isError = expect.objectContaining({ error: expect.any(String) });

describe('Terraform built-in functions', () => {
  it('coalesce: the first argument that is not null or ""', () => {
    expect(call('coalesce', 'a', 'b')).toBe('a');
    expect(call('coalesce', '', 'b')).toBe('b');
    expect(call('coalesce', 1, 2)).toBe(1);
    expect(call('coalesce', null, false)).toBe(false);
    expect(call('coalesce', null, '')).toEqual(isError);
    expect(call('coalesce', 'a', U)).toBe('a');
    expect(call('coalesce', U, 'a')).toBe('unknown');
  });

  it('coalescelist: the first non-empty list', () => {
    expect(call('coalescelist', ['a', 'b'], ['c', 'd'])).toEqual(['a', 'b']);
    expect(call('coalescelist', [], ['c', 'd'])).toEqual(['c', 'd']);
    expect(call('coalescelist', [], [])).toEqual(isError);
  });

  it('lookup: the value at a key, else the default', () => {
    expect(call('lookup', { a: 'ay', b: 'bee' }, 'a', 'what?')).toBe('ay');
    expect(call('lookup', { a: 'ay', b: 'bee' }, 'c', 'what?')).toBe('what?');
    expect(call('lookup', { a: 'ay' }, 'c')).toEqual(isError);
    expect(call('lookup', { a: 1, b: U }, 'a')).toBe(1);
    expect(call('lookup', { a: 1 }, 'a', U)).toBe(1);
    expect(call('lookup', U, 'a', false)).toBe('unknown');
  });

  it('element: wraps around, in both directions', () => {
    expect(call('element', ['a', 'b', 'c'], 1)).toBe('b');
    expect(call('element', ['a', 'b', 'c'], 3)).toBe('a');
    expect(call('element', ['a', 'b', 'c'], -1)).toBe('c');
    expect(call('element', ['a', 'b', 'c'], '2')).toBe('c');
    expect(call('element', [], 0)).toEqual(isError);
  });

  it('merge: the right-most argument wins; null arguments are skipped', () => {
    expect(call('merge', { a: 'b', c: 'd' }, { e: 'f', c: 'z' })).toEqual({ a: 'b', c: 'z', e: 'f' });
    expect(call('merge', { a: 'b' }, { a: [1, 2], c: 'z' }, { d: 3 })).toEqual({ a: [1, 2], c: 'z', d: 3 });
    expect(call('merge', { a: true }, null)).toEqual({ a: true });
    expect(call('merge', { a: true }, ['x'])).toEqual(isError);
    expect(call('merge', { a: true }, U)).toBe('unknown');
  });

  it('concat', () => {
    expect(call('concat', ['a', ''], ['b', 'c'])).toEqual(['a', '', 'b', 'c']);
    expect(call('concat', ['a'], 'b')).toEqual(isError);
  });

  it('contains: true, false, or unknown when an unknown element could decide it', () => {
    expect(call('contains', ['a', 'b', 'c'], 'a')).toBe(true);
    expect(call('contains', ['a', 'b', 'c'], 'd')).toBe(false);
    expect(call('contains', ['a', U], 'a')).toBe(true);
    expect(call('contains', ['b', U], 'a')).toBe('unknown');
    expect(call('contains', [1], '1')).toBe(false);
  });

  it('length: lists, maps, and strings in user-perceived characters', () => {
    expect(call('length', [])).toBe(0);
    expect(call('length', ['a', 'b'])).toBe(2);
    expect(call('length', { a: 'b' })).toBe(1);
    expect(call('length', 'hello')).toBe(5);
    expect(call('length', '👾🕹️')).toBe(2);
    expect(call('length', ['a', U])).toBe(2);
    expect(call('length', null)).toEqual(isError);
  });

  it('keys and values, in lexical key order', () => {
    expect(call('keys', { a: 1, c: 2, d: 3 })).toEqual(['a', 'c', 'd']);
    expect(call('keys', { d: 1, a: 2 })).toEqual(['a', 'd']);
    expect(call('values', { a: 3, c: 2, d: 1 })).toEqual([3, 2, 1]);
    expect(call('values', { d: 1, a: 2 })).toEqual([2, 1]);
  });

  it('one: null, the element, or an error', () => {
    expect(call('one', [])).toBe(null);
    expect(call('one', ['hello'])).toBe('hello');
    expect(call('one', ['hello', 'goodbye'])).toEqual(isError);
  });

  it('flatten: nested lists, any depth', () => {
    expect(call('flatten', [['a', 'b'], [], ['c']])).toEqual(['a', 'b', 'c']);
    expect(call('flatten', [[['a', 'b'], []], ['c']])).toEqual(['a', 'b', 'c']);
    expect(call('flatten', [['a'], U])).toBe('unknown');
  });

  it('compact: drops null and empty strings', () => {
    expect(call('compact', ['a', '', 'b', null, 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('tobool, tostring, tonumber', () => {
    expect(call('tobool', true)).toBe(true);
    expect(call('tobool', 'true')).toBe(true);
    expect(call('tobool', null)).toBe(null);
    expect(call('tobool', 'no')).toEqual(isError);
    expect(call('tobool', 1)).toEqual(isError);
    expect(call('tostring', 'hello')).toBe('hello');
    expect(call('tostring', 1)).toBe('1');
    expect(call('tostring', true)).toBe('true');
    expect(call('tostring', null)).toBe(null);
    expect(call('tostring', [])).toEqual(isError);
    expect(call('tonumber', 1)).toBe(1);
    expect(call('tonumber', '1')).toBe(1);
    expect(call('tonumber', null)).toBe(null);
    expect(call('tonumber', 'no')).toEqual(isError);
  });

  it('tolist, toset, tomap', () => {
    expect(call('tolist', ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(call('tolist', ['a', 'b', 3])).toEqual(['a', 'b', '3']);
    expect(call('toset', ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(call('toset', ['a', 'b', 3])).toEqual(['3', 'a', 'b']);
    expect(call('toset', ['c', 'b', 'b'])).toEqual(['b', 'c']);
    expect(call('toset', ['a', U])).toBe('unknown');
    expect(call('tomap', { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(call('tomap', { a: 'foo', b: true })).toEqual({ a: 'foo', b: 'true' });
    expect(call('tomap', ['a'])).toEqual(isError);
  });

  it('lower, upper, trimspace, startswith, endswith', () => {
    expect(call('lower', 'HELLO')).toBe('hello');
    expect(call('lower', 'АЛЛО!')).toBe('алло!');
    expect(call('upper', 'hello')).toBe('HELLO');
    expect(call('upper', 'алло!')).toBe('АЛЛО!');
    expect(call('upper', null)).toEqual(isError);
    expect(call('upper', U)).toBe('unknown');
    expect(call('trimspace', '  hello\n\n')).toBe('hello');
    expect(call('startswith', 'hello world', 'hello')).toBe(true);
    expect(call('startswith', 'hello world', 'world')).toBe(false);
    expect(call('endswith', 'hello world', 'world')).toBe(true);
    expect(call('endswith', 'hello world', 'hello')).toBe(false);
  });

  it('format: verbs, flags, width, precision, argument indexes', () => {
    expect(call('format', 'Hello, %s!', 'Ander')).toBe('Hello, Ander!');
    expect(call('format', 'There are %d lights', 4)).toBe('There are 4 lights');
    expect(call('format', '%#v', 'hello')).toBe('"hello"');
    expect(call('format', '%#v', true)).toBe('true');
    expect(call('format', '%#v', 1)).toBe('1');
    expect(call('format', '%#v', { a: 1 })).toBe('{"a":1}');
    expect(call('format', '%#v', [true])).toBe('[true]');
    expect(call('format', '%#v', null)).toBe('null');
    expect(call('format', '%v|%v|%v', 'a', 1.5, false)).toBe('a|1.5|false');
    expect(call('format', '%t', 'true')).toBe('true');
    expect(call('format', '%b %o %x %X %#x', 5, 8, 255, 255, 255)).toBe('101 10 ff FF 0xff');
    expect(call('format', '%+d % d %05d %-4d|', 3, 3, -42, 7)).toBe('+3  3 -0042 7   |');
    expect(call('format', '%.2f %8.3f %f', 3.14159, 2.5, 1)).toBe('3.14    2.500 1.000000');
    expect(call('format', '%e %E', 123456, 0.5)).toBe('1.234560e+05 5.000000E-01');
    expect(call('format', '%g %g %g %g %.3g', 1e6, 100000, 0.0001, 1.5, 3.14159)).toBe('1e+06 100000 0.0001 1.5 3.14');
    expect(call('format', '%s %.3s %q', 'x', 'abcdef', 'say "hi"')).toBe('x abc "say \\"hi\\""');
    expect(call('format', '%[2]s %[1]s %s', 'a', 'b')).toBe('b a b');
    expect(call('format', '100%%')).toBe('100%');
    expect(call('format', '%d', 1.5)).toEqual(isError);
    expect(call('format', '%s %s', 'a')).toEqual(isError);
    expect(call('format', '%z', 'a')).toEqual(isError);
    expect(call('format', 'db-%s', U)).toBe('unknown');
  });

  it('join and split', () => {
    expect(call('join', '-', ['foo', 'bar', 'baz'])).toBe('foo-bar-baz');
    expect(call('join', ', ', ['foo'])).toBe('foo');
    expect(call('join', ', ', ['a'], ['b', 1])).toBe('a, b, 1');
    expect(call('join', ',', ['a', null])).toEqual(isError);
    expect(call('split', ',', 'foo')).toEqual(['foo']);
    expect(call('split', ',', 'foo,bar,baz')).toEqual(['foo', 'bar', 'baz']);
    expect(call('split', ',', '')).toEqual(['']);
  });

  it('replace: substrings, and /regex/ with Go replacement templates', () => {
    expect(call('replace', '1 + 2 + 3', '+', '-')).toBe('1 - 2 - 3');
    expect(call('replace', 'hello world', '/w.*d/', 'everybody')).toBe('hello everybody');
    expect(call('replace', 'db-prod-01', '/^(\\w+)-(\\w+)-(\\d+)$/', '$2.${1}x')).toBe('prod.dbx');
    expect(call('replace', 'ab', '/(?P<first>a)/', '<${first}>')).toBe('<a>b');
    expect(call('replace', 'ABC', '/(?i)b/', '-')).toBe('A-C');
    expect(call('replace', 'a.b', '/./', '')).toBe('');
    expect(call('replace', 'aaaa', '/(a+)+$/', '')).toBe('unknown');
    expect(call('replace', 'x', '/(a)\\1/', '')).toEqual(isError);
  });

  it('alltrue and anytrue', () => {
    expect(call('alltrue', ['true', true])).toBe(true);
    expect(call('alltrue', [true, false])).toBe(false);
    expect(call('alltrue', [])).toBe(true);
    expect(call('alltrue', [U, false])).toBe(false);
    expect(call('alltrue', [U, true])).toBe('unknown');
    expect(call('anytrue', ['true'])).toBe(true);
    expect(call('anytrue', [true, false])).toBe(true);
    expect(call('anytrue', [])).toBe(false);
    expect(call('anytrue', [U, false])).toBe('unknown');
  });

  it('arity errors, unknown functions, special forms', () => {
    expect(call('upper')).toEqual(isError);
    expect(call('lookup', { a: 1 })).toEqual(isError);
    expect(call('jsondecode', '{}')).toBe('not evaluated');
    expect(isKnownFunction('try')).toBe(true);
    expect(isKnownFunction('can')).toBe(true);
    expect(isKnownFunction('toString')).toBe(false);
    expect(isKnownFunction('__proto__')).toBe(false);
  });

  it('bounds the work: results larger than the caps are unknown, not errors', () => {
    expect(call('split', '', 'x'.repeat(20_000))).toBe('unknown');
    expect(call('format', '%s%s', 'x'.repeat(6_000), 'y'.repeat(6_000))).toBe('unknown');
    expect(call('join', '', Array.from({ length: 2_000 }, () => 'abcdef'))).toBe('unknown');
    expect(call('replace', 'a'.repeat(20_000), '/a/', 'b')).toBe('unknown');
    let deep: HclValue = { kind: 'list', items: ['x'] };
    for (let i = 0; i < 50_000; i++) deep = { kind: 'list', items: [deep] };
    expect(callFunction('flatten', [deep])).toEqual({ ok: true, value: { kind: 'list', items: ['x'] } });
  });
});
