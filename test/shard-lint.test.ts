import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli-run.js';
import { CORPUS, root } from './corpus-files.js';

interface Report {
  findings: { ruleId: string; file: string; range: unknown; resource: { name: string } }[];
  diagnostics: { file: string; code: string; range?: unknown }[];
}

const keyOf = (x: unknown): string => JSON.stringify(x);

async function report(args: string[], cwd: string): Promise<Report> {
  const run = await runCli([...args, '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

async function expectShardsPartitionTheRun(paths: string[], cwd: string, n: number): Promise<number[]> {
  const whole = await report(paths, cwd);
  const findings: string[] = [];
  const diagnostics: string[] = [];
  const sizes: number[] = [];
  for (let k = 1; k <= n; k++) {
    const shard = await report([...paths, '--shard', `${k}/${n}`], cwd);
    findings.push(...shard.findings.map(keyOf));
    diagnostics.push(...shard.diagnostics.map(keyOf));
    sizes.push(shard.findings.length);
  }
  // No overlap (each finding in one shard) and nothing lost or added.
  expect(new Set(findings).size).toBe(findings.length);
  expect([...findings].sort()).toEqual(whole.findings.map(keyOf).sort());
  expect([...diagnostics].sort()).toEqual(whole.diagnostics.map(keyOf).sort());
  return sizes;
}

describe('--shard k/n', () => {
  it('the shards of fixtures/ together give the unsharded run, without overlap', async () => {
    const sizes = await expectShardsPartitionTheRun(['fixtures'], root, 3);
    expect(sizes.filter((s) => s > 0).length).toBeGreaterThan(1);
  }, 120_000);

  it('keeps a local module with the directories that call it (fixtures/cli/tf-shared-module, tf-modules)', async () => {
    for (const n of [2, 5]) await expectShardsPartitionTheRun(['fixtures/cli/tf-shared-module', 'fixtures/cli/tf-modules'], root, n);
  }, 60_000);

  it('gives each shard its own SARIF category, with or without --sarif-category', async () => {
    const ids = async (extra: string[]): Promise<string[]> => {
      const out: string[] = [];
      for (let k = 1; k <= 3; k++) {
        const run = await runCli(['fixtures/cli', '--format', 'sarif', '--shard', `${k}/3`, ...extra], { cwd: root });
        out.push((JSON.parse(run.stdout) as { runs: { automationDetails?: { id?: string } }[] }).runs[0]!.automationDetails!.id!);
      }
      return out;
    };
    expect(await ids([])).toEqual(['iac-lint/shard-1-of-3/', 'iac-lint/shard-2-of-3/', 'iac-lint/shard-3-of-3/']);
    expect(await ids(['--sarif-category', 'infra'])).toEqual(['infra/shard-1-of-3/', 'infra/shard-2-of-3/', 'infra/shard-3-of-3/']);
  }, 60_000);

  it('rejects a malformed shard with exit code 2', async () => {
    for (const bad of ['0/3', '4/3', 'x', '1/0']) {
      const run = await runCli(['fixtures/cli', '--shard', bad], { cwd: root });
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain('--shard');
    }
  });

  describe.skipIf(!existsSync(CORPUS))('over a corpus subset', () => {
    if (!existsSync(CORPUS)) console.warn(`corpus not found at ${CORPUS}: sharding over the corpus skipped`);
    it('4 shards of two corpus trees partition the run', async () => {
      const dirs = ['aws-cloudformation-templates', 'datadog-iac-scanner/assets/queries/terraform/aws'].filter((d) => existsSync(join(CORPUS, d)));
      await expectShardsPartitionTheRun(dirs, CORPUS, 4);
    }, 300_000);
  });
});
