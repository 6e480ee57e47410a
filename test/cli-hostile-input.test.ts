import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './cli-run.js';
import { validateSarif } from './sarif-validate.js';

// SPEC §7 / issue 5: whatever the input, the run goes on and says what happened.
const root = fileURLToPath(new URL('..', import.meta.url));
const template = readFileSync(resolve(root, 'fixtures/cli/cfn/db.yaml'), 'utf8');
let dir: string;

function run(argv: string[]): Promise<CliRun> {
  return runCli(argv, { cwd: dir });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iac-lint-hostile-'));
  writeFileSync(join(dir, 'db.yaml'), template);
  // BOM and CRLF: positions are the same as in the plain file.
  writeFileSync(join(dir, 'crlf.yaml'), `\uFEFF${template.replace(/\n/g, '\r\n')}`);
  // Invalid UTF-8 in a description: reported with its line, and the template is still linted.
  const [head, tail] = template.split('One MySQL') as [string, string];
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from(`${head}Caf`), Buffer.from([0xe9]), Buffer.from(` MySQL${tail}`)]));
  writeFileSync(join(dir, 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'empty.yaml'), '');
  writeFileSync(join(dir, 'huge.json'), `{"Resources": {}, "pad": "${'x'.repeat(200_000)}"}`);
  mkdirSync(join(dir, 'folder.yaml'));
  symlinkSync('.', join(dir, 'loop'));
  symlinkSync('gone.yaml', join(dir, 'dangling.yaml'));
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile input', () => {
  it('lints everything it can, reports every problem after the findings, and exits 2', async () => {
    const r = await run(['.', '--max-file-size', '0.1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('RDS-030')).map((l) => l.split('  ')[0])).toEqual(['crlf.yaml:4:3', 'db.yaml:4:3', 'latin1.yaml:4:3']);
    const problems = lines.slice(lines.indexOf('') + 1, -2);
    expect(problems.shift()).toBe('Diagnostics (problems with the input and notes; not findings):');
    expect(problems).toEqual([
      'dangling.yaml  error  [broken-symlink]  cannot read: broken symbolic link (no such file or directory)',
      'huge.json  warning  [file-too-large]  skipped: larger than 0.1 MB (0.191 MB); raise the limit with --max-file-size',
      expect.stringMatching(/^latin1\.yaml:2:17  error  \[invalid-utf8\]  invalid UTF-8 \(byte 0xe9/),
    ]);
    expect(lines.at(-1)).toBe('3 findings in 3 files (3 files scanned), 3 suppressed; input problems: 2 files could not be read or parsed, 1 file skipped unread');
  });

  it('reports a binary file or a FIFO when it is named, without opening the FIFO for reading', async () => {
    const r = await run(['image.yaml', 'pipe.yaml', 'folder.yaml', 'empty.yaml']);
    expect(r.stdout).toContain('image.yaml  warning  [binary-file]  skipped: binary file (contains NUL bytes)');
    expect(r.stdout).toContain('pipe.yaml  error  [not-a-file]');
    expect(r.code).toBe(2);
  });

  it('keeps SARIF valid, with the failures as notifications', async () => {
    const r = await run(['.', '--format', 'sarif', '--max-file-size', '0.1']);
    const log = JSON.parse(r.stdout) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[] };
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results).toHaveLength(6);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.descriptor.id)).toEqual(['broken-symlink', 'file-too-large', 'invalid-utf8']);
  });
});
