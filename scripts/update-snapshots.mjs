// Regenerates test/snapshots/*.json: the JSON report of fixtures/ (with and
// without --strict) and of ../shared/corpus (when present), from a fresh
// build of the CLI. Run it when a
// change alters the output on purpose (and say so in the commit message):
//   node scripts/update-snapshots.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const runs = [
  ['fixtures.json', ['fixtures/']],
  ['fixtures-strict.json', ['--strict', 'fixtures/']],
  ...(existsSync(new URL('../../shared/corpus', import.meta.url)) ? [['corpus.json', ['../shared/corpus']]] : []),
];
for (const [name, args] of runs) {
  const run = spawnSync(process.execPath, ['bin/iac-lint.js', '--format', 'json', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024, // the corpus report with its fixes' edits is several MB
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (run.error || run.stdout === '') throw run.error ?? new Error(run.stderr);
  writeFileSync(new URL(`../test/snapshots/${name}`, import.meta.url), run.stdout);
  console.log(`test/snapshots/${name}: exit ${run.status}`);
}
