import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { tick } from '../src/model/time-budget.js';
import { youngGenerationCapped } from '../src/model/young-generation.js';

const newSpace = (): number => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;
const MB = 2 ** 20;

describe("V8's young generation (issue 16: peak RSS of 50k files ≤ 2× that of 1k)", () => {
  it("gets V8's --semi-space-growth-factor=1 from the readers' tick() once the new space has reached 8 MB", () => {
    // Objects that live across scavenges grow V8's new space, as a large unit's model does while it is read.
    const alive: unknown[] = new Array(100_000);
    let sizeWhenCapped = 0;
    for (let i = 0; i < 20_000_000 && !youngGenerationCapped(); i++) {
      alive[i % alive.length] = { i, text: `x${i}` };
      tick();
      if (youngGenerationCapped()) sizeWhenCapped = newSpace();
    }
    expect(youngGenerationCapped()).toBe(true);
    // Not sooner: a smaller young generation costs scavenges (CPU) on the corpus.
    expect(sizeWhenCapped).toBeGreaterThanOrEqual(8 * MB);
  });

  it('stays at 8 MB over a run of 3,000 small files (it grew to 16 MB without the cap, 32 MB at 50k files)', () => {
    // The bundled CLI (built by test/global-setup.ts) in a process of its own: the flag is per process.
    // If a later Node stops reading the flag at run time, this is the test that says so.
    const work = mkdtempSync(join(tmpdir(), 'iac-lint-young-'));
    try {
      for (let i = 0; i < 3000; i++) {
        const sub = join(work, 'tree', `d${Math.floor(i / 100)}`);
        if (i % 100 === 0) mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `t${i}.yaml`), `AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      EnableIAMDatabaseAuthentication: ${i % 2 === 0}\n`);
      }
      const report = join(work, 'new-space');
      const hook = join(work, 'hook.cjs');
      writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)));`);
      const bin = resolve(fileURLToPath(new URL('..', import.meta.url)), 'bin/iac-lint.js');
      const r = spawnSync(process.execPath, ['--require', hook, bin, 'tree', '--format', 'json'], { cwd: work, encoding: 'utf8', env: { ...process.env, IAC_LINT_WORKERS: '0' }, maxBuffer: 64 * MB });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(Number(readFileSync(report, 'utf8'))).toBeLessThanOrEqual(8 * MB);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
