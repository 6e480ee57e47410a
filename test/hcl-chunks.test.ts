import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, tfFilesUnder } from './corpus-files.js';
import { LineIndex } from '../src/model/range.js';
import { parseHcl, type HclParse } from '../src/parsers/terraform/hcl2json.js';
import { scanHcl } from '../src/parsers/terraform/scanner.js';
import { chunkHcl, mergeHclJson, shiftHclLines } from '../src/hcl/chunks.js';


const whole = (file: string, text: string): Promise<HclParse> => parseHcl(file, text, new LineIndex(text), { chunkedFrom: Infinity });
/** Cut into chunks of about `size` characters whatever the file's size. */
const chunked = (file: string, text: string, size: number): Promise<HclParse> =>
  parseHcl(file, text, new LineIndex(text), { scan: () => scanHcl(text), chunkedFrom: 0, chunkSize: size });

/** `count` top-level blocks, one per few lines. */
function blocks(count: number, extra: (i: number) => string = () => ''): string {
  return Array.from({ length: count }, (_, i) => `resource "aws_s3_bucket" "b${i % 7}" {\n  bucket = "name-${i}"\n${extra(i)}}\n`).join('\n');
}

describe('chunkHcl', () => {
  it('cuts at line starts in front of top-level blocks, counting the lines before each chunk', () => {
    const text = blocks(20);
    const scan = scanHcl(text);
    const items = scan.body.map((b) => ({ kind: b.kind, start: (b as { extent: { start: number } }).extent.start, end: (b as { extent: { end: number } }).extent.end }));
    const chunks = chunkHcl(text, items, 100)!;
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
    for (const c of chunks) {
      expect(c.start === 0 || text[c.start - 1] === '\n').toBe(true);
      expect(c.lineOffset).toBe(text.slice(0, c.start).split('\n').length - 1);
    }
  });

  it('does not cut a file with top-level attributes (HCL checks them across the whole body)', () => {
    expect(chunkHcl('a = 1\nb = 2\n', [{ kind: 'attribute', start: 0, end: 5 }, { kind: 'attribute', start: 6, end: 11 }], 1)).toBeUndefined();
  });

  it('does not cut between two blocks on one line', () => {
    const text = 'a {}\nb {} c {}\n';
    const chunks = chunkHcl(text, [{ kind: 'block', start: 0, end: 4 }, { kind: 'block', start: 5, end: 9 }, { kind: 'block', start: 10, end: 14 }], 1)!;
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual(['a {}\n', 'b {} c {}\n']);
  });
});

describe('mergeHclJson', () => {
  it('concatenates bodies of the same block address and sorts keys as Go does', () => {
    const merged = mergeHclJson([{ resource: { z: { b: [{ x: 1 }] } }, locals: [{ q: 1 }] }, { resource: { a: { b: [{ y: 2 }] }, z: { b: [{ x: 3 }] } }, locals: [{ r: 1 }] }]);
    expect(JSON.stringify(merged)).toBe('{"locals":[{"q":1},{"r":1}],"resource":{"a":{"b":[{"y":2}]},"z":{"b":[{"x":1},{"x":3}]}}}');
  });

  it('refuses values it cannot merge', () => {
    expect(mergeHclJson([{ a: 1 }, { a: 2 }])).toBeUndefined();
  });
});

describe('shiftHclLines', () => {
  it('shifts start and end lines, leaving columns', () => {
    expect(shiftHclLines('input.hcl:2,6-3,1: A; b. input.hcl:5,20-21: C', 'input.hcl', 100)).toBe('input.hcl:102,6-103,1: A; b. input.hcl:105,20-21: C');
  });
});

describe('chunked HCL parsing gives what a whole-file parse gives', () => {
  it('duplicate block addresses, locals and comments between blocks', async () => {
    const text = `# head\n${blocks(30, (i) => (i % 5 === 0 ? '  tags = { a = "b" }\n' : ''))}\n/* tail */\nlocals {\n  x = 1\n}\nlocals {\n  y = 2\n}\n`;
    const expected = await whole('f.tf', text);
    expect(expected.ok).toBe(true);
    expect(JSON.stringify(await chunked('f.tf', text, 64))).toBe(JSON.stringify(expected));
  });

  it('syntax errors in a later chunk are reported at the file line and column', async () => {
    const text = `${blocks(40)}\nresource "a" "b" {\n  x = \n}\n${blocks(10)}\nresource "c" "d" {\n  y = ]\n}\n`;
    const expected = await whole('f.tf', text);
    expect(expected.ok).toBe(false);
    const got = await chunked('f.tf', text, 200);
    expect(got).toEqual(expected);
    if (!got.ok) {
      const lines = text.split('\n');
      const first = got.diagnostics[0]!.range!.start.line;
      expect(lines[first - 1]).toMatch(/x = $/);
    }
  });

  it('a scanner error (unclosed block) falls back to the whole-file parse', async () => {
    const text = `${blocks(20)}\nresource "a" "b" {\n  x = 1\n`;
    expect(await chunked('f.tf', text, 64)).toEqual(await whole('f.tf', text));
  });
});

describe.skipIf(!existsSync(CORPUS))('chunked == whole over the corpus .tf files', () => {
  if (!existsSync(CORPUS)) console.warn(`corpus not found at ${CORPUS}: chunked-parse equivalence over the corpus skipped`);
  const files = existsSync(CORPUS) ? tfFilesUnder(CORPUS).filter((f) => statSync(f).size >= 2048) : [];

  it(`every .tf file of at least 2 KB (${files.length}), cut into ~1 KB chunks`, async () => {
    let cut = 0;
    for (const file of files) {
      if (statSync(file).size > 1024 * 1024) continue;
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const expected = await whole(file, text);
      const got = await chunked(file, text, 1024);
      expect(JSON.stringify(got), file).toBe(JSON.stringify(expected));
      if (chunkHcl(text, scanHcl(text).body.map((b) => ({ kind: b.kind, start: b.kind === 'block' ? b.extent.start : b.key.start, end: b.kind === 'block' ? b.extent.end : b.value.end })), 1024)) cut++;
    }
    expect(cut).toBeGreaterThan(files.length / 2);
  }, 300_000);

  it('the largest file (3.2 MB) with the default thresholds', async () => {
    const file = join(CORPUS, 'datadog-iac-scanner/test/fixtures/max_file_size/sample.tf');
    if (!existsSync(file)) return;
    const text = readFileSync(file, 'utf8');
    const expected = await whole(file, text);
    const got = await parseHcl(file, text, new LineIndex(text), { scan: () => scanHcl(text) });
    expect(JSON.stringify(got) === JSON.stringify(expected)).toBe(true);
  }, 120_000);
});
