// SPEC §7 / issue 17 item 2: each unit has a time budget; a unit that runs
// over it gets an error diagnostic at the first resource not checked (or at
// the file, when it ran out while reading or resolving: the readers and
// resolvers tick, model/time-budget.ts), and the run goes on with the other
// units (in one thread and in the pool, which also replaces a worker that
// does not answer).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../src/discover/walk.js';
import { lintInWorkers } from '../src/lint/pool.js';
import { lint } from '../src/lint/run.js';
import { lintUnit, type UnitSettings } from '../src/lint/unit.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const paths = ['fixtures/hostile/db.yaml', 'fixtures/cloudformation/parameters/database.yaml'];

describe('the time budget of a unit', () => {
  it('a unit over its budget gets a time-budget error at the first resource not checked; nothing is lost silently', async () => {
    const within = await lint({ paths, cwd: root, workers: 0 });
    expect(within.findings).toHaveLength(2);
    expect(within.diagnostics).toEqual([]);
    const over = await lint({ paths, cwd: root, workers: 0, unitTimeBudgetMs: 0 });
    expect(over.findings).toEqual([]);
    expect(over.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}: ${d.message}`)).toEqual([
      'fixtures/cloudformation/parameters/database.yaml:13:3 error time-budget: the time budget of this unit ran out: Database and the resources after it were not checked',
      'fixtures/hostile/db.yaml:3:3 error time-budget: the time budget of this unit ran out: Db and the resources after it were not checked',
    ]);
  });

  it('IAC_LINT_UNIT_TIME_BUDGET sets it from the environment (exit 2 when a unit runs out)', async () => {
    expect((await runCli(paths, { cwd: root, env: { IAC_LINT_UNIT_TIME_BUDGET: '0' } })).code).toBe(2);
    expect((await runCli(paths, { cwd: root, env: { IAC_LINT_UNIT_TIME_BUDGET: 'soon' } })).code).toBe(1);
    const pooled = await lint({ paths, cwd: root, workers: 2, unitTimeBudgetMs: 0 });
    expect(pooled.diagnostics.map((d) => d.code)).toEqual(['time-budget', 'time-budget']);
  });
});

/**
 * A directory with the two small templates and large generated ones (2 MB
 * of YAML, 2 MB of JSON, 6 MB of HCL): reading and parsing the large ones takes far more
 * than CLOCK_EVERY ticks (model/time-budget.ts), the small ones far fewer.
 */
describe('the time budget stops a reader that is still reading', () => {
  let dir: string;
  const show = (d: { file: string; range?: { start: { line: number } }; code: string; message: string }) => `${d.file}${d.range ? `:${d.range.start.line}` : ''} ${d.code}: ${d.message}`;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iac-lint-budget-'));
    copyFileSync(join(root, paths[0]!), join(dir, 'db.yaml'));
    copyFileSync(join(root, paths[1]!), join(dir, 'database.yaml'));
    const tags = Array.from({ length: 60_000 }, (_, i) => `        - {Key: k${i}, Value: v${i}}\n`).join('');
    writeFileSync(join(dir, 'large.yaml'), `Resources:\n  Large:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      Tags:\n${tags}`);
    const json = { Resources: { Large: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', Tags: Array.from({ length: 60_000 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` })) } } } };
    writeFileSync(join(dir, 'large.json'), JSON.stringify(json));
    mkdirSync(join(dir, 'tf'));
    const locals = Array.from({ length: 150_000 }, (_, i) => `  l${i} = { a = "x${i}", b = [1, 2, 3] }\n`).join('');
    writeFileSync(join(dir, 'tf/main.tf'), `locals {\n${locals}}\nresource "aws_db_instance" "large" {\n  engine = "mysql"\n}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in one thread: the large files get a time-budget error at the file, the small ones at their first resource as before', async () => {
    const over = await lint({ paths: ['.'], cwd: dir, workers: 0, unitTimeBudgetMs: 0 });
    expect(over.findings).toEqual([]);
    // Before the readers ticked, the large files were read to the end (seconds) and stopped at their first resource (Large:2, large:…).
    expect(over.diagnostics.map(show)).toEqual([
      'database.yaml:13 time-budget: the time budget of this unit ran out: Database and the resources after it were not checked',
      'db.yaml:3 time-budget: the time budget of this unit ran out: Db and the resources after it were not checked',
      'large.json time-budget: the time budget of this unit ran out (0 ms) while reading or resolving: large.json was not checked',
      'large.yaml time-budget: the time budget of this unit ran out (0 ms) while reading or resolving: large.yaml was not checked',
      'tf time-budget: the time budget of this unit ran out (0 ms) while reading or resolving: tf was not checked',
    ]);
  });

  it('through the pool (the bundled worker): the same units run out, each once, and the run ends', async () => {
    const units = (await discover(['.'], { cwd: dir })).files.filter((f) => f.kind === 'cloudformation').map((file) => ({ kind: 'cloudformation' as const, file }));
    const settings: UnitSettings = { cwd: dir, strict: false, maxBytes: 10 * 1024 * 1024, boundary: { roots: [dir] }, timeBudgetMs: 0 };
    const script = pathToFileURL(join(root, 'dist/iac-lint-worker.js'));
    const outcomes = await lintInWorkers({ units, weights: units.map((u) => (u.file.path.startsWith('large') ? 2 : 1)), settings, size: 2, script });
    const got = outcomes.map((o) => o.diagnostics.map((d) => `${d.file}${d.range ? ' at a resource' : ''} ${d.code}`));
    expect(got).toEqual([['database.yaml at a resource time-budget'], ['db.yaml at a resource time-budget'], ['large.json time-budget'], ['large.yaml time-budget']]);
  }, 60_000);
});

describe('a worker that never answers', () => {
  it('is replaced after twice the budget: its unit gets a time-budget error, the units linted meanwhile keep their findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lint-stuck-'));
    try {
      // Stuck where no tick reaches (native code, a regular expression): the main thread must end it.
      const file = join(dir, 'worker.mjs');
      writeFileSync(file, `import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { for (;;); });`);
      const stuck = [paths[1]!, 'fixtures/rules/RDS-030/bad/postgres-false.yaml'];
      const units = (await discover([paths[0]!, ...stuck], { cwd: root })).files.map((file) => ({ kind: 'cloudformation' as const, file }));
      const settings: UnitSettings = { cwd: root, strict: false, maxBytes: 10 * 1024 * 1024, boundary: { roots: [root.replace(/\/$/, '')] }, timeBudgetMs: 500 };
      // The heavier units go to the (stuck) worker, two at a time (the second waits, then goes to its replacement); the lightest is linted on this thread.
      const weights = units.map((u) => (stuck.includes(u.file.path) ? 2 : 1));
      await lintUnit(units[0]!, settings); // the readers are loaded before the budget counts
      const outcomes = await lintInWorkers({ units, weights, settings, size: 2, script: pathToFileURL(file), lintHere: true });
      const byPath = new Map(units.map((u, i) => [u.file.path, outcomes[i]!]));
      for (const path of stuck) {
        expect(byPath.get(path)!.diagnostics.map((d) => `${d.file} ${d.code}: ${d.message}`)).toEqual([
          `${path} time-budget: the time budget of this unit ran out (500 ms) and its worker thread did not answer long after (it was replaced): ${path} was not checked`,
        ]);
      }
      expect(byPath.get(paths[0]!)!.diagnostics).toEqual([]);
      expect(byPath.get(paths[0]!)!.findings.map((f) => f.ruleId)).toEqual(['RDS-030']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
