import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, readSourceFile } from '../src/discover/read.js';

let dir: string;
const MB = 1024 * 1024;
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iac-lint-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readSourceFile', () => {
  it('reads UTF-8 text, removes a BOM and keeps CRLF', async () => {
    const out = await readSourceFile(file('bom.yaml', '\uFEFFa: 1\r\nb: é\r\n'), 'bom.yaml', MB, { roots: [dir] });
    expect(out).toEqual({ ok: true, text: 'a: 1\r\nb: é\r\n', diagnostics: [] });
  });

  it('reads an empty file as empty text', async () => {
    expect(await readSourceFile(file('empty.yaml', ''), 'empty.yaml', MB, { roots: [dir] })).toEqual({ ok: true, text: '', diagnostics: [] });
  });

  it('skips a file over the size limit with a warning, without reading it', async () => {
    const out = await readSourceFile(file('big.json', 'x'.repeat(MB + 1)), 'big.json', MB, { roots: [dir] });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.reason).toBe('too-large');
    expect(out.diagnostic).toMatchObject({ file: 'big.json', severity: 'warning', code: 'file-too-large' });
    expect(out.diagnostic.message).toMatch(/^skipped: larger than 1 MB/);
  });

  it('refuses binary content (NUL bytes)', async () => {
    const out = await readSourceFile(file('image.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), 'image.yaml', MB, { roots: [dir] });
    expect(out).toMatchObject({ ok: false, reason: 'binary', diagnostic: { code: 'binary-file', severity: 'warning' } });
  });

  it('never blocks on a FIFO: it is opened non-blocking and refused as not a regular file', async () => {
    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    const out = await readSourceFile(fifo, 'fifo.yaml', MB, { roots: [dir] });
    expect(out).toMatchObject({ ok: false, reason: 'not-a-file' });
  });

  it('reports a broken symbolic link as an error, without a stack trace', async () => {
    const link = join(dir, 'dangling.yaml');
    symlinkSync(join(dir, 'nowhere.yaml'), link);
    const out = await readSourceFile(link, 'dangling.yaml', MB, { roots: [dir] });
    expect(out).toMatchObject({ ok: false, reason: 'unreadable', diagnostic: { severity: 'error', code: 'broken-symlink', file: 'dangling.yaml' } });
    if (!out.ok) expect(out.diagnostic.message).not.toMatch(/\n\s+at /);
  });

  it.skipIf(isRoot)('reports an unreadable file (EACCES) as an error', async () => {
    const path = file('secret.yaml', 'a: 1\n');
    chmodSync(path, 0o000);
    const out = await readSourceFile(path, 'secret.yaml', MB, { roots: [dir] });
    expect(out).toMatchObject({ ok: false, reason: 'unreadable', diagnostic: { code: 'unreadable', message: 'cannot read: permission denied' } });
  });
  if (isRoot) console.warn('discover-read: running as root, the EACCES case cannot be produced and is skipped');
});

describe('decode', () => {
  it('names the line and column of the first invalid byte and still returns the text', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: é\nc: x'), Buffer.from([0xff]), Buffer.from('y\n')]);
    const out = decode(bytes, 'bad.yaml');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.text.startsWith('a: 1\nb: é\nc: x\uFFFDy\n')).toBe(true);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ file: 'bad.yaml', severity: 'error', code: 'invalid-utf8' });
    expect(out.diagnostics[0]!.range!.start).toEqual({ line: 3, column: 5, offset: 14 });
    expect(out.diagnostics[0]!.message).toContain('0xff');
  });

  it('points at the lead byte of a truncated sequence, not at the byte after it', () => {
    const bytes = Buffer.concat([Buffer.from('k: '), Buffer.from([0xe2, 0x82]), Buffer.from('A\n')]);
    const out = decode(bytes, 'cut.yaml');
    if (!out.ok) throw new Error('expected text');
    expect(out.diagnostics[0]!.range!.start).toMatchObject({ line: 1, column: 4 });
    expect(out.diagnostics[0]!.message).toContain('0xe2');
  });

  it('handles a truncated sequence at the very end', () => {
    const out = decode(Buffer.concat([Buffer.from('a\nbc'), Buffer.from([0xf0, 0x9f])]), 'end.yaml');
    if (!out.ok) throw new Error('expected text');
    expect(out.diagnostics[0]!.range!.start).toMatchObject({ line: 2, column: 3 });
  });
});
