/**
 * Hostile and broken input, end to end through lint() and main() (SPEC §7,
 * issue 5): every bad file gives a clear diagnostic (with line and column
 * where there is one), the other files are still linted and reported, the
 * exit code is 2, SARIF stays valid with the failures in
 * toolExecutionNotifications, text lists them after the findings, and no
 * stack trace is ever printed. Committed fixtures: fixtures/hostile (see its
 * README); special files git cannot hold are made here under os.tmpdir().
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '../src/engine/runner.js';
import { allRules } from '../rules/index.js';
import type { Rule } from '../src/engine/rule.js';
import { lint } from '../src/lint/run.js';
import type { LintResult } from '../src/model/lint-result.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import { textReporter } from '../src/reporters/text.js';
import { runCli } from './cli-run.js';
import { validateSarif } from './sarif-validate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = resolve(root, 'fixtures/hostile');
const bin = resolve(root, 'bin/iac-lint.js');
const MB = 1024 * 1024;
const DEPTH = 100_000;
const isRoot = process.getuid?.() === 0;
/** A JavaScript stack trace line ("    at fn (file:1:2)"). */
const STACK_TRACE = /\n\s+at \S/;
const runMain = (argv: string[], cwd: string) => runCli(argv, { cwd });
const DB = readFileSync(join(FIXTURES, 'db.yaml'), 'utf8');
/** The file name with spaces and non-ASCII letters (NFC), and its percent-encoded URI. */
const UNICODE_PATH = 'with space/\u00fcn\u00efcode t\u00ebmplate.yaml';
const UNICODE_URI = 'with%20space/%C3%BCn%C3%AFcode%20t%C3%ABmplate.yaml';
const NASTY_NAMES = ['new\nline.yaml', 'esc\u001b[31mred.yaml', 'per%cent #hash,comma:colon.yaml', '::error file=x::forged.yaml'];

let work: string;
let server: Server | undefined;
const at = (...parts: string[]): string => join(work, ...parts);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-hostile-'));
  // h/: the committed fixtures plus links, an unreadable file and a huge file.
  cpSync(FIXTURES, at('h'), { recursive: true });
  symlinkSync('nowhere.yaml', at('h', 'broken-link.yaml'));
  symlinkSync('loop-b.yaml', at('h', 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', at('h', 'loop-b.yaml'));
  if (isRoot) {
    // chmod 000 does not stop root: a link through a regular file (ENOTDIR) is unreadable for everyone.
    console.warn('hostile: running as root, chmod 000 cannot make a file unreadable; using a link through a file (ENOTDIR) instead');
    symlinkSync('db.yaml/inner.yaml', at('h', 'unreadable.yaml'));
  } else {
    writeFileSync(at('h', 'unreadable.yaml'), DB);
    chmodSync(at('h', 'unreadable.yaml'), 0o000);
  }
  // A real template, 11 MB with a long comment: over the default limit of 10 MB.
  writeFileSync(at('h', 'huge.yaml'), `${DB}# ${'x'.repeat(11 * MB)}\n`);

  // deep/: 100,000 levels of nesting, and a good template next to them.
  mkdirSync(at('deep', 'tf-deep'), { recursive: true });
  mkdirSync(at('deep', 'tf-good'), { recursive: true });
  writeFileSync(at('deep', 'db.yaml'), DB);
  writeFileSync(at('deep', 'deep-flow.yaml'), `AWSTemplateFormatVersion: "2010-09-09"\nMetadata:\n  Deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`);
  writeFileSync(at('deep', 'deep-block.yaml'), `AWSTemplateFormatVersion: "2010-09-09"\nMetadata:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}- \n`).join('')}`);
  writeFileSync(
    at('deep', 'deep.json'),
    `{"AWSTemplateFormatVersion": "2010-09-09", "Metadata": {"Deep": ${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}},\n` +
      ' "Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "mysql"}}}}\n',
  );
  writeFileSync(at('deep', 'tf-deep', 'main.tf'), `locals {\n  deep = ${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}\n}\n`);
  writeFileSync(at('deep', 'tf-good', 'main.tf'), 'resource "aws_db_instance" "db" {\n  engine = "mysql"\n}\n');
  mkdirSync(at('deep', 'tf-json'));
  writeFileSync(at('deep', 'tf-json', 'main.tf.json'), `{"variable": {"deep": {}},\n "locals": {"deep": ${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}},\n "resource": {"aws_db_instance": {"db": {"engine": "mysql"}}}}\n`);
  writeFileSync(at('deep', 'tf-json', 'terraform.tfvars.json'), `{"deep": ${'{"a": '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}\n`);

  // module-bomb/: every module calls the next one ten times, seven levels deep (10^6 instances).
  for (let level = 0, dir = at('module-bomb'); level < 7; level++, dir = join(dir, 'm')) {
    mkdirSync(dir, { recursive: true });
    const calls = Array.from({ length: 10 }, (_, i) => `module "c${i}" {\n  source = "./m"\n}\n`).join('');
    writeFileSync(join(dir, 'main.tf'), level < 6 ? calls : 'resource "aws_db_instance" "db" {\n  engine = "mysql"\n}\n');
  }

  // locals-bomb/: each local uses the previous one twice (2^39 evaluations, a string of 5 * 2^39 characters).
  mkdirSync(at('locals-bomb'));
  const locals = Array.from({ length: 39 }, (_, i) => `  l${i + 1} = "\${local.l${i}}\${local.l${i}}"\n`).join('');
  writeFileSync(
    at('locals-bomb', 'main.tf'),
    `variable "c" {}\nlocals {\n  l0 = var.c ? "mysql" : "postgres"\n${locals}}\nresource "aws_db_instance" "db" {\n  engine = local.l39\n}\n`,
  );

  // names/: file names with a newline, control characters and the characters workflow commands and URIs escape.
  mkdirSync(at('names'));
  for (const name of NASTY_NAMES) writeFileSync(at('names', name), DB);

  // special/: FIFOs, a socket and device links, which must never be opened for reading.
  mkdirSync(at('special', 'tf'), { recursive: true });
  writeFileSync(at('special', 'db.yaml'), DB);
  writeFileSync(at('special', 'tf', 'main.tf'), 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n');
  spawnSync('mkfifo', [at('special', 'fifo.yaml'), at('special', 'tf', 'fifo.tf'), at('special', 'tf', 'terraform.tfvars')]);
  symlinkSync('fifo.yaml', at('special', 'link-to-fifo.yaml'));
  symlinkSync('/dev/null', at('special', 'null.yaml'));
  symlinkSync('/dev/zero', at('special', 'zero.json'));
  server = createServer();
  await new Promise<void>((done) => server!.listen(at('special', 'socket.yaml'), done));
}, 120_000);

afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A diagnostic as [file, code, severity, "line:column" or "-"] for exact comparison. */
const row = (d: Diagnostic): [string, string, string, string] => [d.file, d.code, d.severity, d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'];

describe('a directory of broken files (fixtures/hostile)', () => {
  let result: LintResult;
  beforeAll(async () => {
    result = await lint({ paths: ['.'], cwd: at('h') });
  }, 120_000);

  it('gives each broken file one clear diagnostic, with line and column where there is one', () => {
    const unreadable: [string, string, string, string] = ['unreadable.yaml', 'unreadable', 'error', '-'];
    expect(result.diagnostics.map(row)).toEqual([
      // The alias bomb stops at the expansion bound (at its first alias); the whole document is refused.
      ['alias-bomb.yaml', 'yaml-alias-limit', 'error', '4:12'],
      ['broken-link.yaml', 'broken-symlink', 'error', '-'],
      ['duplicate-keys.json', 'duplicate-key', 'error', '6:45'],
      ['duplicate-keys.yaml', 'duplicate-key', 'error', '7:7'],
      // HCL: Terraform itself rejects a repeated argument.
      ['duplicate-tf/main.tf', 'hcl-syntax', 'error', '3:3'],
      ['huge.yaml', 'file-too-large', 'warning', '-'],
      ['invalid-utf8.yaml', 'invalid-utf8', 'error', '2:15'],
      ['loop-a.yaml', 'broken-symlink', 'error', '-'],
      ['loop-b.yaml', 'broken-symlink', 'error', '-'],
      ['malformed-tf/main.tf', 'hcl-syntax', 'error', '3:3'],
      ['malformed.json', 'json-syntax', 'error', '5:38'],
      ['malformed.yaml', 'yaml-syntax', 'error', '7:1'],
      ['unknown-tag.yaml', 'unknown-tag', 'warning', '6:15'],
      unreadable,
    ]);
    const message = (file: string): string => result.diagnostics.find((d) => d.file === file)!.message;
    expect(message('alias-bomb.yaml')).toMatch(/alias/i);
    expect(message('duplicate-keys.yaml')).toBe('duplicate key "Engine" on line 7 (first defined on line 6); the last one wins');
    expect(message('huge.yaml')).toMatch(/^skipped: larger than 10 MB \(11(\.0)? MB\); raise the limit with --max-file-size$/);
    expect(message('loop-a.yaml')).toMatch(/symbolic link loop/);
    expect(message('broken-link.yaml')).toMatch(/broken symbolic link/);
    expect(message('unreadable.yaml')).toBe(isRoot ? 'cannot read: a path component is not a directory' : 'cannot read: permission denied');
    expect(message('unknown-tag.yaml')).toContain('!Bogus');
    for (const d of result.diagnostics) expect(d.message).not.toMatch(STACK_TRACE);
  });

  it('still reports the findings of every readable template: BOM, CRLF, invalid UTF-8, duplicate keys, odd names', () => {
    expect(result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.resource.name}`)).toEqual([
      'bom.yaml:3:3 Db',
      'crlf.yaml:3:3 Db',
      'db.yaml:3:3 Db',
      // The last Engine wins (mysql); with the first (oracle-ee) there would be no finding.
      'duplicate-keys.json:4:5 Db',
      'duplicate-keys.yaml:3:3 Db',
      // U+FFFD replaced the bad bytes on line 2; the template is still read.
      'invalid-utf8.yaml:4:3 Db',
      'templates.yaml/db.yaml:3:3 Db',
      'tf/main.tf:1:1 aws_db_instance.db',
      `${UNICODE_PATH}:3:3 Db`,
    ]);
    expect(result.findings.every((f) => f.ruleId === 'RDS-030')).toBe(true);
  });

  it('exits 2, with valid SARIF: findings as results, failures as toolExecutionNotifications, encoded URIs', async () => {
    const r = await runMain(['.', '--format', 'sarif'], at('h'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const log = JSON.parse(r.stdout) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    const run = log.runs[0]!;
    const uri = (l: Sarif.Location | undefined): string | undefined => l?.physicalLocation?.artifactLocation?.uri;
    expect(run.results!.map((res) => uri(res.locations?.[0]))).toContain(UNICODE_URI);
    expect(run.results).toHaveLength(9);
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(true);
    const notes = invocation.toolExecutionNotifications!;
    expect(notes.map((n) => [uri(n.locations?.[0]), n.descriptor?.id, n.level])).toEqual(result.diagnostics.map((d) => [encodeURI(d.file), d.code, d.severity]));
    const json = notes.find((n) => n.descriptor?.id === 'json-syntax')!;
    expect(json.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 5, startColumn: 38 });
  });

  it('exits 2 with text that lists the failures after the findings, and no stack trace anywhere', async () => {
    const r = await runMain(['.'], at('h'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    const lastFinding = lines.map((l) => l.includes('  RDS-030  ')).lastIndexOf(true);
    const firstFailure = lines.findIndex((l) => / {2}(error|warning) {2}\[[a-z0-9-]+\] {2}/.test(l) && !l.includes('RDS-030'));
    expect(lastFinding).toBe(8);
    expect(firstFailure).toBeGreaterThan(lastFinding);
    expect(lines[firstFailure - 1]).toBe('Diagnostics (problems with the input and notes; not findings):');
    expect(lines.slice(firstFailure, -2).map((l) => l.split('  ')[0])).toEqual(result.diagnostics.map((d) => (d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file)));
    expect(lines.at(-1)).toBe('9 findings in 9 files (15 files scanned); input problems: 12 files could not be read or parsed, 1 file skipped unread; 1 warning');
    expect(r.stdout).not.toMatch(STACK_TRACE);
  });

  it('JSON output stays parseable and carries every diagnostic', async () => {
    const r = await runMain(['.', '--format', 'json'], at('h'));
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { diagnostics: unknown[]; findings: unknown[] };
    expect(report.findings).toHaveLength(9);
    expect(report.diagnostics).toHaveLength(result.diagnostics.length);
  });
});

describe('one bad input at a time', () => {
  it('--max-file-size raises or lowers the limit: the huge template is read and its finding reported', async () => {
    const skipped = await runMain(['huge.yaml'], at('h'));
    expect(skipped.stdout).toContain('huge.yaml  warning  [file-too-large]  skipped: larger than 10 MB (11');
    expect(skipped.stdout).not.toContain('RDS-030');
    const read = await runMain(['huge.yaml', '--max-file-size', '12'], at('h'));
    expect(read.code).toBe(1);
    expect(read.stdout).toContain('huge.yaml:3:3  warning  RDS-030');
    // A small limit is shown as given, not rounded to "0.0 MB".
    const lowered = await runMain(['db.yaml', '--max-file-size', '0.0001'], at('h'));
    expect(lowered.stdout).toMatch(/^db\.yaml {2}warning {2}\[file-too-large\] {2}skipped: larger than 0\.0001 MB \(0\.000\d+ MB\)/m);
  });

  it('a binary file is skipped quietly when walked, with a warning when named', async () => {
    expect((await lint({ paths: ['.'], cwd: at('h') })).diagnostics.map((d) => d.file)).not.toContain('binary.yaml');
    const named = await lint({ paths: ['binary.yaml'], cwd: at('h') });
    expect(named.diagnostics.map(row)).toEqual([['binary.yaml', 'binary-file', 'warning', '-']]);
  });

  it('an empty file, named or walked, gives neither a finding nor a diagnostic', async () => {
    const named = await lint({ paths: ['empty.yaml'], cwd: at('h') });
    expect([named.findings, named.diagnostics]).toEqual([[], []]);
  });

  it('a directory whose name ends in .yaml is walked, not read, whether named or found', async () => {
    const named = await lint({ paths: ['templates.yaml'], cwd: at('h') });
    expect(named.diagnostics).toEqual([]);
    expect(named.findings.map((f) => f.file)).toEqual(['templates.yaml/db.yaml']);
  });

  it('named broken links, link loops and unreadable files exit 2 and do not hide the named good file', async () => {
    const r = await runMain(['broken-link.yaml', 'loop-a.yaml', 'unreadable.yaml', 'db.yaml'], at('h'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('db.yaml:3:3  warning  RDS-030');
    expect(r.stdout).toMatch(/^broken-link\.yaml {2}error {2}\[broken-symlink\] {2}/m);
    expect(r.stdout).toMatch(/^loop-a\.yaml {2}error {2}\[broken-symlink\] {2}.*symbolic link loop/m);
    expect(r.stdout).toMatch(/^unreadable\.yaml {2}error {2}\[unreadable\] {2}cannot read: /m);
  });
});

describe('100,000 levels of nesting: no stack overflow, a clear diagnostic, the other files still linted', () => {
  let result: LintResult;
  beforeAll(async () => {
    result = await lint({ paths: ['.'], cwd: at('deep') });
  }, 120_000);

  it('reads deep JSON, CloudFormation and Terraform (iteratively), and reports its findings', () => {
    expect(result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column}`)).toContain('deep.json:2:16');
    expect(result.diagnostics.filter((d) => d.file === 'deep.json')).toEqual([]);
    // Terraform JSON (.tf.json, .tfvars.json) too.
    expect(result.findings.filter((f) => f.file === 'tf-json/main.tf.json').map((f) => [f.resource.name, f.range.start.line])).toEqual([['aws_db_instance.db', 3]]);
    expect(result.diagnostics.filter((d) => d.file.startsWith('tf-json/'))).toEqual([]);
  });

  it('refuses deep YAML, flow and block, with yaml-too-deep and a place', () => {
    const yaml = result.diagnostics.filter((d) => d.file.endsWith('.yaml')).map(row);
    expect(yaml).toEqual([
      ['deep-block.yaml', 'yaml-too-deep', 'error', expect.stringMatching(/^\d+:\d+$/)],
      ['deep-flow.yaml', 'yaml-too-deep', 'error', expect.stringMatching(/^3:\d+$/)],
    ]);
  });

  it('refuses deep HCL with a clear diagnostic, and the HCL parser still reads the next directory', () => {
    const hcl = result.diagnostics.filter((d) => d.file.startsWith('tf-deep/'));
    expect(hcl.map(row)).toEqual([['tf-deep/main.tf', 'hcl-too-deep', 'error', '2:1009']]);
    expect(hcl[0]!.message).toBe('HCL nesting is too deep to read (more than 1000 levels)');
    expect(result.findings.map((f) => f.file)).toEqual(['db.yaml', 'deep.json', 'tf-good/main.tf', 'tf-json/main.tf.json']);
    expect(result.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  });
});

describe('a module call bomb (ten calls per module, seven levels: a million instances)', () => {
  it('stops at a bound on module instances with an error at the call where it stopped, in bounded time and memory', async () => {
    const result = await lint({ paths: ['.'], cwd: at('module-bomb') });
    expect(result.diagnostics.map(row)).toEqual([['m/m/main.tf', 'module-not-followed', 'error', '1:1']]);
    expect(result.diagnostics[0]!.message).toMatch(/^more than 1000 module instances \(a module call bomb\?\)/);
    expect((await runMain(['.'], at('module-bomb'))).code).toBe(2);
  });
});

describe('a Terraform locals bomb (each local uses the previous one twice, 39 levels)', () => {
  it('is evaluated within bounds: the engine is unknown, so a finding only with --strict', async () => {
    const lax = await lint({ paths: ['.'], cwd: at('locals-bomb') });
    expect([lax.findings, lax.diagnostics]).toEqual([[], []]);
    const strict = await lint({ paths: ['.'], cwd: at('locals-bomb'), strict: true });
    expect(strict.findings.map((f) => [f.file, f.range.start.line, f.resource.name])).toEqual([['main.tf', 44, 'aws_db_instance.db']]);
    expect(strict.findings[0]!.message).toMatch(/engine of this DB instance cannot be resolved/);
  });
});

describe('file names with newlines, control characters, %, #, commas and colons', () => {
  it('are escaped in text, encoded in GitHub workflow commands and in SARIF URIs', async () => {
    const text = await runMain(['.'], at('names'));
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n');
    expect(lines.filter((l) => l.includes('RDS-030')).map((l) => l.split(':3:3  ')[0])).toEqual([
      '::error file=x::forged.yaml',
      'esc\\u001b[31mred.yaml',
      'new\\u000aline.yaml',
      'per%cent #hash,comma:colon.yaml',
    ]);
    const github = await runMain(['.', '--format', 'github'], at('names'));
    const commands = github.stdout.trimEnd().split('\n');
    expect(commands).toHaveLength(NASTY_NAMES.length);
    for (const c of commands) expect(c).toMatch(/^::warning file=[^\n:,]+,line=3,endLine=3,col=3,endColumn=\d+,title=RDS-030::/);
    expect(github.stdout).toContain('file=new%0Aline.yaml,');
    expect(github.stdout).toContain('file=per%25cent #hash%2Ccomma%3Acolon.yaml,');
    const sarif = await runMain(['.', '--format', 'sarif'], at('names'));
    const log = JSON.parse(sarif.stdout) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results!.map((res) => res.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual([
      '%3A%3Aerror%20file%3Dx%3A%3Aforged.yaml',
      'esc%1B%5B31mred.yaml',
      'new%0Aline.yaml',
      'per%25cent%20%23hash%2Ccomma%3Acolon.yaml',
    ]);
  });
});

describe('FIFOs, sockets and devices are never read (a child process: a hang fails the test instead of the suite)', () => {
  const iacLint = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: at('special'), encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '', IAC_LINT_DEBUG: '' } });

  it('walked: skipped quietly, the regular files linted', () => {
    const r = iacLint(['.']);
    expect(r.error).toBeUndefined();
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('db.yaml:3:3  warning  RDS-030');
    expect(r.stdout).toContain('tf/main.tf:1:1  warning  RDS-030');
    expect(r.stdout).not.toMatch(/fifo|socket|null|zero/);
  });

  it('named: one not-a-file error each, exit 2, the regular files still linted', () => {
    const r = iacLint(['fifo.yaml', 'link-to-fifo.yaml', 'socket.yaml', 'null.yaml', 'zero.json', '/dev/zero', 'tf/fifo.tf', 'tf/terraform.tfvars', 'db.yaml', 'tf/main.tf']);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('db.yaml:3:3  warning  RDS-030');
    expect(r.stdout).toContain('tf/main.tf:1:1  warning  RDS-030');
    const refused = r.stdout.split('\n').filter((l) => l.includes('  error  [not-a-file]  '));
    expect(refused.map((l) => l.split('  ')[0]).sort()).toEqual(
      ['fifo.yaml', 'link-to-fifo.yaml', 'socket.yaml', 'null.yaml', 'zero.json', `${'../'.repeat(at('special').split('/').length - 1)}dev/zero`, 'tf/fifo.tf', 'tf/terraform.tfvars'].sort(),
    );
  });
});

describe('an internal error in a rule', () => {
  it('names the file, the resource and the rule, and the SARIF stays valid with executionSuccessful false', async () => {
    const throwing: Rule = { ...allRules[0]!, check: () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); } };
    const parsed = await parseCloudFormation('db.yaml', DB);
    const checked = runRules(parsed.templates, [throwing], { strict: false });
    expect(checked.diagnostics).toHaveLength(1);
    const d = checked.diagnostics[0]!;
    expect(d).toMatchObject({ file: 'db.yaml', severity: 'error', code: 'internal-error' });
    expect(d.message).toContain(throwing.meta.id);
    expect(d.message).toContain('Db');
    const result: LintResult = { findings: [], diagnostics: checked.diagnostics, filesScanned: 1, rules: [throwing.meta] };
    const log = JSON.parse(sarifReporter(result, { cwd: work, color: false, toolVersion: '0.0.0' })) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(false);
    expect(textReporter(result, { cwd: work, color: false, toolVersion: '0.0.0' })).not.toMatch(STACK_TRACE);
  });
});
