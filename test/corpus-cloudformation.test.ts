/**
 * The CloudFormation parser over the real-world corpus (../shared/corpus):
 * every YAML/JSON file is read without an exception, the parse failures are
 * exactly the known broken files, and every CloudFormation YAML template reads
 * to the same values as an independent oracle (js-yaml 3 with
 * cloudformation-js-yaml-schema), apart from listed, justified differences.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { toPlain } from '../src/model/node.js';
import { looksLikeTemplate, parseCloudFormation, type CloudFormationParse } from '../src/parsers/cloudformation/index.js';
import { CORPUS } from './corpus-files.js';
import { normalizeOracle, oracleLoad } from './yaml-oracle.js';

const present = existsSync(CORPUS);
if (!present) console.warn(`corpus-cloudformation: corpus not found at ${CORPUS}; set IAC_LINT_CORPUS to run these tests`);

/** What a test needs of one parsed file (the parse itself is dropped: keeping 4,000 trees costs GC time). */
interface ParsedSummary {
  isTemplate: boolean;
  diagnostics: Diagnostic[];
  /** Each template's document index and plain value. */
  templates: Array<{ document: number; plain: unknown }>;
}

interface CorpusFile {
  path: string;
  ext: string;
  text: string;
  result?: ParsedSummary;
  error?: unknown;
}

function summarize(parsed: CloudFormationParse): ParsedSummary {
  return {
    isTemplate: parsed.isTemplate,
    diagnostics: parsed.diagnostics,
    templates: parsed.templates.map((t) => ({ document: t.document, plain: toPlain(t.root) })),
  };
}

let cache: CorpusFile[] | undefined;
/** Every candidate file, parsed once (shared by the tests below). */
async function corpus(): Promise<CorpusFile[]> {
  if (cache) return cache;
  const paths = fg.sync('**/*.{yaml,yml,json,template}', { cwd: CORPUS, dot: true }).sort();
  const cpu = process.cpuUsage();
  const files: CorpusFile[] = [];
  for (const path of paths) {
    const text = readFileSync(resolve(CORPUS, path), 'utf8');
    const file: CorpusFile = { path, ext: path.slice(path.lastIndexOf('.') + 1), text };
    try {
      file.result = summarize(await parseCloudFormation(path, text));
    } catch (e) {
      file.error = e;
    }
    files.push(file);
  }
  cache = files;
  const used = process.cpuUsage(cpu);
  console.log(`corpus-cloudformation: read and parsed ${paths.length} files in ${Math.round((used.user + used.system) / 1000)} ms of CPU`);
  return cache;
}

const PARSE_ERRORS = new Set(['yaml-syntax', 'json-syntax', 'yaml-too-deep', 'yaml-alias', 'yaml-alias-limit']);
const failed = (f: CorpusFile) => f.result!.diagnostics.some((d) => d.severity === 'error' && PARSE_ERRORS.has(d.code));

/**
 * The corpus keeps broken files on purpose. These are all of the files that
 * fail to parse here, and why; each also fails with the oracle / CloudFormation.
 */
const KNOWN_PARSE_FAILURES = [
  // Deliberately broken test fixtures of cfn-lint, checkov, cfn_nag, cloudformation-guard:
  'cfn-lint/test/fixtures/templates/bad/core/config_invalid_json.json',
  'cfn-lint/test/fixtures/templates/bad/core/config_invalid_yaml.yaml',
  'cfn-lint/test/fixtures/templates/bad/json_parse.json',
  'cfn-lint/test/fixtures/templates/bad/template.yaml',
  'cfn_nag/spec/test_templates/yaml/vulgar_bad_syntax.yml',
  // Python-style """triple quotes""": checkov's own JSON decoder accepts them, JSON does not.
  'checkov/tests/cloudformation/parser/success_triple_quotes_string.json',
  'checkov/tests/cloudformation/runner/resources/invalid.json',
  'cloudformation-guard/guard/resources/validate/malformed-template.yaml',
  // A '.' instead of ',' after the Description string: a real upstream typo.
  'iac-model-evaluation/cloudformation/database-migration-service.json',
  // `Action: *` — a bare '*' is an alias without a name in YAML.
  'terrascan/pkg/iac-providers/cft/v1/testdata/deploy.yaml',
];

describe.skipIf(!present)('CloudFormation parser over the corpus', () => {
  it('reads every YAML/JSON file without an exception', async () => {
    const files = await corpus();
    const perFormat: Record<string, { files: number; templates: number; failures: number }> = {};
    for (const f of files) {
      const s = (perFormat[f.ext] ??= { files: 0, templates: 0, failures: 0 });
      s.files++;
      if (f.result && f.result.templates.length > 0) s.templates++;
      if (f.result && failed(f)) s.failures++;
    }
    console.log('corpus-cloudformation: files per format', perFormat);
    expect(files.filter((f) => f.error).map((f) => `${f.path}: ${String(f.error)}`)).toEqual([]);
    expect(files.length).toBeGreaterThan(4000);
  });

  it('fails only on the known broken files, each with a located diagnostic', async () => {
    const failures = (await corpus()).filter(failed);
    expect(failures.map((f) => f.path).sort()).toEqual([...KNOWN_PARSE_FAILURES].sort());
    expect(failures).toHaveLength(10);
    for (const f of failures) {
      // Broken files that look like templates are reported, with a place in the file.
      expect(f.result!.isTemplate, f.path).toBe(true);
      for (const d of f.result!.diagnostics) expect(d.range?.start.line, `${f.path}: ${d.message}`).toBeGreaterThan(0);
    }
  });

  it('reads JSON templates to the same values as JSON.parse', async () => {
    let compared = 0;
    for (const f of await corpus()) {
      if (!/^\s*\{/.test(f.text) || !f.result || f.result.templates.length === 0) continue;
      let expected: unknown;
      try {
        expected = JSON.parse(f.text.replace(/^\uFEFF/, ''));
      } catch {
        continue; // YAML flow style in a JSON-looking file: read as YAML, covered by the YAML oracle
      }
      expect(f.result.templates[0]!.plain, f.path).toEqual(expected);
      compared++;
    }
    console.log(`corpus-cloudformation: ${compared} JSON templates equal to JSON.parse`);
    expect(compared).toBeGreaterThan(1000);
  });
});

/**
 * Known, justified differences, by kind. Each classifier is narrow: anything
 * else is "unexplained" and fails the test.
 */
type DifferenceKind =
  // js-yaml 3 reads unquoted timestamps (`2010-09-09`) as Dates; CloudFormation and cfn-lint keep the string.
  | 'timestamp'
  // YAML 1.1 booleans (yes/no/on/off): CloudFormation and PyYAML read booleans, js-yaml 3 (YAML 1.2) strings.
  | 'yaml-1.1-boolean'
  // js-yaml 3 keeps spaces before a line fold inside a quoted string; the YAML spec (and PyYAML) strip them.
  | 'folded-trailing-space'
  // A tag on a mapping key (`!ImportValue Fn::Sub: x` in a flow sequence): we drop the tag (with a
  // warning), js-yaml stringifies the tagged object as "[object Object]". The template is invalid anyway.
  | 'tagged-key'
  | 'unexplained';

interface Difference {
  file: string;
  path: string;
  kind: DifferenceKind;
  detail: string;
}

const YAML_11_BOOLEANS = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

function compare(ours: unknown, oracle: unknown, path: string, file: string, out: Difference[]): void {
  if (Object.is(ours, oracle)) return;
  const add = (kind: DifferenceKind): void => {
    out.push({ file, path, kind, detail: `ours ${JSON.stringify(ours)?.slice(0, 80)} oracle ${JSON.stringify(oracle)?.slice(0, 80)}` });
  };
  if (oracle instanceof Date) return add(typeof ours === 'string' && /^\d{4}-\d\d?-\d\d?/.test(ours) ? 'timestamp' : 'unexplained');
  if (typeof ours === 'boolean' && typeof oracle === 'string') return add(YAML_11_BOOLEANS.test(oracle) ? 'yaml-1.1-boolean' : 'unexplained');
  if (typeof ours === 'string' && typeof oracle === 'string') {
    const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ');
    return add(oracle.length > ours.length && squeeze(oracle) === squeeze(ours) ? 'folded-trailing-space' : 'unexplained');
  }
  if (Array.isArray(ours) && Array.isArray(oracle)) {
    if (ours.length !== oracle.length) return add('unexplained');
    ours.forEach((v, i) => compare(v, oracle[i], `${path}/${i}`, file, out));
    return;
  }
  if (isRecord(ours) && isRecord(oracle)) {
    const oursKeys = Object.keys(ours);
    const oracleKeys = Object.keys(oracle);
    const onlyOurs = oursKeys.filter((k) => !(k in oracle));
    const onlyOracle = oracleKeys.filter((k) => !(k in ours));
    if (onlyOurs.length > 0 || onlyOracle.length > 0) {
      add(onlyOracle.length > 0 && onlyOracle.every((k) => k === '[object Object]') ? 'tagged-key' : 'unexplained');
      return;
    }
    for (const k of oursKeys) compare(ours[k], oracle[k], `${path}/${k}`, file, out);
    return;
  }
  // NaN, ±Infinity compare equal through Object.is above; anything else is a real difference.
  add('unexplained');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

describe.skipIf(!present)('CloudFormation YAML against the js-yaml oracle', () => {
  it('reads every CloudFormation YAML template to the oracle\'s values, apart from known differences', async () => {
    const candidates = (await corpus()).filter((f) => f.ext !== 'json' && looksLikeTemplate(f.text));
    const differences: Difference[] = [];
    const failHereOracleParses: string[] = [];
    const oracleFailures: Record<string, string[]> = { 'unknown tag': [], 'syntax error': [] };
    let filesCompared = 0;
    let templatesCompared = 0;
    for (const f of candidates) {
      let oracle: unknown[] | undefined;
      try {
        oracle = oracleLoad(f.text);
      } catch (e) {
        const reason = String((e as { reason?: string }).reason ?? e);
        oracleFailures[reason.startsWith('unknown tag') ? 'unknown tag' : 'syntax error']!.push(f.path);
      }
      const ours = f.result!;
      if (failed(f)) {
        if (oracle) failHereOracleParses.push(f.path);
        continue;
      }
      if (!oracle) continue;
      filesCompared++;
      for (const t of ours.templates) {
        templatesCompared++;
        compare(t.plain, normalizeOracle(oracle[t.document]), '', f.path, differences);
      }
    }
    const byKind: Record<string, number> = {};
    for (const d of differences) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
    console.log('corpus-cloudformation oracle:', {
      candidates: candidates.length,
      filesCompared,
      templatesCompared,
      oracleCannotRead: Object.fromEntries(Object.entries(oracleFailures).map(([k, v]) => [k, v.length])),
      failHereOracleParses: failHereOracleParses.length,
      differencesByKind: byKind,
    });

    // Goal: nothing the oracle reads fails here.
    expect(failHereOracleParses).toEqual([]);
    expect(differences.filter((d) => d.kind === 'unexplained').map((d) => `${d.file} ${d.path}: ${d.detail}`)).toEqual([]);
    // The rare kinds, by file:
    const filesOf = (kind: DifferenceKind) => [...new Set(differences.filter((d) => d.kind === kind).map((d) => d.file))];
    expect(filesOf('folded-trailing-space')).toEqual(['quickstart-atlassian-services/templates/quickstart-vpc-for-atlassian-services.yaml']);
    expect(filesOf('tagged-key')).toEqual(['cfn-lint/test/fixtures/templates/bad/core/parse_invalid_map.yaml']);
    // Every file the oracle cannot parse as YAML is one we reject too.
    for (const path of oracleFailures['syntax error']!) expect(KNOWN_PARSE_FAILURES, path).toContain(path);
    // Files with Rain (`!Rain::Module`, ...) or misspelled tags: the oracle rejects them, we keep the values with a warning.
    for (const path of oracleFailures['unknown tag']!) {
      const f = candidates.find((c) => c.path === path)!;
      expect(f.result!.diagnostics.some((d) => d.code === 'unknown-tag'), path).toBe(true);
    }
    expect(filesCompared).toBeGreaterThan(2700);
  });
});
