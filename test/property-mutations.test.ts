/**
 * Property-based tests (issue 5, item 3): real templates from the corpus,
 * mutated — truncated, bytes flipped, lines re-indented or deleted, tags and
 * intrinsics swapped — never make the parsers or the CLI throw, and the CLI's
 * output stays valid (SARIF against the official schema, JSON parseable).
 *
 * A bounded number of runs by default; set IAC_LINT_PROPERTY_RUNS for more
 * (e.g. IAC_LINT_PROPERTY_RUNS=2000). A failure prints fast-check's seed and
 * the shrunk counterexample (file and mutations).
 */
import { isInputProblem } from '../src/model/diagnostic.js';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../src/discover/read.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { parseTerraformModule } from '../src/parsers/terraform/index.js';
import { runCli } from './cli-run.js';
import { validateSarif } from './sarif-validate.js';
import { CORPUS } from './corpus-files.js';
import { applyAll, classicMutation } from './mutations.js';

const present = existsSync(CORPUS);
if (!present) console.warn(`property-mutations: corpus not found at ${CORPUS}; set IAC_LINT_CORPUS to run these tests`);

const RUNS = Number(process.env.IAC_LINT_PROPERTY_RUNS ?? 0) || undefined;
/** Parser runs are cheap; a CLI run validates a SARIF log against the schema. */
const PARSER_RUNS = RUNS ?? 60;
const CLI_RUNS = RUNS ?? 30;
const SAMPLE = 24;
const MAX_BYTES = 40_000;

/** A few dozen real files, chosen deterministically: every k-th candidate. */
function sample(pattern: string, mentions: RegExp): { path: string; bytes: Buffer }[] {
  const candidates = fg
    .sync(pattern, { cwd: CORPUS, dot: true })
    .sort()
    .filter((p) => statSync(join(CORPUS, p)).size <= MAX_BYTES)
    .map((path) => ({ path, bytes: readFileSync(join(CORPUS, path)) }))
    .filter((f) => mentions.test(f.bytes.toString('utf8')));
  const step = Math.max(1, Math.floor(candidates.length / SAMPLE));
  return candidates.filter((_, i) => i % step === 0).slice(0, SAMPLE);
}

const mutations = fc.array(classicMutation, { minLength: 1, maxLength: 4 });

/** Text as iac-lint reads it: UTF-8, invalid bytes replaced. */
function text(bytes: Buffer): string {
  const read = decode(bytes, 'x');
  return read.ok ? read.text : '';
}

/** Every diagnostic names the file and, when it has a place, a 1-based place inside the text. */
function expectWellFormed(diagnostics: Diagnostic[], file: string, source: string): void {
  const lines = source.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/\n\s+at \S/);
    if (!d.range) continue;
    expect(d.range.start.line).toBeGreaterThanOrEqual(1);
    expect(d.range.start.line).toBeLessThanOrEqual(lines);
    expect(d.range.start.column).toBeGreaterThanOrEqual(1);
  }
}

describe.skipIf(!present)('mutated corpus templates', () => {
  let yaml: { path: string; bytes: Buffer }[] = [];
  let json: { path: string; bytes: Buffer }[] = [];
  let tf: { path: string; bytes: Buffer }[] = [];
  let work: string;
  beforeAll(() => {
    yaml = sample('**/*.{yaml,yml,template}', /AWS::[A-Za-z0-9]+::/);
    json = sample('**/*.json', /AWS::[A-Za-z0-9]+::/);
    tf = sample('**/*.tf', /resource\s+"aws_/);
    work = mkdtempSync(join(tmpdir(), 'iac-lint-property-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the sample holds real CloudFormation YAML, JSON and Terraform files', () => {
    expect(yaml.length).toBeGreaterThanOrEqual(SAMPLE / 2);
    expect(json.length).toBeGreaterThanOrEqual(SAMPLE / 2);
    expect(tf.length).toBeGreaterThanOrEqual(SAMPLE / 2);
  });

  it('parseCloudFormation never throws on mutated YAML and JSON, and its diagnostics are well formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.boolean(), mutations, async (pick, isJson, ms) => {
        const files = isJson ? json : yaml;
        const file = files[pick % files.length]!;
        const source = text(applyAll(file.bytes, ms));
        const parsed = await parseCloudFormation(file.path, source);
        expect(Array.isArray(parsed.templates)).toBe(true);
        expectWellFormed(parsed.diagnostics, file.path, source);
      }),
      { numRuns: PARSER_RUNS },
    );
  }, 60_000 + PARSER_RUNS * 500);

  it('parseTerraformModule never rejects on mutated .tf files, and its diagnostics are well formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutations, async (pick, ms) => {
        const file = tf[pick % tf.length]!;
        const source = text(applyAll(file.bytes, ms));
        const parsed = await parseTerraformModule('m', [{ path: 'm/main.tf', text: source }]);
        expect(parsed.modules.length).toBeGreaterThanOrEqual(1);
        expectWellFormed(parsed.diagnostics, 'm/main.tf', source);
      }),
      { numRuns: PARSER_RUNS },
    );
  }, 60_000 + PARSER_RUNS * 500);

  it('the CLI in process never fails internally on a mutated file: exit 0, 1 or 2, valid SARIF, parseable JSON', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('yaml', 'json', 'tf'), fc.nat(), mutations, async (format, pick, ms) => {
        const files = format === 'yaml' ? yaml : format === 'json' ? json : tf;
        const file = files[pick % files.length]!;
        const dir = join(work, `run-${n++}`);
        const name = format === 'tf' ? 'main.tf' : `template.${format}`;
        mkdirSync(dir);
        writeFileSync(join(dir, name), applyAll(file.bytes, ms));

        const sarif = await runCli([name, '--format', 'sarif'], { cwd: dir });
        expect(sarif.stderr).toBe('');
        expect([0, 1, 2]).toContain(sarif.code);
        const log = JSON.parse(sarif.stdout) as Sarif.Log;
        expect(validateSarif(log)).toEqual([]);
        const invocation = log.runs[0]!.invocations![0]!;
        expect(invocation.executionSuccessful).toBe(true);
        const notes = invocation.toolExecutionNotifications ?? [];
        expect(notes.map((note) => note.descriptor?.id)).not.toContain('internal-error');
        // Exit 2 always comes with an input problem (an error, or a file skipped unread: SPEC §4), and an input problem always with exit 2.
        const problem = (note: Sarif.Notification) => isInputProblem({ file: name, severity: note.level === 'error' ? 'error' : 'warning', code: note.descriptor?.id ?? '', message: '' });
        expect(sarif.code === 2).toBe(notes.some(problem));

        const report = JSON.parse((await runCli([name, '--format', 'json'], { cwd: dir })).stdout) as { findings: unknown[]; diagnostics: unknown[] };
        expect(report.findings).toHaveLength(log.runs[0]!.results!.length);
        expect(report.diagnostics).toHaveLength(notes.length);
      }),
      { numRuns: CLI_RUNS },
    );
  }, 60_000 + CLI_RUNS * 2_000);
});
