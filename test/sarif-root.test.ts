import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';
import { validateSarif } from './sarif-validate.js';

// SARIF %SRCROOT% (issue 14 item 6): the git work tree root when there is one, else the working directory.
const root = fileURLToPath(new URL('..', import.meta.url));
const template = resolve(root, 'fixtures/cli/cfn/db.yaml');

let work: string;
beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'iac-lint-srcroot-')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function sarifOf(cwd: string, paths: string[]): Promise<Log> {
  const r = await runCli([...paths, '-f', 'sarif'], { cwd });
  const log = JSON.parse(r.stdout) as Log;
  expect(validateSarif(log)).toEqual([]);
  return log;
}

describe('SARIF %SRCROOT%', () => {
  it('is the git work tree root for a run from a subfolder: URIs code scanning can place', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, 'services/api/infra'), { recursive: true });
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    cpSync(template, join(repo, 'services/api/infra/db.yaml'));
    const log = await sarifOf(join(repo, 'services/api'), ['infra']);
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds!['%SRCROOT%']).toEqual({
      uri: pathToFileURL(repo).href + '/',
      description: { text: 'The root of the git work tree that holds the linted files' },
    });
    expect(run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation)).toEqual([
      { uri: 'services/api/infra/db.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'services/api/infra/db.yaml', uriBaseId: '%SRCROOT%' },
    ]);
  });

  it('partialFingerprints (and GitLab fingerprints) are the same from a subfolder as from the root (SPEC §3)', async () => {
    const repo = join(work, 'repo-prints');
    mkdirSync(join(repo, 'services/api/infra'), { recursive: true });
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    cpSync(template, join(repo, 'services/api/infra/db.yaml'));
    const prints = (log: Log) => log.runs[0]!.results!.map((r) => r.partialFingerprints!['iacLint/v1']);
    const fromRoot = prints(await sarifOf(repo, ['services/api/infra']));
    const fromSub = prints(await sarifOf(join(repo, 'services/api'), ['infra']));
    const fromInfra = prints(await sarifOf(join(repo, 'services/api/infra'), ['db.yaml']));
    expect(fromRoot).toHaveLength(2);
    expect(new Set(fromRoot).size).toBe(2);
    expect(fromSub).toEqual(fromRoot);
    expect(fromInfra).toEqual(fromRoot);
    const gitlab = async (cwd: string, path: string) =>
      (JSON.parse((await runCli([path, '-f', 'gitlab'], { cwd })).stdout) as Array<{ check_name: string; fingerprint: string }>)
        .filter((i) => i.check_name === 'RDS-030')
        .map((i) => i.fingerprint);
    expect(await gitlab(join(repo, 'services/api'), 'infra')).toEqual(await gitlab(repo, 'services/api/infra'));
  });

  it('is the working directory when no git work tree holds it, and says so', async () => {
    const plain = join(work, 'plain');
    mkdirSync(join(plain, 'infra'), { recursive: true });
    cpSync(template, join(plain, 'infra/db.yaml'));
    const run = (await sarifOf(plain, ['infra'])).runs[0]!;
    expect(run.originalUriBaseIds!['%SRCROOT%']).toEqual({
      uri: pathToFileURL(plain).href + '/',
      description: { text: 'The working directory of the run (no git work tree holds it)' },
    });
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'infra/db.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('a file outside the root gets an absolute file URI, never a ../ reference', async () => {
    const repo = join(work, 'repo2');
    mkdirSync(join(repo, 'sub'), { recursive: true });
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    const outside = join(work, 'outside');
    mkdirSync(outside);
    cpSync(template, join(outside, 'db.yaml'));
    const run = (await sarifOf(join(repo, 'sub'), [join(outside, 'db.yaml')])).runs[0]!;
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: pathToFileURL(join(outside, 'db.yaml')).href });
  });
});

describe('GitLab Code Quality location.path', () => {
  it('is relative to the repository root, which GitLab resolves it against, for a run from a subfolder too', async () => {
    const repo = join(work, 'repo-gitlab');
    mkdirSync(join(repo, 'services/api/infra'), { recursive: true });
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    cpSync(template, join(repo, 'services/api/infra/db.yaml'));
    // A file that cannot be read gives an input problem: its issue is placed the same way.
    writeFileSync(join(repo, 'services/api/infra/broken.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n');
    const paths = async (cwd: string, path: string) =>
      (JSON.parse((await runCli([path, '-f', 'gitlab'], { cwd })).stdout) as Array<{ check_name: string; location: { path: string } }>).map((i) => `${i.check_name} ${i.location.path}`);
    const fromSub = await paths(join(repo, 'services/api'), 'infra');
    expect(fromSub).toContain('RDS-030 services/api/infra/db.yaml');
    expect(fromSub.filter((p) => !p.startsWith('RDS-030'))).toEqual(['iac-lint/yaml-syntax services/api/infra/broken.yaml']);
    expect(await paths(repo, 'services/api/infra')).toEqual(fromSub);
  });
});
