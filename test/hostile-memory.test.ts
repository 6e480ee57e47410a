/**
 * Memory is bounded by the largest file, not by the number of files (issue 5,
 * item 6): lint() drops each file's parsed form once its rules have run and
 * keeps only findings (plain data, no reference into the model).
 *
 * Each of the templates below takes about 23 MB of heap once parsed. The CLI
 * runs in a child process with a 64 MB old-generation heap: enough for one
 * template at a time, far too little to keep twelve (~280 MB). If lint()
 * (or a finding) held on to the parsed templates, the child would die with
 * "heap out of memory". No timing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = resolve(root, 'bin/iac-lint.js');
const FILES = 12;
const HEAP_MB = 64;

/** A 1.6 MB CloudFormation template: 4,000 buckets and one MySQL instance without IAM authentication. */
function bigTemplate(): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < 4000; i++) {
    resources[`Bucket${i}`] = { Type: 'AWS::S3::Bucket', Properties: { BucketName: `b-${i}`, Tags: Array.from({ length: 3 }, () => ({ Key: 'k', Value: 'v'.repeat(40) })) } };
  }
  resources['Db'] = { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql' } };
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 1);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iac-lint-memory-'));
  const text = bigTemplate();
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'many', `t${String(i).padStart(2, '0')}.json`), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('memory bounded by the largest file', () => {
  it(`lints ${FILES} large templates in a ${HEAP_MB} MB heap, one at a time`, () => {
    const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, bin, 'many', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 170_000 });
    expect(r.error).toBeUndefined();
    expect(r.stderr).not.toMatch(/heap out of memory/i);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { file: string }[]; summary: { filesScanned: number } };
    expect(report.summary.filesScanned).toBe(FILES);
    expect(report.findings).toHaveLength(FILES);
  }, 180_000);
});
