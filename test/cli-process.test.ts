import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs the bundled CLI (built by test/global-setup.ts) as a user would.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = resolve(root, 'bin/iac-lint.js');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-process-'));
  cpSync(resolve(root, 'fixtures/cli'), join(work, 'fixtures'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function iacLint(args: string[], cwd = join(work, 'fixtures')) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', IAC_LINT_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('iac-lint as a child process', () => {
  it('exits 0 on a compliant template', () => {
    expect(iacLint(['cfn/good.json'])).toEqual({ code: 0, stdout: '0 findings in 0 files (1 file scanned)\n', stderr: '' });
  });

  it('exits 1 with findings on stdout', () => {
    const r = iacLint(['cfn', 'tf-single/main.tf']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^cfn\/db\.yaml:4:3 {2}warning {2}RDS-030 /);
    expect(r.stdout).toContain('tf-single/main.tf:4:3  warning  RDS-030');
    expect(r.stdout).not.toContain('tf-single/other.tf');
    expect(r.stderr).toBe('');
  });

  it('runs on a Node without process.getBuiltinModule (before 20.16): bin/iac-lint.js gives it one', () => {
    const expected = iacLint(['cfn', 'tf-single/main.tf']);
    const olderNode = `data:text/javascript,${encodeURIComponent('delete process.getBuiltinModule;')}`;
    const r = spawnSync(process.execPath, ['--import', olderNode, bin, 'cfn', 'tf-single/main.tf'], { cwd: join(work, 'fixtures'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '', IAC_LINT_DEBUG: '' } });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
    expect(expected.code).toBe(1);
  });

  it('exits 2 on a parse failure and still reports the other files', () => {
    const r = iacLint(['mixed']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('mixed/db.json:5:45');
    expect(r.stdout).toContain('mixed/broken.yaml:');
    expect(r.stderr).toBe('');
  });

  it('exits 2 on a usage error with a hint and no stack trace', () => {
    const r = iacLint(['--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^iac-lint: --format: unknown format "yaml"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--output writes exactly one file in the output directory, nothing anywhere else', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'iac-lint-output-'));
    try {
      cpSync(join(work, 'fixtures/cfn'), join(scratch, 'cfn'), { recursive: true });
      const before = readdirSync(scratch, { recursive: true }).sort();
      const r = iacLint(['cfn', '--format', 'json', '--output', 'report.json'], scratch);
      expect(r).toMatchObject({ code: 1, stderr: '' });
      expect(r.stdout).toContain('cfn/db.yaml:4:3  warning  RDS-030');
      const after = readdirSync(scratch, { recursive: true }).sort();
      expect(after).toEqual([...before, 'report.json'].sort());
      expect(JSON.parse(readFileSync(join(scratch, 'report.json'), 'utf8'))).toMatchObject({ version: 1, summary: { findings: 1, suppressed: 1 } });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('stops quietly when the reader closes the pipe early (iac-lint | head)', async () => {
    // The SARIF of the rule fixtures is larger than a pipe buffer, so the CLI is still writing when the pipe closes.
    const child = spawn(process.execPath, [bin, 'fixtures/rules', '--format', 'sarif'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  // Node's stdio: 'pipe' is a socket: a reader that closes with data unread makes the next write fail with ECONNRESET, not EPIPE.
  it.each(['json', 'sarif'])('stops quietly when the reader closes the socket with the report unread (ECONNRESET), %s', async (format) => {
    for (let run = 0; run < 3; run++) {
      const child = spawn(process.execPath, [bin, 'fixtures/rules', '--format', format], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      // Nothing is read: once the report has filled the socket's buffers, the reader goes.
      child.stdout.once('readable', () => setTimeout(() => child.stdout.destroy(), 300));
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect([code, stderr]).toEqual([1, '']);
    }
  });
});
