/**
 * The CST reader (yaml-cst-reader.ts, readYaml's fast path) against the
 * Document path it replaces (readYamlDocuments, kept as the reader of what
 * the CST reader leaves and as this test's oracle): the same documents
 * (values, ranges, tags), diagnostics and comments for every YAML/JSON file
 * of the fixtures and of the corpus, and the CST reader used for nearly all
 * of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/range.js';
import { readYamlCst } from '../src/parsers/cloudformation/yaml-cst-reader.js';
import { readYamlDocuments, ALIAS_EXPANSION_LIMIT } from '../src/parsers/cloudformation/yaml-reader.js';
import { readYaml } from '../src/parsers/cloudformation/yaml-read.js';
import { CORPUS, root } from './corpus-files.js';

const PATTERN = '**/*.{yaml,yml,json,template}';

async function bothWays(text: string, aliasLimit = ALIAS_EXPANSION_LIMIT) {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const index = new LineIndex(source);
  return {
    fast: await readYaml('t.yaml', source, index, aliasLimit),
    oracle: readYamlDocuments('t.yaml', source, index, aliasLimit),
    viaCst: readYamlCst('t.yaml', source.replace(/\r(?!\n)/g, '\n'), index, aliasLimit) !== undefined,
  };
}

interface Tally {
  files: number;
  viaCst: number;
  differ: string[];
}

async function compareTree(dir: string, pattern = PATTERN): Promise<Tally> {
  const tally: Tally = { files: 0, viaCst: 0, differ: [] };
  for (const path of fg.sync(pattern, { cwd: dir, dot: true }).sort()) {
    const { fast, oracle, viaCst } = await bothWays(readFileSync(resolve(dir, path), 'utf8'));
    tally.files++;
    if (viaCst) tally.viaCst++;
    if (!isDeepStrictEqual(fast, oracle)) tally.differ.push(path);
  }
  return tally;
}

describe('YAML read from the CST', () => {
  it('gives the Document path’s model, diagnostics and comments for every fixture', async () => {
    const tally = await compareTree(resolve(root, 'fixtures'));
    expect(tally.differ).toEqual([]);
    expect(tally.files).toBeGreaterThan(200);
    expect(tally.viaCst / tally.files).toBeGreaterThan(0.8);
  });

  it.skipIf(!existsSync(CORPUS))('gives the Document path’s model, diagnostics and comments for every corpus file, nearly all through the CST', { timeout: 600_000 }, async () => {
    const tally = await compareTree(CORPUS);
    console.log(`yaml-cst-reader: ${tally.files} corpus files, ${tally.viaCst} read through the CST, ${tally.differ.length} different`);
    expect(tally.differ).toEqual([]);
    expect(tally.files).toBeGreaterThan(4000);
    expect(tally.viaCst / tally.files).toBeGreaterThan(0.97);
  });

  const cases: Array<[string, string, boolean]> = [
    ['short forms on scalars, sequences and mappings', 'A: !Ref X\nB: !GetAtt Db.Endpoint.Address\nC: !Join\n  - ""\n  - [a, !Ref B]\nD: !If [c, !Sub "${A}", !Ref AWS::NoValue]\nE: !Sub\n  - "${x}"\n  - x: !Base64 y\nF: !GetAZs\nG: !Select {a: 1}\n', true],
    ['an unknown tag: warning, value as written', 'A: !Rain::Module x\nB: !Custom\n  k: v\nC: !Other [1]\n', true],
    ['duplicate keys naming both lines', 'A: 1\nB: 2\nA: 3\nM: {x: 1, x: 2}\n', true],
    ['aliases share the anchored node', 'a: &x {k: [1, 2]}\nb: *x\nc: [*x, *x]\nd: &s !Ref Y\ne: *s\n', true],
    ['an alias as the last value of a block mapping', 'a: &x 1\nb:\n  c: 2\n  d: *x\n', true],
    ['an alias without its anchor', 'a: *nope\n', false],
    ['an alias inside its own anchor', 'a: &x\n  b: *x\n', false],
    ['merge keys', 'base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n', false],
    ['multiple documents', 'A: 1\n---\nB: 2\n...\n---\n# only a comment\n', true],
    ['an empty file and empty values', 'A:\nB: !Ref\nC: &e\nD:\n  - \n  -\n', true],
    ['lone CR line breaks', 'A: 1\rB:\r  - x\r', true],
    ['CRLF and a BOM', '\uFEFFA: 1\r\nB: |\r\n  x\r\n  y\r\n', true],
    ['block scalars (trimmed ranges)', 'A: |\n  one\n  two\n\nB: >-\n  folded\n  text\nC: x\n', true],
    ['quoted strings, escapes and folding', "A: 'it''s'\nB: \"tab\\tx \\u00e9\"\nC: \"multi\n  line\"\nD: plain\n  continued\n", true],
    ['YAML 1.1 scalars', 'A: yes\nB: 0755\nC: 1:30\nD: ~\nE: 1e5\nF: 2010-09-09\nG: .inf\nyes: key\n010: key\n', true],
    ['comments everywhere', '# head\nA: 1 # after\n# between\nB: [1, # in flow\n  2]\nC: |  # header\n  text\n# tail\n', true],
    ['under-indented quoted strings (PyYAML reading, a warning)', 'Resources:\n  A:\n    Properties:\n      Description: "Lorem ipsum\n  dolor sit"\n', false],
    ['a syntax error', 'A: [1, 2\nB: 3\n', false],
    ['standard tags', 'A: !!str 5\nB: !!int "7"\n', false],
    ['a tab as indentation', 'A:\n\t- x\n', false],
    ['an explicit key', '? A\n: 1\n', false],
    ['a pair in a flow sequence', 'A: [k: v]\n', false],
    ['a directive', '%YAML 1.1\n---\nA: 1\n', false],
  ];
  for (const [name, text, viaCstExpected] of cases) {
    it(`${name}: the same as the Document path${viaCstExpected ? '' : ', which reads it'}`, async () => {
      const { fast, oracle, viaCst } = await bothWays(text);
      expect(fast).toEqual(oracle);
      expect(viaCst).toBe(viaCstExpected);
    });
  }

  it('counts alias expansions, not nodes: a large document without aliases is read, an alias bomb is not', async () => {
    const big = await bothWays(`A: [${'1,'.repeat(5000)}1]\n`, 1000);
    expect(big.viaCst).toBe(true);
    expect(big.fast.diagnostics).toEqual([]);
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 3; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const bomb = await bothWays(`${lines.join('\n')}\n`, 1000);
    expect(bomb.viaCst).toBe(true);
    expect(bomb.fast).toEqual(bomb.oracle);
    expect(bomb.fast.diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([['yaml-alias-limit', 2, 10]]);
  });
});
