// SPEC §8 done-when over the real-world corpus (../shared/corpus): every
// file that may hold an RDS-030 finding, copied to a scratch directory with
// its context, fixed with --fix --unsafe-fixes — the fixed findings are
// gone, each changed file reads to the same values (independent parsers)
// except the fixed settings, the diff touches only the edited lines, and a
// second --fix changes nothing. Context: a CloudFormation file on its own;
// a Terraform repository's .tf/.tfvars files whole when it is small, else
// the directories that name an RDS resource type.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus-files.js';
import { checkFixes, scratchCopy } from './fix-check.js';

const present = existsSync(CORPUS);
if (!present) console.warn(`fix-corpus: corpus not found at ${CORPUS}; set IAC_LINT_CORPUS to run these tests`);

const RDS_CFN = /AWS::RDS::DB(?:Instance|Cluster)\b/;
const RDS_TF = /\b(?:aws_db_instance|aws_rds_cluster)\b/;
const CFN_FILE = /\.(?:ya?ml|json|template)$/;
const TF_FILE = /\.(?:tf|tf\.json|tfvars)$/;
/** A repository with more Terraform than this is copied by directory. */
const WHOLE_REPOSITORY_BYTES = 1_000_000;

function walk(dir: string, base: string, out: Array<{ path: string; size: number }>): void {
  for (const entry of readdirSync(join(base, dir), { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === '.terraform' || entry.name === 'node_modules') continue;
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(path, base, out);
    else if (entry.isFile()) out.push({ path, size: statSync(join(base, path)).size });
  }
}

function candidates(): string[] {
  const files: Array<{ path: string; size: number }> = [];
  walk('', CORPUS, files);
  const chosen = new Set<string>();
  const tfByRepository = new Map<string, Array<{ path: string; size: number }>>();
  for (const f of files) {
    if (CFN_FILE.test(f.path) && !f.path.endsWith('.tf.json') && f.size < 2_000_000 && RDS_CFN.test(readFileSync(join(CORPUS, f.path), 'utf8'))) chosen.add(f.path);
    if (TF_FILE.test(f.path)) {
      const repository = f.path.split('/')[0]!;
      tfByRepository.set(repository, [...(tfByRepository.get(repository) ?? []), f]);
    }
  }
  for (const tf of tfByRepository.values()) {
    const rds = tf.filter((f) => RDS_TF.test(readFileSync(join(CORPUS, f.path), 'utf8')));
    if (rds.length === 0) continue;
    const bytes = tf.reduce((n, f) => n + f.size, 0);
    const dirs = new Set(rds.map((f) => f.path.slice(0, f.path.lastIndexOf('/'))));
    for (const f of tf) if (bytes <= WHOLE_REPOSITORY_BYTES || dirs.has(f.path.slice(0, f.path.lastIndexOf('/')))) chosen.add(f.path);
  }
  return [...chosen].sort();
}

describe.skipIf(!present)('--fix --unsafe-fixes over the corpus', () => {
  it('fixes every fixable finding, keeps every other value and byte, and is idempotent', async () => {
    const files = candidates();
    const dir = scratchCopy(CORPUS, files);
    const check = await checkFixes(dir, ['.']);
    console.log(`fix-corpus: ${files.length} files copied, ${check.findings} findings, ${check.fixable} with a fix, ${check.changedFiles} files changed`);
    expect(check.problems).toEqual([]);
    expect(check.findings).toBeGreaterThan(200);
    expect(check.fixable).toBeGreaterThan(check.findings * 0.8);
  });
});
