// The done-when checks of SPEC §8 over a scratch copy of some files: lint,
// fix with --fix --unsafe-fixes, lint again, fix again. No fix edits code
// outside the linted tree (.terraform, the catalog); each fixed finding
// is gone; each changed file reads (with an independent parser) to the same
// values except the fixed settings; an independent diff (git diff
// --no-index) touches only the lines of the edits; the line endings and the
// BOM are as before; a second --fix changes nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as hcl2json } from '@cdktn/hcl2json';
import { runCli } from './cli-run.js';
import { normalizeOracle, oracleLoad } from './yaml-oracle.js';

interface JsonFinding {
  ruleId: string;
  file: string;
  resource: { name: string };
  fix?: { applicability: string; edits: Array<{ file: string; range: { start: { line: number }; end: { line: number } }; text: string }> };
}

export interface FixCheck {
  /** Findings before, with a fix, and fixed files. */
  findings: number;
  fixable: number;
  changedFiles: number;
  problems: string[];
}

/** Every file under `dir` (relative paths) with its bytes. */
export function snapshot(dir: string, base = dir, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) snapshot(path, base, out);
    else if (entry.isFile()) out.set(path.slice(base.length + 1).split('\\').join('/'), readFileSync(path));
  }
  return out;
}

/** Copies `files` (relative to `from`) into a new scratch directory, keeping their relative paths. */
export function scratchCopy(from: string, files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-lint-fix-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), readFileSync(join(from, file)), { mode: statSync(join(from, file)).mode });
  }
  return dir;
}

async function lintJson(cwd: string, paths: string[], extra: string[] = []): Promise<JsonFinding[]> {
  const run = await runCli(['-f', 'json', ...extra, ...paths], { cwd, env: { IAC_LINT_WORKERS: '0' } });
  return (JSON.parse(run.stdout) as { findings: Array<JsonFinding & { suppressed: boolean }> }).findings.filter((f) => !f.suppressed);
}

const key = (f: JsonFinding): string => `${f.ruleId} ${f.file} ${f.resource.name}`;

export async function checkFixes(dir: string, paths: string[], options: string[] = []): Promise<FixCheck> {
  const problems: string[] = [];
  const before = await lintJson(dir, paths, options);
  const original = snapshot(dir);
  const fix = await runCli(['--fix', '--unsafe-fixes', '-f', 'json', ...options, ...paths], { cwd: dir, env: { IAC_LINT_WORKERS: '0' } });
  const after = (JSON.parse(fix.stdout) as { findings: JsonFinding[] }).findings;
  const fixed = snapshot(dir);
  const remaining = new Set(after.map(key));
  const edited = new Map<string, JsonFinding[]>();
  for (const f of before.filter((f) => f.fix)) {
    // Code outside the linted tree (a module under .terraform, a registry module of the catalog) is never edited:
    // its findings are fixed at the module call (SPEC §8).
    const outside = f.fix!.edits.find((e) => e.file.startsWith('<iac-lint catalog>') || e.file.split('/').includes('.terraform'));
    if (outside) problems.push(`${key(f)}: the fix edits code outside the linted tree (${outside.file})`);
    const applicable = !outside && f.fix!.edits.every((e) => original.has(e.file));
    if (applicable && remaining.has(key(f))) problems.push(`still reported after --fix: ${key(f)}`);
    for (const e of f.fix!.edits) edited.set(e.file, [...(edited.get(e.file) ?? []), f]);
  }
  let changedFiles = 0;
  for (const [file, bytes] of fixed) {
    const old = original.get(file);
    if (old && old.equals(bytes)) continue;
    changedFiles++;
    if (!old) {
      problems.push(`${file}: created by --fix`);
      continue;
    }
    if (!edited.has(file)) problems.push(`${file}: changed but no fix edits it`);
    problems.push(...(await sameValues(file, old.toString('utf8'), bytes.toString('utf8'), insertedNames(edited.get(file) ?? [], file))));
    problems.push(...onlyEditedLines(dir, file, old, bytes, edited.get(file) ?? []));
    problems.push(...sameLayout(file, old, bytes));
  }
  const again = await runCli(['--fix', '--unsafe-fixes', ...options, ...paths], { cwd: dir, env: { IAC_LINT_WORKERS: '0' } });
  const twice = snapshot(dir);
  for (const [file, bytes] of twice) if (!fixed.get(file)?.equals(bytes)) problems.push(`${file}: changed by a second --fix (${again.stderr.split('\n')[0]})`);
  return { findings: before.length, fixable: before.filter((f) => f.fix).length, changedFiles, problems };
}

/**
 * The names the fixes' edits of `file` set to true: the settings, and the inputs
 * of a module call that a fix adds (`iam_auth = true` reaches the setting in the module).
 */
function insertedNames(findings: JsonFinding[], file: string): Set<string> {
  const names = new Set(SETTINGS);
  for (const f of findings) {
    for (const e of f.fix!.edits) {
      const m = e.file === file ? /^\s*"?([A-Za-z_][\w-]*)"?\s*[=:]\s*true\s*$/.exec(e.text.replace(/^,/, '')) : null;
      if (m) names.add(m[1]!);
    }
  }
  return names;
}

/** The file's values before and after, by an independent parser: equal except false/absent → true. */
async function sameValues(file: string, before: string, after: string, names: Set<string>): Promise<string[]> {
  const read = async (text: string): Promise<unknown> => {
    const body = text.replace(/^\uFEFF/, '');
    if (file.endsWith('.tf') || file.endsWith('.tfvars')) return hcl2json(file, body);
    if (file.endsWith('.json') && /^\s*\{/.test(body)) return JSON.parse(body);
    return oracleLoad(body).map(normalizeOracle);
  };
  let a: unknown;
  let b: unknown;
  try {
    a = await read(before);
  } catch {
    return []; // the original does not parse with the oracle either (e.g. YAML 1.1 forms): nothing to compare
  }
  try {
    b = await read(after);
  } catch (error) {
    return [`${file}: does not parse after --fix: ${String(error).slice(0, 200)}`];
  }
  const out: string[] = [];
  compareValues(a, b, file, out, names);
  return out;
}

const FALSE_LIKE = new Set([false, 'false', 'False', 'FALSE', 'no', 'No', 'off', null]);
const TRUE_LIKE = new Set([true, 'true', 'True', 'TRUE', 'yes', 'Yes', 'on']);

function compareValues(a: unknown, b: unknown, path: string, out: string[], names: Set<string>): void {
  if (Object.is(a, b)) return;
  if (FALSE_LIKE.has(a as never) && TRUE_LIKE.has(b as never)) return;
  // The setting itself, written as an expression that evaluated to false (replaced by an unsafe fix).
  if (b === true && [...SETTINGS].some((key) => path.endsWith(`/${key}`))) return;
  if (a === null && path.endsWith('/Properties') && onlyTrueSettings(b, 'Properties', names)) return; // `Properties:` with no value
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((v, i) => compareValues(v, b[i], `${path}/${i}`, out, names));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const k of Object.keys(ao)) {
      if (!(k in bo)) out.push(`${path}/${k}: removed by --fix`);
      else compareValues(ao[k], bo[k], `${path}/${k}`, out, names);
    }
    for (const k of Object.keys(bo)) {
      if (k in ao) continue;
      if (!onlyTrueSettings(bo[k], k, names)) out.push(`${path}/${k}: added by --fix: ${JSON.stringify(bo[k]).slice(0, 100)}`);
    }
    return;
  }
  out.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} became ${JSON.stringify(b)?.slice(0, 80)}`);
}

const SETTINGS = new Set(['EnableIAMDatabaseAuthentication', 'iam_database_authentication_enabled']);

/** An added entry is a setting (or a module input a fix added) set to true, or a Properties mapping holding only that. */
function onlyTrueSettings(value: unknown, key: string, names: Set<string>): boolean {
  if (names.has(key)) return value === true;
  if (key === 'Properties' && value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).every(([k, v]) => SETTINGS.has(k) && v === true);
  }
  return false;
}

/** `git diff --no-index -U0`: every hunk lies on the lines of an edit (old side). */
function onlyEditedLines(dir: string, file: string, before: Buffer, after: Buffer, findings: JsonFinding[]): string[] {
  const scratch = mkdtempSync(join(tmpdir(), 'iac-lint-fix-diff-'));
  writeFileSync(join(scratch, 'a'), before);
  writeFileSync(join(scratch, 'b'), after);
  const run = spawnSync('git', ['diff', '--no-index', '-U0', '--no-color', 'a', 'b'], { cwd: scratch, encoding: 'utf8' });
  const lines = new Set<number>();
  for (const f of findings) {
    for (const e of f.fix!.edits) {
      if (e.file !== file) continue;
      for (let l = e.range.start.line - 1; l <= e.range.end.line; l++) lines.add(l);
    }
  }
  const out: string[] = [];
  for (const m of run.stdout.matchAll(/^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    const touched = count === 0 ? [start] : Array.from({ length: count }, (_, i) => start + i);
    if (!touched.every((l) => lines.has(l))) out.push(`${file}: the diff touches line ${start} (${count} lines), not an edited line (${dir})`);
  }
  return out;
}

/** Line endings and the byte order mark are the file's own. */
function sameLayout(file: string, before: Buffer, after: Buffer): string[] {
  const out: string[] = [];
  const bom = (b: Buffer) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (bom(before) !== bom(after)) out.push(`${file}: byte order mark ${bom(before) ? 'removed' : 'added'}`);
  const text = (b: Buffer) => b.toString('utf8');
  const crlf = (t: string) => (t.match(/\r\n/g) ?? []).length;
  const lf = (t: string) => (t.match(/(?<!\r)\n/g) ?? []).length;
  const [a, b] = [text(before), text(after)];
  if (crlf(a) > 0 && lf(a) === 0 && lf(b) > 0) out.push(`${file}: LF line endings added to a CRLF file`);
  if (lf(a) > 0 && crlf(a) === 0 && crlf(b) > 0) out.push(`${file}: CRLF line endings added to an LF file`);
  return out;
}

export function gitAvailable(): boolean {
  try {
    execFileSync('git', ['--version']);
    return true;
  } catch {
    return false;
  }
}
