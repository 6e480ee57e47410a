import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, root } from './corpus-files.js';
import { discover } from '../src/discover/walk.js';
import { terraformUnits } from '../src/discover/terraform-units.js';
import { lintUnit, type LintUnit, type UnitSettings } from '../src/lint/unit.js';
import { lintInWorkers } from '../src/lint/pool.js';

const BUNDLE = join(root, 'dist/iac-lint.js');
const WORKER = pathToFileURL(join(root, 'dist/iac-lint-worker.js'));

/** The CLI bundle (built by the global setup) with IAC_LINT_WORKERS set. */
function cli(args: string[], workers: string, cwd = root): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BUNDLE, ...args], { cwd, encoding: 'utf8', env: { ...process.env, IAC_LINT_WORKERS: workers }, maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function unitsOf(paths: string[], cwd: string): Promise<LintUnit[]> {
  const discovery = await discover(paths, { cwd });
  return [
    ...discovery.files.filter((f) => f.kind === 'cloudformation').map((file): LintUnit => ({ kind: 'cloudformation', file })),
    ...(await terraformUnits(discovery.files, cwd)).map((unit): LintUnit => ({ kind: 'terraform', unit })),
  ];
}

const settings: UnitSettings = { cwd: root, strict: true, maxBytes: 10 * 1024 * 1024, boundary: { roots: [root.replace(/\/$/, '')] } };

describe('the worker pool gives what a serial run gives', () => {
  it('on fixtures/ through the CLI bundle (JSON and SARIF, 2 and 3 workers)', () => {
    for (const format of ['json', 'sarif']) {
      const serial = cli(['fixtures', '--format', format, '--strict'], '0');
      expect(serial.stdout.length).toBeGreaterThan(1000);
      for (const workers of ['2', '3']) {
        const pooled = cli(['fixtures', '--format', format, '--strict'], workers);
        expect(pooled.stderr).toBe(serial.stderr);
        expect(pooled.status).toBe(serial.status);
        expect(pooled.stdout === serial.stdout, `${format} with ${workers} workers`).toBe(true);
      }
    }
  }, 120_000);

  it('unit by unit, through lintInWorkers and the bundled worker', async () => {
    const units = await unitsOf(['fixtures'], root);
    expect(units.length).toBeGreaterThan(20);
    const serial = [];
    for (const unit of units) serial.push(await lintUnit(unit, settings));
    const pooled = await lintInWorkers({ units, weights: units.map((_, i) => i % 5), settings, size: 2, script: WORKER });
    expect(pooled).toEqual(serial);
  }, 120_000);

  describe.skipIf(!existsSync(CORPUS))('on a corpus subset', () => {
    if (!existsSync(CORPUS)) console.warn(`corpus not found at ${CORPUS}: pool == serial over the corpus skipped`);
    it('terraform-aws-modules-like and CloudFormation directories', () => {
      const dirs = ['aws-cloudformation-templates', 'datadog-iac-scanner/assets/queries/terraform/aws'].filter((d) => existsSync(join(CORPUS, d)));
      expect(dirs.length).toBeGreaterThan(0);
      const serial = cli([...dirs, '--format', 'json'], '0', CORPUS);
      const pooled = cli([...dirs, '--format', 'json'], '2', CORPUS);
      expect(JSON.parse(serial.stdout).findings.length).toBeGreaterThan(0);
      expect(pooled.stdout === serial.stdout).toBe(true);
      expect(pooled.stderr).toBe(serial.stderr);
    }, 300_000);
  });
});

describe('a worker that fails', () => {
  async function withWorker(source: string, test: (script: URL) => Promise<void>): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lint-pool-'));
    try {
      const file = join(dir, 'worker.mjs');
      writeFileSync(file, source);
      await test(pathToFileURL(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  for (const [what, source] of [
    ['throws', `import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { throw new Error('boom'); });`],
    ['exits', `import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(3));`],
    ['fails to load', `throw new Error('cannot start');`],
  ] as const) {
    it(`${what}: each of its units becomes an internal-error diagnostic naming the unit, and the run ends`, async () => {
      const units = (await unitsOf(['fixtures/cli'], root)).slice(0, 4);
      await withWorker(source, async (script) => {
        const outcomes = await lintInWorkers({ units, weights: units.map(() => 1), settings, size: 2, script });
        expect(outcomes).toHaveLength(units.length);
        outcomes.forEach((outcome, i) => {
          const unit = units[i]!;
          const name = unit.kind === 'cloudformation' ? unit.file.path : unit.unit.dir;
          expect(outcome.diagnostics).toEqual([expect.objectContaining({ file: name, code: 'internal-error', severity: 'error' })]);
          expect(outcome.diagnostics[0]!.message).toContain(name);
        });
      });
    }, 60_000);
  }
});
