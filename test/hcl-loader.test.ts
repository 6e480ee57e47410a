import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CORPUS, root, tfFilesUnder } from './corpus-files.js';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse as referenceParse } from '@cdktn/hcl2json';
import { loadHclParser } from '../src/hcl/hcl2json.js';

/** What a parse settles to: the value, or the message it rejects with. */
async function outcome(parse: (name: string, text: string) => Promise<unknown>, name: string, text: string) {
  try {
    return { value: await parse(name, text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function expectSameAsReference(name: string, text: string): Promise<'value' | 'error'> {
  const parser = await loadHclParser();
  const ours = await outcome((n, t) => parser.parse(n, t), name, text);
  const theirs = await outcome(referenceParse, name, text);
  expect(ours, name).toEqual(theirs);
  return 'value' in ours ? 'value' : 'error';
}

const SYNTAX_ERRORS: [string, string][] = [
  ['unterminated block', 'resource "aws_db_instance" "db" {\n  engine = "mysql"\n'],
  ['missing expression', 'resource "a" "b" { x = }\n'],
  ['unclosed string', 'variable "v" {\n  default = "abc\n}\n'],
  ['bad heredoc', 'locals {\n  x = <<EOT\nnever closed\n'],
  ['stray token on a multi-byte line', 'locals { name = "données" } ]\n'],
];

describe('loadHclParser', () => {
  it('returns one shared parser', async () => {
    expect(await loadHclParser()).toBe(await loadHclParser());
  });

  it('parses the rule fixtures exactly as @cdktn/hcl2json does', async () => {
    const files = tfFilesUnder(join(root, 'fixtures'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) await expectSameAsReference(relative(root, file), readFileSync(file, 'utf8'));
  });

  it.each(SYNTAX_ERRORS)('rejects a syntax error (%s) with the same message', async (_, text) => {
    expect(await expectSameAsReference('broken.tf', text)).toBe('error');
  });

  it('keeps working after a rejected parse, also with parses in flight together', async () => {
    const parser = await loadHclParser();
    const results = await Promise.allSettled([
      parser.parse('a.tf', 'locals { a = 1 }'),
      parser.parse('b.tf', 'locals { a = '),
      parser.parse('c.tf', 'locals { c = "x" }'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[2]).toEqual({ status: 'fulfilled', value: { locals: [{ c: 'x' }] } });
  });

  it('loads the uncompressed module next to a bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lint-hcl-'));
    try {
      await build({
        stdin: {
          contents: `import { loadHclParser } from './src/hcl/hcl2json.js';
            const p = await loadHclParser();
            console.log(JSON.stringify(await p.parse('x.tf', process.argv[2])));
            await p.parse('y.tf', 'x = ').catch((e) => console.log(e.message));`,
          resolveDir: root,
          loader: 'ts',
        },
        outfile: join(dir, 'bundle.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'silent',
        nodePaths: [join(root, 'node_modules')],
      });
      const gz = join(root, 'node_modules/@cdktn/hcl2json/main.wasm.gz');
      writeFileSync(join(dir, 'hcl2json.wasm'), gunzipSync(readFileSync(gz)));
      // The bundle imports @cdktn/hcl2json's Go glue from node_modules next to it.
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
      const run = () =>
        spawnSync(process.execPath, [join(dir, 'bundle.mjs'), 'resource "a" "b" { n = 1 }'], { encoding: 'utf8' });
      const out = run().stdout.split('\n');
      expect(JSON.parse(out[0]!)).toEqual(await referenceParse('x.tf', 'resource "a" "b" { n = 1 }'));
      expect(out[1]).toBe((await outcome(referenceParse, 'y.tf', 'x = ')).error);

      // Proof that it is that file which is read, and that a failing load is
      // a rejection (here unhandled, so Node reports it and exits 1).
      writeFileSync(join(dir, 'hcl2json.wasm'), 'not WebAssembly');
      const broken = run();
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('CompileError');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(CORPUS))('loadHclParser over the corpus', () => {
  if (!existsSync(CORPUS)) console.warn(`corpus not found at ${CORPUS}: skipping the corpus comparison`);

  it('parses every 40th corpus .tf file exactly as @cdktn/hcl2json does', async () => {
    const files = tfFilesUnder(CORPUS).filter((_, i) => i % 40 === 0);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) await expectSameAsReference(relative(CORPUS, file), readFileSync(file, 'utf8'));
  });
});
