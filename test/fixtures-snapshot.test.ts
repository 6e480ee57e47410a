import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './rules-fixtures.js';
import { runCli } from './cli-run.js';
import { CORPUS } from './corpus-files.js';

/**
 * The whole JSON report of fixtures/ (findings, messages, lines, diagnostics,
 * summary), with and without --strict, against a committed snapshot: any
 * change of output shows here. When the change is intended, regenerate with
 * `node scripts/update-snapshots.mjs` and say so in the commit message.
 */
describe.each([
  ['fixtures.json', []],
  ['fixtures-strict.json', ['--strict']],
])('JSON report of fixtures/ (%s)', (name, extra) => {
  it('is the committed snapshot (node scripts/update-snapshots.mjs regenerates it)', async () => {
    const run = await runCli(['--format', 'json', ...extra, 'fixtures/'], { cwd: root, env: { IAC_LINT_WORKERS: '0' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2); // fixtures/ holds unparsable input on purpose
    expect(run.stdout).toBe(readFileSync(join(root, 'test/snapshots', name), 'utf8'));
  });
});

// The corpus at its default place (paths in the report are relative to it).
const corpusHere = existsSync(join(root, '../shared/corpus')) && CORPUS === join(root, '../shared/corpus');
describe.skipIf(!corpusHere)('JSON report of ../shared/corpus', () => {
  it('is the committed snapshot (node scripts/update-snapshots.mjs regenerates it)', async () => {
    const run = await runCli(['--format', 'json', '../shared/corpus'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(join(root, 'test/snapshots/corpus.json'), 'utf8'));
  });
});
