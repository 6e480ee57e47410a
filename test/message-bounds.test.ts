/**
 * Values quoted in messages are shortened (SPEC §7, issue 17 item 11): a
 * huge parameter default or variable default shows up by its first
 * characters and an ellipsis, so no message grows with the input.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { MESSAGE_LIMIT, QUOTE_LIMIT, quote, shorten, shortenPath } from '../src/model/quote.js';

const HUGE = 'x'.repeat(500_000);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iac-lint-bounds-'));
  writeFileSync(
    join(dir, 'huge-default.yaml'),
    `Parameters:\n  P:\n    Type: String\n    Default: ${HUGE}\nConditions:\n  C: !Equals [!Ref AWS::Region, eu-west-1]\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: !If [C, mysql, !Ref P]\n`,
  );
  mkdirSync(join(dir, 'tf'));
  writeFileSync(
    join(dir, 'tf', 'main.tf'),
    `variable "v" {\n  default = "${HUGE}"\n}\nresource "aws_db_instance" "db" {\n  engine         = "mariadb"\n  engine_version = var.v\n}\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quote and shorten', () => {
  it('quote a long string as the whole string escaped and cut would be, from its first characters only', () => {
    // What quote() gave when it escaped the whole string (a 4 MB value was copied at every quote).
    const whole = (s: string): string => {
      const text = JSON.stringify(s);
      return text.length <= QUOTE_LIMIT ? text : `${shorten(text, QUOTE_LIMIT - 1)}"`;
    };
    // Characters that escape to more than one (quotes, controls, lone surrogates) and pairs, near the cut.
    const char = fc.constantFrom('a', '"', '\\', '\n', '\u0001', '\ud83d', '\ude00', '😀', 'é', '\u2028');
    fc.assert(fc.property(fc.array(char, { minLength: 0, maxLength: 90 }).map((cs) => cs.join('')), (s) => quote(s) === whole(s)), { numRuns: 3000 });
  });

  it('keep short values as they are and cut long ones with an ellipsis', () => {
    expect(quote('mysql')).toBe('"mysql"');
    expect(quote(false)).toBe('false');
    const long = quote('y'.repeat(1000));
    expect(long.length).toBe(QUOTE_LIMIT);
    expect(long).toMatch(/^"y+…"$/);
    expect(shorten('z'.repeat(100))).toBe(`${'z'.repeat(QUOTE_LIMIT - 1)}…`);
    // A surrogate pair is never split.
    expect(shorten(`${'a'.repeat(QUOTE_LIMIT - 2)}😀😀😀`)).toBe(`${'a'.repeat(QUOTE_LIMIT - 2)}…`);
  });

  it('keep the end of a long path, from a directory boundary', () => {
    expect(shortenPath('modules/db')).toBe('modules/db');
    const deep = `../shared/corpus/${'pkg/'.repeat(20)}v14/testdata/modules/security`;
    const short = shortenPath(deep);
    expect(short.length).toBeLessThanOrEqual(QUOTE_LIMIT);
    expect(short).toMatch(/^…\/.*\/v14\/testdata\/modules\/security$/);
    // No boundary near the cut: the last characters, never half a surrogate pair.
    expect(shortenPath(`/${'😀'.repeat(40)}`)).toBe(`…${'😀'.repeat(29)}`);
  });
});

describe('messages quoting huge values', () => {
  it('stay short for a CloudFormation parameter default behind Fn::If and a Terraform variable default', async () => {
    const result = await lint({ paths: ['.'], cwd: dir, strict: true, workers: 0 });
    const files = result.findings.map((f) => f.file).sort();
    expect(files).toEqual(['huge-default.yaml', 'tf/main.tf']);
    for (const finding of result.findings) {
      expect(finding.message.length).toBeLessThan(600);
      expect(finding.message).toContain('xxx…');
    }
    for (const d of result.diagnostics) expect(d.message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });
});
