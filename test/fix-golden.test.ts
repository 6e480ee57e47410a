// Golden diffs of --fix for each style case (fixtures/fix/<case>/ and its
// <case>.diff): tabs, CRLF, BOM, comments next to the edit, YAML flow
// mappings, resources without Properties, minified JSON, aligned and
// unaligned HCL, heredocs nearby, several blocks in a file, .tf.json, unsafe
// fixes at parameter and variable defaults. Each diff is what
// `--strict --fix --dry-run --unsafe-fixes` prints; `git apply` of it gives
// the files `--fix` writes; and each case passes the done-when checks.
// Regenerate the diffs after an intended change:
//   IAC_LINT_UPDATE_GOLDEN=1 npx vitest run test/fix-golden.test.ts
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';
import { checkFixes, scratchCopy, snapshot } from './fix-check.js';
import { root } from './rules-fixtures.js';

const cases = join(root, 'fixtures/fix');
const names = readdirSync(cases, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const OPTIONS = ['--strict', '--unsafe-fixes'];

function copyOf(name: string): string {
  return scratchCopy(join(cases, name), [...snapshot(join(cases, name)).keys()]);
}

describe('golden --fix diffs (fixtures/fix)', () => {
  it('has a case for each style', () => {
    expect(names.length).toBeGreaterThanOrEqual(17);
  });

  it.each(names)('%s', async (name) => {
    const dir = copyOf(name);
    const dry = await runCli(['--fix', '--dry-run', ...OPTIONS, '.'], { cwd: dir, env: { IAC_LINT_WORKERS: '0' } });
    const golden = join(cases, `${name}.diff`);
    if (process.env.IAC_LINT_UPDATE_GOLDEN === '1') writeFileSync(golden, dry.stdout);
    expect(dry.stdout).toBe(readFileSync(golden, 'utf8'));
    expect(dry.stdout).not.toBe('');
    // --dry-run wrote nothing.
    expect(snapshot(dir)).toEqual(snapshot(join(cases, name)));

    // The diff applies (git apply, an independent patch reader) to what --fix writes.
    const patched = copyOf(name);
    writeFileSync(join(patched, '..', `${name}.patch`), dry.stdout);
    execFileSync('git', ['apply', '--unsafe-paths', `../${name}.patch`], { cwd: patched });
    await runCli(['--fix', ...OPTIONS, '.'], { cwd: dir, env: { IAC_LINT_WORKERS: '0' } });
    expect(snapshot(patched)).toEqual(snapshot(dir));

    const check = await checkFixes(copyOf(name), ['.'], ['--strict']);
    expect(check.problems).toEqual([]);
    expect(check.fixable).toBeGreaterThan(0);
  });
});
