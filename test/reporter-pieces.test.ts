import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, lintHeld } from '../src/lint/run.js';
import type { LintResult, ReportInput } from '../src/model/lint-result.js';
import { githubReporter } from '../src/reporters/github.js';
import { gitlabReporter } from '../src/reporters/gitlab.js';
import { jsonReporter } from '../src/reporters/json.js';
import { junitReporter } from '../src/reporters/junit.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import { textReporter } from '../src/reporters/text.js';
import type { ReportContext } from '../src/reporters/types.js';
import { root } from './rules-fixtures.js';

// Issue 16 item 3: a CLI run holds its findings and diagnostics as compact
// records (src/lint/held.ts) and reporters write their text in pieces.
const ctx: ReportContext = { cwd: root, color: false, toolVersion: '9.9.9' };
const REPORTERS = { text: textReporter, json: jsonReporter, sarif: sarifReporter, github: githubReporter, junit: junitReporter, gitlab: gitlabReporter };

let held: ReportInput;
let arrays: LintResult;
beforeAll(async () => {
  // Findings, suppressed findings, fixes, Terraform modules, plans, parse errors, suppression warnings.
  const options = { paths: ['fixtures/'], cwd: root, workers: 0 };
  held = await lintHeld(options);
  arrays = await lint(options);
});

describe('reports from held records', () => {
  it.each(Object.entries(REPORTERS))('%s: the same text as from arrays of objects, in pieces or whole', (_name, reporter) => {
    const whole = reporter(arrays, ctx);
    expect([...reporter.pieces(held, ctx)].join('')).toBe(whole);
    expect(reporter(held, { ...ctx, quiet: true })).toBe(reporter(arrays, { ...ctx, quiet: true }));
  });

  it('gives the same findings and diagnostics when read twice, by position or in order', () => {
    expect(held.findings.length).toBe(arrays.findings.length);
    expect(held.findings.length).toBeGreaterThan(100);
    expect([...held.findings]).toEqual(arrays.findings);
    expect([...held.diagnostics]).toEqual(arrays.diagnostics);
    expect(held.findings.at(-1)).toEqual(arrays.findings.at(-1));
    expect(held.findings.at(held.findings.length)).toBeUndefined();
    expect(arrays.findings.some((f) => f.fix) && arrays.findings.some((f) => f.suppression) && arrays.findings.some((f) => f.related)).toBe(true);
  });
});

describe('JSON in pieces', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'iac-lint-pieces-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  // The pieces are the text JSON.stringify(report, null, 2) gives for the whole report: parsed and written again, it is unchanged.
  const asStringified = (text: string): string => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;

  it('is the whole report as JSON.stringify writes it', () => {
    const text = [...jsonReporter.pieces(held, ctx)].join('');
    expect(text).toBe(asStringified(text));
  });

  it('with no findings, no diagnostics, and with a baseline', async () => {
    writeFileSync(join(scratch, 'empty.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n');
    const empty = jsonReporter(await lintHeld({ paths: ['empty.yaml'], cwd: scratch, workers: 0 }), ctx);
    expect(empty).toContain('"findings": []');
    expect(empty).toBe(asStringified(empty));
    writeFileSync(join(scratch, 'db.yaml'), 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n');
    writeFileSync(
      join(scratch, 'baseline.json'),
      JSON.stringify({ version: 1, tool: 'iac-lint', findings: [{ fingerprint: 'gone:1', ruleId: 'RDS-030', file: 'db.yaml', resource: 'Old', type: 'AWS::RDS::DBInstance' }] }),
    );
    const withBaseline = await lintHeld({ paths: ['db.yaml'], cwd: scratch, workers: 0, baseline: 'baseline.json' });
    expect(withBaseline.baseline?.stale).toHaveLength(1);
    const text = jsonReporter(withBaseline, ctx);
    expect(text).toBe(asStringified(text));
  });
});
