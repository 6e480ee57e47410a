// What `npm pack` ships, and that the packed tarball works once installed:
// `npm install <tgz>` in a scratch directory (dependencies from the npm cache
// or the registry), then `npx iac-lint` over a fixture.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

const npmEnv = {
  ...process.env,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
};

/**
 * Packs with `--ignore-scripts`: the test suite's global setup has already
 * built dist/; running `prepare` again here would rewrite dist/iac-lint.js
 * while other test files execute it.
 */
function npm(cwd: string, ...args: string[]): string {
  return execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let temp: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'iac-lint-package-'));
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('npm package', () => {
  it('ships the built CLI, the rules and their docs, README and LICENSE; not fixtures, tests or the Action', () => {
    const [packed] = JSON.parse(npm(root, 'pack', '--dry-run', '--json', '--ignore-scripts')) as PackResult[];
    const files = packed!.files.map((f) => f.path).sort();
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'bin/iac-lint.js', 'dist/iac-lint.js', 'rules/rds-030.md', 'schemas/iac-lint-config.schema.json']) {
      expect(files).toContain(needed);
    }
    const unwanted = files.filter((f) =>
      /^(fixtures|test|scratch|src|scripts|bench|\.ci|dist\/action|node_modules)\//.test(f) || /^(action\.yml|\.pre-commit-hooks\.yaml)$/.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  it('installs from the tarball and lints CloudFormation and Terraform with npx iac-lint', () => {
    const started = Date.now();
    const [packed] = JSON.parse(npm(root, 'pack', '--json', '--ignore-scripts', '--pack-destination', temp)) as PackResult[];
    const tarball = join(temp, packed!.filename);
    expect(packed!.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);

    const user = join(temp, 'user');
    cpSync(join(root, 'fixtures/action/workspace'), user, { recursive: true });
    writeFileSync(join(user, 'package.json'), '{ "name": "user-infra", "private": true }\n');
    npm(user, 'install', '--no-save', tarball);

    const run = spawnSync('npx', ['--no-install', 'iac-lint', 'cloudformation', 'terraform'], {
      cwd: user,
      env: npmEnv,
      encoding: 'utf8',
    });
    console.info(`npm pack + npm install <tgz> + npx iac-lint: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(run.stderr).not.toMatch(/Error|at .*\(.*:\d+:\d+\)/);
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^cloudformation\/database\.yaml:4:\d+\s.*RDS-030/m);
    expect(run.stdout).toMatch(/^terraform\/database\/main\.tf:8:\d+\s.*RDS-030/m);

    const version = spawnSync('npx', ['--no-install', 'iac-lint', '--version'], { cwd: user, env: npmEnv, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
  }, 300_000);
});
