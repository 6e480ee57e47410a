// SPEC §7 / issue 17 item 2: each unit has a time budget; a unit that runs
// over it gets an error diagnostic at the first resource not checked, and the
// run goes on with the other units (in one thread and in the pool).
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
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
