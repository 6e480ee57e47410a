// Regenerates test/snapshots/fixtures*.json: the JSON report of fixtures/
// with and without --strict, from a fresh build of the CLI. Run it when a
// change alters the output on purpose (and say so in the commit message):
//   node scripts/update-snapshots.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
for (const [name, extra] of [['fixtures.json', []], ['fixtures-strict.json', ['--strict']]]) {
  const run = spawnSync(process.execPath, ['bin/iac-lint.js', '--format', 'json', ...extra, 'fixtures/'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (run.error || run.stdout === '') throw run.error ?? new Error(run.stderr);
  writeFileSync(new URL(`../test/snapshots/${name}`, import.meta.url), run.stdout);
  console.log(`test/snapshots/${name}: exit ${run.status}`);
}
