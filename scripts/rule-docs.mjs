// Writes rules/<id>.md for every shipped rule from its metadata and fixtures
// (scripts/rule-docs.ts). Run it after changing a rule's metadata or its
// example fixtures: node scripts/rule-docs.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `import { allRules } from './rules/index.ts';
import { ruleDocsFile, ruleDocsPath } from './scripts/rule-docs.ts';
export const docs = allRules.map((rule) => [ruleDocsPath(rule), ruleDocsFile(rule, ${JSON.stringify(root)})]);`;
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  packages: 'external',
  logLevel: 'warning',
});
const dir = mkdtempSync(join(tmpdir(), 'iac-lint-rule-docs-'));
try {
  const file = join(dir, 'docs.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  const { docs } = await import(pathToFileURL(file).href);
  for (const [path, text] of docs) {
    writeFileSync(join(root, path), text);
    console.log(path);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
