import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The bundled CLI (built by test/global-setup.ts) writes its reports with
// write(2) on fd 1 and 2 (src/cli/stdio.ts), not through process.stdout.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = resolve(root, 'bin/iac-lint.js');
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR')), IAC_LINT_DEBUG: '' };
// The SARIF of the rule fixtures: larger than a pipe buffer.
const large = ['fixtures/rules', '--format', 'sarif'];

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-stdio-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('stdout and stderr of the CLI', () => {
  it('a stdout another process left non-blocking gets the whole report while the reader waits', async () => {
    const expected = spawnSync(process.execPath, [bin, ...large], { cwd: root, encoding: 'utf8', env, maxBuffer: 2 ** 28 });
    expect(expected.status).toBe(1);
    expect(expected.stdout.length).toBeGreaterThan(256 * 1024);
    // libuv makes a pipe's descriptor non-blocking when Node opens a socket on it.
    const nonBlocking = `data:text/javascript,${encodeURIComponent("import { Socket } from 'node:net'; globalThis.keep = new Socket({ fd: 1, readable: false });")}`;
    const child = spawn(process.execPath, ['--import', nonBlocking, bin, ...large], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.pause();
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The pipe fills while nobody reads: the CLI's writes meet EAGAIN.
    setTimeout(() => child.stdout.resume(), 300);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(Buffer.concat(out).toString('utf8')).toBe(expected.stdout);
  });

  it('a report to a file or /dev/null: no colour, the exit code of the run', () => {
    const file = join(work, 'report.txt');
    const r = spawnSync('/bin/sh', ['-c', `"$0" "$1" fixtures/cli/cfn > "$2"; echo $? > "$2.code"; "$0" "$1" fixtures/cli/cfn > /dev/null; echo $?`, process.execPath, bin, file], { cwd: root, encoding: 'utf8', env });
    expect(r.stdout).toBe('1\n');
    expect(readFileSync(`${file}.code`, 'utf8')).toBe('1\n');
    const report = readFileSync(file, 'utf8');
    expect(report).toContain('cfn/db.yaml:4:3  warning  RDS-030');
    expect(report).not.toContain('\u001b[');
  });

  // util-linux script(1) runs the CLI on a pseudo-terminal.
  it.runIf(process.platform === 'linux' && existsSync('/usr/bin/script'))('at a terminal: colour', () => {
    const r = spawnSync('/usr/bin/script', ['-qec', `"${process.execPath}" "${bin}" fixtures/cli/cfn`, '/dev/null'], { cwd: root, encoding: 'utf8', env });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('\u001b[');
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toContain('cfn/db.yaml:4:3  warning  RDS-030');
  });
});
