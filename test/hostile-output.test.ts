/**
 * Output is written atomically and nowhere else (issue 5, item 5): --output
 * goes through a temporary file in the same directory and a rename, so an
 * interrupted run never leaves half a report and a reader never sees one; a
 * run over hostile input writes exactly the requested file — nothing in the
 * working directory, the inputs, HOME or TMPDIR.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';
import { validateSarif } from './sarif-validate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = resolve(root, 'fixtures/hostile');
const bin = resolve(root, 'bin/iac-lint.js');

let sandbox: string;
beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'iac-lint-output-'));
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** A fresh directory with the hostile fixtures under in/. */
function workspace(name: string): string {
  const dir = join(sandbox, name);
  cpSync(FIXTURES, join(dir, 'in'), { recursive: true });
  return dir;
}

/** Every entry under `dir` with its size and modification time: what a run may not change. */
function snapshot(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((entry) => {
      const s = statSync(join(dir, entry));
      return `${entry} ${s.isDirectory() ? 'dir' : `${s.size} ${s.mtimeMs}`}`;
    })
    .sort();
}

describe('--output is written atomically', () => {
  it('replaces an existing report by a rename: a hard link to the old report keeps the old content', async () => {
    const dir = workspace('rename');
    writeFileSync(join(dir, 'report.sarif'), 'OLD REPORT');
    linkSync(join(dir, 'report.sarif'), join(dir, 'old.sarif'));
    const before = statSync(join(dir, 'report.sarif')).ino;
    const r = await runCli(['in', '--format', 'sarif', '--output', 'report.sarif'], { cwd: dir });
    // The text report stays on the console when the report goes to a file.
    expect(r).toMatchObject({ code: 2, stderr: '' });
    expect(r.stdout).toContain('Diagnostics (problems with the input');
    // Writing in place (truncate and write) would have changed the old inode, seen through old.sarif.
    expect(readFileSync(join(dir, 'old.sarif'), 'utf8')).toBe('OLD REPORT');
    expect(statSync(join(dir, 'report.sarif')).ino).not.toBe(before);
    expect(validateSarif(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')))).toEqual([]);
  });

  it('writes through a temporary file in the output directory, and leaves only the report', async () => {
    const dir = workspace('temp');
    mkdirSync(join(dir, 'out'));
    const seen = new Set<string>();
    const watcher = watch(join(dir, 'out'), (_event, name) => {
      if (name) seen.add(name.toString());
    });
    try {
      const r = await runCli(['in', '--format', 'json', '--output', 'out/report.json'], { cwd: dir });
      expect(r.code).toBe(2);
      // Let the watcher deliver the events of the run.
      await new Promise((done) => setTimeout(done, 300));
    } finally {
      watcher.close();
    }
    // The temporary name (src/cli/atomic-write.ts): the target's name and a number.
    expect([...seen].filter((n) => n !== 'report.json')).toEqual([expect.stringMatching(/^report\.json\.\d+$/)]);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
    JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
  });

  it('when the report cannot be put in place, leaves neither a temporary file nor a changed target', async () => {
    const dir = workspace('blocked');
    mkdirSync(join(dir, 'report.sarif'));
    const before = snapshot(dir);
    const r = await runCli(['in', '--format', 'sarif', '--output', 'report.sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    // A directory is a usage error (SPEC §3), found before linting.
    expect(r.stderr).toMatch(/^iac-lint: the report file report\.sarif is a directory; name a file\n/);
    expect(r.stderr).not.toMatch(/\n\s+at \S/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('nothing is written anywhere but the requested output (a child process with its own HOME and TMPDIR)', () => {
  const run = (dir: string, args: string[]) => {
    const env = { ...process.env, HOME: join(dir, 'home'), TMPDIR: join(dir, 'tmp'), XDG_CACHE_HOME: join(dir, 'home', '.cache'), NO_COLOR: '' };
    return spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  };

  it('--output over hostile input (YAML, JSON and HCL): one new file, the inputs untouched', () => {
    const dir = workspace('child-output');
    mkdirSync(join(dir, 'home'));
    mkdirSync(join(dir, 'tmp'));
    const before = snapshot(dir);
    const r = run(dir, ['in', '--format', 'sarif', '--output', 'report.sarif']);
    expect(r.error).toBeUndefined();
    expect([r.status, r.stderr]).toEqual([2, '']);
    expect(r.stdout).toContain('Diagnostics (problems with the input');
    const after = snapshot(dir);
    expect(after.filter((e) => !before.includes(e))).toEqual([expect.stringMatching(/^report\.sarif \d+ /)]);
    expect(before.filter((e) => !after.includes(e))).toEqual([]);
  });

  it('without --output: nothing written at all', () => {
    const dir = workspace('child-stdout');
    mkdirSync(join(dir, 'home'));
    mkdirSync(join(dir, 'tmp'));
    const before = snapshot(dir);
    const r = run(dir, ['in', '--format', 'json']);
    expect(r.status).toBe(2);
    JSON.parse(r.stdout);
    expect(snapshot(dir)).toEqual(before);
  });
});
