// Mutations of real input files for the property and fuzz tests: truncated,
// bytes flipped, lines re-indented or deleted, tags and intrinsics swapped,
// hostile text inserted (control and bidi characters, Markdown, workflow
// commands), and a span repeated many times (long lines, many resources).
// Positions are taken modulo the length, so any mutation fits any file.
import fc from 'fast-check';

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'indent'; line: number; delta: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'swap-tag'; which: number; tag: string }
  | { kind: 'insert'; at: number; /** A key of HOSTILE_TEXT. */ text: string }
  | { kind: 'repeat'; at: number; length: number; times: number };

/** Tags, intrinsics and delimiters a mutation swaps in, including ones that are wrong everywhere. */
const TAGS = ['!Ref', '!GetAtt', '!Sub', '!If', '!Base64', '!Bogus', '!!map', '!!str', '!!binary', 'Fn::If', 'Fn::Join', 'Ref', '&a', '*a', '<<', '${', '[', '{', '"', ''];
const SWAPPABLE = /!!?[A-Za-z:]+|Fn::[A-Za-z]+|"Ref"|\$\{|[[\]{}]|"/g;

/** Text an attacker would put into a value, a key or a comment, by name (a counterexample names it, short). */
export const HOSTILE_TEXT: Record<string, string> = {
  bidi: '\u202e',
  esc: '\u001b[31m',
  nul: '\u0000',
  cr: '\r',
  'line-separator': '\u2028',
  'workflow-command': '%0A::error::x',
  'markdown-image': '![p](https://example.com/p.png)',
  html: '<img src=x>',
  'code-span': '`|`',
  interpolation: '${var.x}',
  'ruby-interpolation': '#{x}',
  'quote-semicolon': '"; "',
  backslash: '\\',
  'long-word': 'x'.repeat(5_000),
  'long-string': `"${'y'.repeat(3_000)}"`,
  'long-comment': `\n# iac-lint:ignore RDS-030 ${'z'.repeat(3_000)}\n`,
};

/** The mutations of test/property-mutations.test.ts (parser-level). */
export const classicMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-tag' as const), which: fc.nat(), tag: fc.constantFrom(...TAGS) }),
);

/** The classic mutations, plus hostile text inserted and spans repeated (up to ~100 KB more). */
export const hostileMutation: fc.Arbitrary<Mutation> = fc.oneof(
  classicMutation,
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...Object.keys(HOSTILE_TEXT)) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 120 }), times: fc.constantFrom(2, 30, 800) }),
);

/** Applies one mutation to the bytes. */
export function mutate(bytes: Buffer, m: Mutation): Buffer {
  if (bytes.length === 0) return m.kind === 'insert' ? Buffer.from(HOSTILE_TEXT[m.text]!, 'utf8') : bytes;
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, m.at % bytes.length);
    case 'flip': {
      const out = Buffer.from(bytes);
      const i = m.at % out.length;
      out[i] = out[i]! ^ m.mask;
      return out;
    }
    case 'indent':
    case 'delete-line': {
      const lines = bytes.toString('latin1').split('\n');
      const i = m.line % lines.length;
      if (m.kind === 'delete-line') lines.splice(i, 1);
      else if (m.delta === 0) lines[i] = `\t${lines[i]}`;
      else if (m.delta > 0) lines[i] = `${' '.repeat(m.delta)}${lines[i]}`;
      else lines[i] = lines[i]!.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 'swap-tag': {
      const text = bytes.toString('latin1');
      const places = [...text.matchAll(SWAPPABLE)];
      if (places.length === 0) return bytes;
      const place = places[m.which % places.length]!;
      return Buffer.from(text.slice(0, place.index) + m.tag + text.slice(place.index + place[0].length), 'latin1');
    }
    case 'insert': {
      const i = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(HOSTILE_TEXT[m.text]!, 'utf8'), bytes.subarray(i)]);
    }
    case 'repeat': {
      const i = m.at % bytes.length;
      const span = bytes.subarray(i, Math.min(bytes.length, i + m.length));
      return Buffer.concat([bytes.subarray(0, i), ...Array.from({ length: m.times }, () => span), bytes.subarray(i)]);
    }
  }
}

export const applyAll = (bytes: Buffer, ms: Mutation[]): Buffer => ms.reduce(mutate, bytes);
