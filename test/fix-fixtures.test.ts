// SPEC §8 done-when over every bad RDS-030 fixture (a scratch copy).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixes, scratchCopy } from './fix-check.js';
import { root } from './rules-fixtures.js';

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, out);
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

describe('--fix --unsafe-fixes over the bad RDS-030 fixtures', () => {
  it('fixes every fixable finding, keeps every other value and byte, and is idempotent', async () => {
    const files = filesUnder(join(root, 'fixtures/rules/RDS-030/bad'));
    const dir = scratchCopy(root, files);
    const check = await checkFixes(dir, ['fixtures/rules/RDS-030/bad']);
    expect(check.problems).toEqual([]);
    // Every bad fixture has a finding; all but the conditional, unknown and external ones have a fix.
    expect(check.findings).toBeGreaterThan(100);
    expect(check.fixable).toBeGreaterThan(check.findings * 0.75);
    expect(check.changedFiles).toBeGreaterThan(50);
  });
});
