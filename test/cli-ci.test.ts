import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/main.js';
import { useColor } from '../src/cli/color.js';
import { progressOnStderr } from '../src/cli/progress.js';
import { allRules } from '../rules/index.js';
import { runCli, type CliRun } from './cli-run.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = resolve(root, 'fixtures/cli');

function run(argv: string[], io: Partial<CliIO> = {}): Promise<CliRun> {
  return runCli(argv, { cwd: fixtures, ...io });
}

describe('exit codes for CI (SPEC §4, issue 14)', () => {
  it('--soft-fail exits 0 with findings and with input problems, but not on usage errors', async () => {
    expect((await run(['cfn', '--soft-fail'])).code).toBe(0);
    const mixed = await run(['mixed', '--soft-fail']);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain('mixed/db.json:5:45');
    expect(mixed.stdout).toContain('[yaml-syntax]');
    expect((await run(['cfn', '--soft-fail', '--format', 'nope'])).code).toBe(2);
  });

  it('--fail-on in any case: HIGH, Medium, NONE', async () => {
    expect((await run(['cfn', '--fail-on', 'HIGH'])).code).toBe(0);
    expect((await run(['cfn', '--fail-on', 'Medium'])).code).toBe(1);
    expect((await run(['cfn', '--fail-on', 'NONE'])).code).toBe(0);
    expect((await run(['cfn', '--fail-on', 'Warning'])).code).toBe(1);
  });

  it('a file skipped by --max-file-size exits 2 even with --fail-on none', async () => {
    expect((await run(['cfn/good.json', '--max-file-size', '0.0001', '--fail-on', 'none'])).code).toBe(2);
  });

  it('--max-file-size takes plain decimal megabytes only: 0x10, 1e3 and Infinity are usage errors', async () => {
    for (const value of ['0x10', '1e3', 'Infinity', '0']) {
      const r = await run(['cfn', '--max-file-size', value]);
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toContain(`--max-file-size must be a positive decimal number of megabytes, got "${value}"`);
    }
    expect((await run(['cfn', '--max-file-size', '0.5'])).code).toBe(1);
  });
});

describe('terminal (issue 14)', () => {
  it('--list-rules lists every rule with id, severity and title, and exits 0', async () => {
    const r = await run(['--list-rules']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(allRules.length);
    expect(r.stdout).toMatch(/^RDS-030 {2}medium {4}RDS database without IAM database authentication\n/m);
  });

  it('--quiet prints the findings only', async () => {
    const r = await run(['mixed', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^mixed\/db\.json:5:45 {2}warning {2}RDS-030 [^\n]*\n$/);
  });

  it('--color auto|always|never, NO_COLOR and FORCE_COLOR', async () => {
    const colored = (r: CliRun) => r.stdout.includes('\u001b[');
    expect(colored(await run(['cfn'], { isTTY: true }))).toBe(true);
    expect(colored(await run(['cfn'], { isTTY: false }))).toBe(false);
    expect(colored(await run(['cfn', '--color', 'always'], { isTTY: false }))).toBe(true);
    expect(colored(await run(['cfn', '--color', 'never'], { isTTY: true }))).toBe(false);
    expect(colored(await run(['cfn', '--no-color'], { isTTY: true }))).toBe(false);
    expect(colored(await run(['cfn'], { isTTY: true, env: { NO_COLOR: '1' } }))).toBe(false);
    expect(colored(await run(['cfn'], { isTTY: false, env: { FORCE_COLOR: '1' } }))).toBe(true);
    expect(colored(await run(['cfn'], { isTTY: true, env: { FORCE_COLOR: '0' } }))).toBe(false);
    expect((await run(['cfn', '--color', 'sometimes'])).code).toBe(2);
    // Only the console is coloured, never a file.
    expect(useColor('auto', { FORCE_COLOR: '' }, false)).toBe(true);
    expect(useColor('auto', { NO_COLOR: '' }, true)).toBe(true);
  });

  it('progress goes to stderr only when it is a terminal', async () => {
    const r = await run(['cfn', 'mixed'], { stderrIsTTY: false });
    expect(r.stderr).toBe('');
  });

  it('the progress line appears after a second, shows files done/total, is throttled and erased at the end', () => {
    let t = 0;
    let out = '';
    const progress = progressOnStderr((s) => (out += s), () => t);
    progress.update(1, 10);
    expect(out).toBe('');
    t = 1500;
    progress.update(2, 10);
    t = 1550;
    progress.update(3, 10);
    t = 1700;
    progress.update(4, 10);
    expect(out).toBe('\r\u001b[2Kiac-lint: 2/10 files\r\u001b[2Kiac-lint: 4/10 files');
    progress.done();
    expect(out.endsWith('\r\u001b[2K')).toBe(true);
  });
});

describe('output escaping (issue 17 item 3)', () => {
  it('text output shows ESC and bidi controls from a file name as \\uXXXX', async () => {
    const { mkdtempSync, cpSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'iac-lint-escape-'));
    try {
      cpSync(resolve(fixtures, 'cfn/db.yaml'), join(dir, 'a\u202ecod\u001b[2J.yaml'));
      const text = await runCli(['.'], { cwd: dir });
      expect(text.stdout).toContain('a\\u202ecod\\u001b[2J.yaml:4:3');
      expect(text.stdout).not.toMatch(/[\u001b\u202e]/);
      const github = await runCli(['.', '-f', 'github'], { cwd: dir });
      expect(github.stdout).toContain('file=a\\u202ecod\\u001b[2J.yaml');
      expect(github.stdout).not.toMatch(/[\u001b\u202e]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
