/**
 * The scanning reader (yaml-scan-reader.ts, readYaml's fastest path) against
 * the reader it is put before (the CST reader, with the Document path for
 * what that leaves): the same documents (values, ranges, tags), diagnostics
 * and comments for every YAML/JSON file of the fixtures and of the corpus,
 * and for mutated corpus files (each mutated input: the same result, or the
 * scanning reader bails out); it reads most of the corpus itself.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/discover/read.js';
import { LineIndex } from '../src/model/range.js';
import { readYamlCst } from '../src/parsers/cloudformation/yaml-cst-reader.js';
import { readYamlDocuments, ALIAS_EXPANSION_LIMIT } from '../src/parsers/cloudformation/yaml-reader.js';
import { readYaml } from '../src/parsers/cloudformation/yaml-read.js';
import { readYamlScanned } from '../src/parsers/cloudformation/yaml-scan-reader.js';
import { CORPUS, root } from './corpus-files.js';
import { applyAll, hostileMutation } from './mutations.js';

const PATTERN = '**/*.{yaml,yml,json,template}';
const present = existsSync(CORPUS);
if (!present) console.warn(`yaml-scan-reader: corpus not found at ${CORPUS}; the corpus comparisons are skipped (set IAC_LINT_CORPUS to run them)`);

/** The scanning reader's result (undefined: it bailed out) and the result of the readers it is put before. */
async function bothWays(text: string) {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const index = new LineIndex(source);
  const lf = source.replace(/\r(?!\n)/g, '\n');
  return {
    scanned: readYamlScanned('t.yaml', lf, index),
    before: readYamlCst('t.yaml', lf, index, ALIAS_EXPANSION_LIMIT) ?? readYamlDocuments('t.yaml', source, index),
    read: await readYaml('t.yaml', source, index),
  };
}

/** Generated texts: the scanning reader gives the CST reader's result or bails out, and reads more than a tenth of them. */
async function readsGenerated(texts: fc.Arbitrary<string>, numRuns: number, what: string): Promise<void> {
  let scanned = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(texts, async (text) => {
      runs++;
      const { scanned: fast, before, read } = await bothWays(text);
      expect(read).toEqual(before);
      if (!fast) return;
      scanned++;
      expect(fast).toEqual(before);
    }),
    { numRuns: Number(process.env.IAC_LINT_PROPERTY_RUNS ?? 0) || numRuns, seed: Number(process.env.IAC_LINT_PROPERTY_SEED ?? 16) },
  );
  console.log(`yaml-scan-reader: ${scanned} of ${runs} generated ${what} read by the scanning reader`);
  expect(scanned / runs).toBeGreaterThan(0.1);
}

interface Tally {
  files: number;
  scanned: number;
  differ: string[];
  bailed: string[];
}

async function compareTree(dir: string): Promise<Tally> {
  const tally: Tally = { files: 0, scanned: 0, differ: [], bailed: [] };
  for (const path of fg.sync(PATTERN, { cwd: dir, dot: true }).sort()) {
    const text = readFileSync(resolve(dir, path), 'utf8');
    if (/^\s*\{/.test(text)) continue; // JSON: read by json-reader.ts first
    const { scanned, before, read } = await bothWays(text);
    tally.files++;
    if (scanned) {
      tally.scanned++;
      if (!isDeepStrictEqual(scanned, before) || !isDeepStrictEqual(read, before)) tally.differ.push(path);
    } else tally.bailed.push(path);
  }
  return tally;
}

describe('YAML read by the scanning reader', () => {
  it('gives the CST reader’s model, diagnostics and comments for every fixture', async () => {
    const tally = await compareTree(resolve(root, 'fixtures'));
    expect(tally.differ).toEqual([]);
    expect(tally.files).toBeGreaterThan(150);
    expect(tally.scanned / tally.files).toBeGreaterThan(0.8);
  });

  it.skipIf(!present)('gives the CST reader’s model, diagnostics and comments for every corpus YAML file, and reads nearly all of them', { timeout: 600_000 }, async () => {
    const tally = await compareTree(CORPUS);
    console.log(`yaml-scan-reader: ${tally.files} corpus YAML files, ${tally.scanned} read by the scanning reader, ${tally.bailed.length} left to the CST path (${((100 * tally.bailed.length) / tally.files).toFixed(1)}%), ${tally.differ.length} different`);
    expect(tally.differ).toEqual([]);
    expect(tally.files).toBeGreaterThan(2500);
    expect(tally.scanned / tally.files).toBeGreaterThan(0.9);
  });

  it.skipIf(!present)('gives the same result or bails out on mutated corpus files', { timeout: 600_000 }, async () => {
    const files = fg
      .sync('**/*.{yaml,yml,template}', { cwd: CORPUS, dot: true })
      .sort()
      .filter((p) => statSync(join(CORPUS, p)).size <= 40_000)
      .filter((_, i) => i % 40 === 0)
      .map((path) => ({ path, bytes: readFileSync(join(CORPUS, path)) }));
    expect(files.length).toBeGreaterThan(40);
    let scanned = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.array(hostileMutation, { minLength: 1, maxLength: 4 }), async (file, ms) => {
        const read = decode(applyAll(file.bytes, ms), 'x');
        if (!read.ok) return;
        const { scanned: fast, before } = await bothWays(read.text);
        if (!fast) return;
        scanned++;
        expect(fast).toEqual(before);
      }),
      { numRuns: Number(process.env.IAC_LINT_PROPERTY_RUNS ?? 0) || 120, seed: Number(process.env.IAC_LINT_PROPERTY_SEED ?? 16) },
    );
    expect(scanned).toBeGreaterThan(20);
  });

  const cases: Array<[string, string, boolean]> = [
    ['short forms on scalars, sequences and mappings', 'A: !Ref X\nB: !GetAtt Db.Endpoint.Address\nC: !Join\n  - ""\n  - [a, !Ref B]\nD: !If [c, !Sub "${A}", !Ref AWS::NoValue]\nE: !Sub\n  - "${x}"\n  - x: !Base64 y\nF: !GetAZs\nG: !Select {a: 1}\n', true],
    ['an unknown tag: warning, value as written', 'A: !Rain::Module x\nB: !Custom\n  k: v\nC: !Other [1]\nD: !Empty\n', true],
    ['duplicate keys, in the CST reader’s order', 'A: 1\nB:\n  x: 1\n  x: 2\nA: 3\nM: {x: 1, x: 2}\nN: !Bad\n  y: 1\n  y: 2\n', true],
    ['duplicate keys in a large mapping', `${Array.from({ length: 20 }, (_, i) => `K${i % 12}: ${i}`).join('\n')}\n`, true],
    ['compact sequences and mappings', '- a: 1\n  b:\n  - x\n  - - y\n    - z\n  c: [1, {d: e}]\n-\n- \n  f: g\n', true],
    ['empty values and their places', 'A:\nB:   \nC:  # c\nD: !Ref\nE: !Ref   # c\nF:\n  -\n  -   \n', true],
    ['a document start line', '# head\n--- # c\nA: 1\n', true],
    ['CRLF line breaks', 'A: 1 # c\r\nB: |\r\n  x\r\n  y\r\nC: "a\r\n  b"\r\nD: p\r\n  q\r\n', true],
    ['block scalars', 'A: |\n  one\n   two\n\n  three\n\nB: >-\n  folded\n  text\n\n  para\n    more\n  back\nC: >\n\n  lead\nD: !Sub |\n  ${X}\nE: | # header\n  x\n', true],
    ['quoted strings, escapes and folding', "A: 'it''s'\nB: \"tab\\tx \\u00e9 \\x41\"\nC: \"multi\n  line\n\n  para\"\nD: plain\n  continued\n\n  again\n'E': \"k\"\n", true],
    ['YAML 1.1 scalars', 'A: yes\nB: 0755\nC: 1:30\nD: ~\nE: 1e5\nF: 2010-09-09\nG: .inf\nyes: key\n010: key\nH: -1\nI: 012345678\n', true],
    ['comments everywhere', '# head\nA: 1 # after\n# between\nB: [1, # in flow\n  2]\nC:\n  # above\n  D: x\n# tail\n', true],
    ['flow collections', 'A: [a, "b", \'c\', [d], {e: f}, !Ref g, x:y,]\nB: {"k":1, k2: [ ], k3: { }}\nC: [\n    1,\n    2\n  ]\n', true],
    ['an alias (the CST path)', 'a: &x 1\nb: *x\n', false],
    ['a merge key', 'base: {x: 1}\nm:\n  <<: {y: 2}\n', false],
    ['two documents', 'A: 1\n---\nB: 2\n', false],
    ['a tab', 'A:\t1\n', false],
    ['keep chomping', 'A: |+\n  x\n\n', true],
    ['block scalars with chomping, indentation indicators, more-indented blank lines, and empty ones', 'A: |+\n  x\n\n\nB: >2-\n    y\nC: |\nD: |+\n\n\nE: |4\n      z\n     w\nF: |\n  a\n    \n  b\nG:\n  - |2\n      exit 1\n  - |+\n\n  - - x\n', true],
    ['an indentation indicator and a more-indented blank line last (yaml keeps it or not by the first line)', 'A: |2\n    x\n     \nB: 1\n', false],
    ['tabs in comments and inside block scalar lines', '# head\there\nA: 1 # a\tcomment\nB: |\n  x\ty\t\n  z\nC: >-\n  folded\tline\n   more\tindented\n', true],
    ['a tab before a comment', 'A: 1\t# c\n', false],
    ['a tab as indentation', 'A:\n\tB: 1\n', false],
    ['a tab first on a block scalar line', 'A: |\n  \tx\n', false],
    ['a tab in a quoted string', 'A: "a\tb"\n', false],
    ['a syntax error', 'A: [1, 2\nB: 3\n', false],
    ['a value that looks like a key', 'A: b: c\n', false],
    ['a quoted string under-indented', 'A:\n  B: "a\n  b"\n', false],
    ['a directive', '%YAML 1.1\n---\nA: 1\n', false],
    ['pairs in a flow sequence (single-pair mappings)', 'A: [k: v]\nB: [0, Fn::GetAZs: !Ref "AWS::Region"]\nC: ["q": [1], a b: c d, \'s\' : !Bad x]\nD: [\n  k: {m: n},\n  "<<": w\n]\n', true],
    ['a pair with an empty value in a flow sequence', 'A: [k: ]\n', false],
    ['a merge key in a flow sequence', 'A: [<<: {x: 1}]\n', false],
    ['a tag on a pair’s key in a flow sequence', 'A: [!Ref k: v]\n', false],
    ['tags on empty values in flow collections', 'A: [ 0, !GetAZs ]\nB: [!GetAZs , 1, !Bad ,]\nC: {a: !GetAZs , b: !Bad }\n', true],
    ['a flow collection closed at its parent’s indentation', 'A:\n  B: [\n    1\n  ]\n  C: !Sub [\n    x, {\n      k: v }\n  ]\n  D:\n  - {\n    a: 1\n  }\n', true],
    ['an inner flow collection closed at the parent’s indentation (a syntax error for yaml)', 'A:\n  B: [ [\n    1\n  ] ]\n', false],
    ['a flow collection closed left of its parent (a syntax error for yaml)', 'A:\n  B: [\n    1\n ]\n', false],
    ['a root scalar', 'just text\n', false],
    ['a plain scalar below a comment indented less than its key (a syntax error for yaml)', 'X:\n  A:\n #{x}\n    Bc\n  D: 1\n', false],
  ];
  for (const [name, text, scannedExpected] of cases) {
    it(`${name}: ${scannedExpected ? 'read, the same as the CST reader' : 'left to the CST path'}`, async () => {
      const { scanned, before, read } = await bothWays(text);
      expect(scanned !== undefined).toBe(scannedExpected);
      if (scanned) expect(scanned).toEqual(before);
      expect(read).toEqual(before);
    });
  }

  // Flow collections as templates write them and near misses: pairs in sequences, tags on empty
  // values, line breaks at any indentation (the closing bracket at the parent's too), in block context.
  const flowText: fc.Arbitrary<string> = fc.letrec<{ node: string; seq: string; map: string }>((tie) => {
    const indent = fc.integer({ min: 0, max: 6 }).map((n) => ' '.repeat(n));
    const sep = fc.oneof(fc.constantFrom(', ', ',', ' , '), indent.map((i) => `,\n${i}`), indent.map((i) => `\n${i}, `));
    const close = fc.oneof(fc.constantFrom('', ' ', ', '), indent.map((i) => `\n${i}`), indent.map((i) => `,\n${i}`));
    const key = fc.constantFrom('k', 'Fn::GetAZs', 'a b', '"q k"', "'s'", '"<<"', '<<', 'k', '!Ref k', '');
    const colon = fc.constantFrom(': ', ' : ', ':', ':  ', ':\n  ');
    const scalar = fc.constantFrom('a', '0', 'x y', '"q"', "'s'", '!Ref r', '!GetAZs', '!GetAZs ', '!Bad', '!Bad ', 'yes', '', 'a:b', '"a\n  b"');
    const list = (item: fc.Arbitrary<string>) => fc.tuple(fc.array(fc.tuple(item, sep), { maxLength: 4 }), item, close, fc.boolean()).map(([rest, last, end, empty]) => (empty ? end : `${rest.map(([i, s]) => i + s).join('')}${last}${end}`));
    return {
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('seq'), tie('map'), fc.tuple(fc.constantFrom('!Sub ', '!Bad '), fc.oneof(tie('seq'), tie('map'))).map(([t, n]) => t + n)),
      seq: list(fc.oneof(tie('node'), fc.tuple(key, colon, tie('node')).map(([k, c, v]) => k + c + v))).map((items) => `[${items}]`),
      map: list(fc.tuple(key, colon, tie('node')).map(([k, c, v]) => k + c + v)).map((items) => `{${items}}`),
    };
  }).seq;
  const inBlock = fc.tuple(flowText, fc.constantFrom('A:\n  B: %\n  C: 1\n', 'A: %\n', '- %\n- x\n', 'A:\n  - %\n  - y\n', '- - %\n  - z\n', 'A:\n  B: !Sub %\n')).map(([flow, context]) => context.replace('%', flow));

  it('gives the CST reader’s result or bails out on generated flow collections, and reads many of them', { timeout: 300_000 }, async () => {
    await readsGenerated(inBlock, 2000, 'flow collections');
  });

  // Block scalars as the header and the lines' indentation make them: every chomping and indicator, blank
  // lines of any width, lines indented less, more, or as much as the parent.
  const blockText = (() => {
    const spaces = fc.integer({ min: 0, max: 8 }).map((n) => ' '.repeat(n));
    const header = fc
      .tuple(fc.constantFrom('|', '>'), fc.constantFrom('', '-', '+'), fc.constantFrom('', '', '1', '2', '3', '4', '0'), fc.boolean(), fc.constantFrom('', ' # c', '#c', '  ', ' x'))
      .map(([style, chomp, indicator, chompFirst, tail]) => style + (chompFirst ? chomp + indicator : indicator + chomp) + tail);
    const line = fc.oneof(spaces, fc.tuple(spaces, fc.constantFrom('x', 'y z', '# not', 'a: b', '- i', ' lead', 'end  '), fc.constantFrom('', ' # c')).map(([s, w, t]) => s + w + t));
    const block = fc.tuple(header, fc.array(line, { maxLength: 6 })).map(([h, lines]) => `${h}\n${lines.join('\n')}`);
    const context = fc.constantFrom('A:\n  B: %\n  C: 1\n', 'A:\n  - %\n  - y\n', 'A: %\n', '- - %\n  - z\n', 'A:\n  B: !Sub %\n', 'A: %', 'A:\n  B: %\n# t\n');
    return fc.tuple(block, context).map(([b, c]) => c.replace('%', b));
  })();

  it('gives the CST reader’s result or bails out on generated block scalars, and reads many of them', async () => {
    await readsGenerated(blockText, 3000, 'block scalars');
  });

  it.skipIf(!present)('gives the same result or bails out on corpus files with tabs put in (in comments, block scalars, indentation, before comments, anywhere)', { timeout: 600_000 }, async () => {
    const files = fg
      .sync('**/*.{yaml,yml,template}', { cwd: CORPUS, dot: true })
      .sort()
      .filter((p) => statSync(join(CORPUS, p)).size <= 20_000)
      .filter((_, i) => i % 10 === 0)
      .map((path) => readFileSync(join(CORPUS, path), 'utf8'))
      .filter((text) => !/^\s*\{/.test(text) && / #|: [|>]/.test(text)); // with comments or block scalars, where tabs are read
    expect(files.length).toBeGreaterThan(30);
    /** Where a tab goes: after the n-th `#`, at the start of the n-th line, after its indentation, at its end, or at any offset. */
    const place = fc.record({ where: fc.constantFrom('hash', 'hash', 'hash', 'line', 'indent', 'any', 'eol', 'eol'), n: fc.nat(), text: fc.constantFrom('\t', ' \t', '\t\t', '\t#', '\t# x') });
    const withTabs = (text: string, places: Array<{ where: string; n: number; text: string }>): string => {
      let out = text;
      for (const { where, n, text: tab } of places) {
        const starts = [0, ...[...out.matchAll(where === 'hash' ? /#/g : /\n/g)].map((m) => m.index + 1)];
        let at = where === 'any' ? n % (out.length + 1) : starts[n % starts.length]!;
        if (where === 'indent') while (out[at] === ' ') at++;
        if (where === 'eol') at = out.indexOf('\n', at) < 0 ? out.length : out.indexOf('\n', at);
        out = out.slice(0, at) + tab + out.slice(at);
      }
      return out;
    };
    let scanned = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.array(place, { minLength: 1, maxLength: 2 }), async (file, places) => {
        const { scanned: fast, before } = await bothWays(withTabs(file, places));
        if (!fast) return;
        scanned++;
        expect(fast).toEqual(before);
      }),
      { numRuns: Number(process.env.IAC_LINT_PROPERTY_RUNS ?? 0) || 300, seed: Number(process.env.IAC_LINT_PROPERTY_SEED ?? 16) },
    );
    console.log(`yaml-scan-reader: ${scanned} of 300 corpus files with tabs put in read by the scanning reader`);
    expect(scanned).toBeGreaterThan(20);
  });

  it('bails out on hostile nesting without overflowing the stack (100k levels, block and flow), and readYaml reports it', async () => {
    const seq = `${'- '.repeat(100_000)}x\n`;
    const seqOfMaps = `${'- a: '.repeat(1)}${'\n'}${Array.from({ length: 600 }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n')} x\n`;
    const flow = `A: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const flowMaps = `A: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`;
    for (const text of [seq, seqOfMaps, flow, flowMaps]) {
      const index = new LineIndex(text);
      expect(readYamlScanned('t.yaml', text, index)).toBeUndefined();
      await expect(readYaml('t.yaml', text, index)).resolves.toBeDefined();
    }
  });
});
