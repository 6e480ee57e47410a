import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, Severity } from '../model/finding.js';
import { selectRules } from '../../rules/index.js';
import { withSeverities } from '../engine/severity.js';
import { unusedSuppressionRule } from '../engine/suppressions.js';
import type { LintResult } from '../model/lint-result.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { MESSAGE_LIMIT, NAME_LIMIT, shorten } from '../model/quote.js';
import { repositoryBoundary } from '../discover/boundary.js';
import { comparePaths } from '../discover/paths.js';
import { DEFAULT_MAX_FILE_SIZE_MB, readSourceFile } from '../discover/read.js';
import { relativePath } from '../discover/paths.js';
import type { RootValues } from '../parsers/terraform/index.js';
import { terraformUnits } from '../discover/terraform-units.js';
import { discover } from '../discover/walk.js';
import { lintUnit, type LintUnit, type UnitOutcome, type UnitSettings, unitName } from './unit.js';
import { splitInstanceAddress } from '../engine/instances.js';
import { readGivenValues, undeclaredValues } from './parameters.js';
import type { Shard } from './shard.js';

export interface LintOptions {
  paths: string[];
  cwd: string;
  strict?: boolean;
  rules?: string[];
  skipRules?: string[];
  /** Per-rule severity overrides (configuration `severity`, `--severity RULE=LEVEL`). */
  severity?: Record<string, Severity>;
  exclude?: string[];
  /** Megabytes; larger files are skipped with a warning. Default 10. */
  maxFileSize?: number;
  /** Called with each file (or Terraform directory) before it is processed: lets the CLI name it in an internal error. */
  onFile?: (file: string) => void;
  /** Called after each unit with the files linted so far and the files to lint in all (for a progress line). */
  onProgress?: (filesDone: number, filesTotal: number) => void;
  /** Terraform `--var NAME=VALUE`, in the order given (later wins; over every var file). */
  vars?: Array<{ name: string; value: string }>;
  /** Terraform `--var-file FILE`, in the order given (later wins; over *.auto.tfvars and terraform.tfvars). */
  varFiles?: string[];
  /** Where the `.tf` files of a plan JSON file live (`--plan-root DIR`); default: the plan's directory. */
  planRoot?: string;
  /** CloudFormation `--parameters KEY=VALUE`, in the order given (later wins; over every parameter file). */
  parameters?: Array<{ key: string; value: string }>;
  /** CloudFormation `--parameter-files FILE`, in the order given (later wins). */
  parameterFiles?: string[];
  /** Milliseconds each unit (a CloudFormation file, a Terraform directory) may take before it gets a time-budget error (default 120 s). */
  unitTimeBudgetMs?: number;
  /** A baseline file (`--baseline`, relative to `cwd`): the findings it records are marked suppressed (via baseline). Throws BaselineError when it cannot be read. */
  baseline?: string;
  /** Lint only this shard of the units (`--shard k/n`). */
  shard?: Shard;
  /**
   * Threads that lint: 0 or 1 lints in this thread only; N lints in this
   * thread and N - 1 worker threads (when the worker script is next to the
   * bundle); undefined: this thread only (the pool does not pay, see below).
   */
  workers?: number;
}


/**
 * The worker pool runs only when asked (`workers`, IAC_LINT_WORKERS=N): with
 * the HCL parser in TypeScript it no longer pays on this project's 2-core
 * machine. bench/results.md, 2026-12-02: the whole corpus (19 MB) 5.2 s
 * pooled vs 4.6 s in one thread, 221 vs 186 MB; 13 MB of checkov's .tf
 * tests 5.7 vs 3.9 s (medians of 3). Before, the WebAssembly parser's
 * ~1 MB/s made it pay from about 1 MB of Terraform.
 */
const CLOUDFORMATION_WEIGHT = 1 / 8;

/**
 * Lints the files under `options.paths`: discovers them, reads and parses one
 * unit at a time (a CloudFormation file, or a Terraform directory), runs the
 * rules and keeps only findings and diagnostics, so memory is bounded by the
 * largest unit. Large runs are spread over worker threads; the result is the
 * same. Every path in the result is relative to `cwd`, '/'-separated.
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const { cwd } = options;
  const rules = withSeverities(selectRules(options.rules, options.skipRules), options.severity);
  const settings: UnitSettings = {
    cwd,
    strict: options.strict ?? false,
    maxBytes: (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE_MB) * 1024 * 1024,
    boundary: repositoryBoundary(options.paths, cwd),
  };
  if (options.rules) settings.rules = options.rules;
  if (options.skipRules) settings.skipRules = options.skipRules;
  if (options.planRoot !== undefined) settings.planRoot = options.planRoot;
  if (options.unitTimeBudgetMs !== undefined) settings.timeBudgetMs = options.unitTimeBudgetMs;
  const given = await readGivenValues(options.parameterFiles ?? [], options.parameters ?? [], settings);
  if (given.values.length > 0) settings.parameters = given.values;
  if (options.severity) settings.severity = options.severity;
  // Read first: a baseline that cannot be used is a usage error before any work.
  const baselines = options.baseline !== undefined ? await import('./baseline.js') : undefined;
  const baseline = options.baseline !== undefined ? baselines!.readBaseline(resolve(cwd, options.baseline), options.baseline) : undefined;
  const discovery = await discover(options.paths, { cwd, exclude: options.exclude });
  const result: LintResult = { findings: [], diagnostics: [...given.diagnostics, ...discovery.diagnostics], filesScanned: 0, rules: rules.map((r) => r.meta) };
  if (options.vars?.length || options.varFiles?.length) {
    const values = await readRootValues(options, settings);
    settings.values = values.values;
    result.diagnostics.push(...values.diagnostics);
  }

  let units: LintUnit[] = [
    ...discovery.files.filter((file) => file.kind === 'cloudformation').map((file): LintUnit => ({ kind: 'cloudformation', file })),
    ...(await terraformUnits(discovery.files, cwd)).map((unit): LintUnit => ({ kind: 'terraform', unit })),
  ];
  if (options.shard) units = (await import('./shard-units.js')).shardLintUnits(units, options.shard, settings.boundary);
  const outcomes = await lintAll(units, settings, options);

  const calledAsModule = calledAsModules(units, outcomes);
  const scanned: string[] = [];
  const parametersUsed = new Set<string>();
  outcomes.forEach((outcome, i) => {
    result.filesScanned += outcome.filesScanned;
    scanned.push(...(outcome.scannedFiles ?? []));
    for (const key of outcome.parametersUsed ?? []) parametersUsed.add(key);
    if (calledAsModule[i]) return;
    result.findings.push(...outcome.findings);
    result.diagnostics.push(...outcome.diagnostics);
  });
  // A shard sees only some templates: a key declared in another shard's is no mistake.
  if (!options.shard) result.diagnostics.push(...undeclaredValues(given.values, parametersUsed));
  // A child template used by several parents is read once per parent: its input problems are the same.
  result.diagnostics = withoutDuplicateDiagnostics(result.diagnostics);

  result.scannedFiles = [...new Set(scanned)].sort(comparePaths);
  result.findings = withoutDuplicates(withoutPlannedTwice(result.findings, outcomes)).map(bounded);
  result.diagnostics = result.diagnostics.map((d) => (d.message.length > MESSAGE_LIMIT ? { ...d, message: shorten(d.message, MESSAGE_LIMIT) } : d));
  result.diagnostics = withoutStaleSuppressionWarnings(result.diagnostics, result.findings);
  result.findings.sort(byPlace);
  result.diagnostics.sort(byPlace);
  if (baseline) {
    const scanned = units.flatMap((u) => (u.kind === 'cloudformation' ? [u.file.path] : u.unit.reportOnly ? [...u.unit.reportOnly] : u.unit.files.map((f) => f.path)));
    const applied = baselines!.applyBaseline(result.findings, baseline, options.baseline!, cwd, scanned);
    result.findings = applied.findings;
    result.baseline = applied.status;
  }
  return result;
}

/**
 * A finding whose texts from the input are bounded (SPEC §7: nothing in a
 * report grows with the input): the message, the resource name and
 * construct path, the suppression's reason, the related locations' messages.
 */
function bounded(f: Finding): Finding {
  const long = (s: string | undefined, limit: number): boolean => s !== undefined && s.length > limit;
  const { resource, suppression, related } = f;
  if (
    !long(f.message, MESSAGE_LIMIT) &&
    !long(resource.name, NAME_LIMIT) &&
    !long(resource.constructPath, NAME_LIMIT) &&
    !long(suppression?.reason, MESSAGE_LIMIT) &&
    !related?.some((r) => long(r.message, MESSAGE_LIMIT))
  ) {
    return f;
  }
  const out: Finding = { ...f, message: shorten(f.message, MESSAGE_LIMIT), resource: { ...resource, name: shorten(resource.name, NAME_LIMIT) } };
  if (resource.constructPath !== undefined) out.resource.constructPath = shorten(resource.constructPath, NAME_LIMIT);
  if (suppression) out.suppression = { ...suppression, reason: shorten(suppression.reason, MESSAGE_LIMIT) };
  if (related) out.related = related.map((r) => ({ ...r, message: shorten(r.message, MESSAGE_LIMIT) }));
  return out;
}

async function lintAll(units: LintUnit[], settings: UnitSettings, options: LintOptions): Promise<UnitOutcome[]> {
  const files = units.map((unit) => (unit.kind === 'cloudformation' ? 1 : (unit.unit.reportOnly?.size ?? unit.unit.files.length)));
  const fileTotal = files.reduce((a, b) => a + b, 0);
  let filesDone = 0;
  const unitDone = (index: number): void => {
    filesDone += files[index] ?? 0;
    options.onProgress?.(filesDone, fileTotal);
  };
  const chosen = options.workers ?? 0;
  // The pool (and node:worker_threads) is loaded only for a pooled run.
  const pool = chosen >= 2 && units.length >= 2 ? await import('./pool.js') : undefined;
  const script = pool?.defaultWorkerScript();
  if (pool && script) {
    const weights = units.map(unitBytes);
    return pool.lintInWorkers({ units, weights, settings, size: chosen, script, lintHere: true, onUnitDone: unitDone, ...(options.onFile ? { onUnit: options.onFile } : {}) });
  }
  const outcomes: UnitOutcome[] = [];
  for (const [index, unit] of units.entries()) {
    options.onFile?.(unitName(unit));
    outcomes.push(await lintUnit(unit, settings));
    unitDone(index);
  }
  return outcomes;
}

/** Work estimate of a unit: its bytes, CloudFormation's weighed down. */
function unitBytes(unit: LintUnit): number {
  const files = unit.kind === 'cloudformation' ? [unit.file] : unit.unit.files;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file.abs).size;
    } catch {
      // unreadable: its diagnostic comes from the unit
    }
  }
  return unit.kind === 'cloudformation' ? bytes * CLOUDFORMATION_WEIGHT : bytes;
}

/**
 * A directory that another linted directory calls as a local module is
 * reported through that call (with the caller's inputs, module-qualified
 * addresses), not again on its own — unless it is a root module itself (a
 * backend or provider configuration, a lock file, a terraform.tfvars). Two directories that call each other
 * are both kept. Only a caller that reports all its files counts: a
 * named-file caller (pre-commit) reports none of the module's.
 */
function calledAsModules(units: LintUnit[], outcomes: UnitOutcome[]): boolean[] {
  // A CloudFormation file is called as a child template by the nested stacks of another file.
  const absDirs = units.map((u) => (u.kind === 'terraform' ? u.unit.absDir : u.file.abs));
  const calls = outcomes.map((o) => new Set(o.calls));
  const callers = new Map<string, number[]>();
  units.forEach((unit, j) => {
    if (unit.kind === 'terraform' && unit.unit.reportOnly) return;
    for (const dir of calls[j]!) callers.set(dir, [...(callers.get(dir) ?? []), j]);
  });
  return absDirs.map((self, i) => self !== undefined && !outcomes[i]!.root && (callers.get(self) ?? []).some((j) => j !== i && !calls[i]!.has(absDirs[j]!)));
}

/**
 * A plan linted together with the configuration it was made from points its
 * findings at the same definitions the configuration's own findings do: each
 * is reported once, from the plan (it knows the values Terraform will use).
 */
function withoutPlannedTwice(findings: Finding[], outcomes: UnitOutcome[]): Finding[] {
  const planned = new Set<string>();
  const key = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.range.start.offset, splitInstanceAddress(f.resource.name).definition]);
  const fromPlans = new Set<Finding>();
  for (const o of outcomes) {
    if (!o.plan) continue;
    for (const f of o.findings) {
      planned.add(key(f));
      fromPlans.add(f);
    }
  }
  return planned.size === 0 ? findings : findings.filter((f) => fromPlans.has(f) || !planned.has(key(f)));
}

/**
 * Several root directories (e.g. examples/a and examples/b) may call the same
 * local module under the same name: their findings in the module's file are
 * then the same finding (same place, resource address and message) and are
 * reported once.
 */
function withoutDuplicates(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.ruleId, f.file, f.range, f.resource.name, f.message, f.suppression ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A module's file is linted through each of its callers (and may be linted
 * on its own): a suppression warning is given once, and an "unused" one is
 * dropped when a finding of another caller's instance is suppressed by it.
 */
function withoutStaleSuppressionWarnings(diagnostics: Diagnostic[], findings: Finding[]): Diagnostic[] {
  const at = (file: string, range: { start: { offset: number } } | undefined): string => `${file}\u0000${range?.start.offset ?? -1}`;
  const used = new Set(findings.filter((f) => f.suppression).map((f) => `${at(f.file, f.suppression!.range)}\u0000${f.ruleId.toUpperCase()}`));
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (!d.code.includes('suppression')) return true;
    const key = `${at(d.file, d.range)}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const rule = unusedSuppressionRule(d);
    return rule === undefined || !used.has(`${at(d.file, d.range)}\u0000${rule}`);
  });
}

/** `--var-file` files, read once through the boundary like every file, and `--var` pairs. */
async function readRootValues(options: LintOptions, settings: UnitSettings): Promise<{ values: RootValues; diagnostics: Diagnostic[] }> {
  const values: RootValues = { varFiles: [], vars: options.vars ?? [] };
  const diagnostics: Diagnostic[] = [];
  for (const given of options.varFiles ?? []) {
    const abs = resolve(options.cwd, given);
    const shown = relativePath(options.cwd, abs);
    const read = await readSourceFile(abs, shown, settings.maxBytes, settings.boundary);
    if (read.ok) {
      values.varFiles.push({ path: shown, text: read.text });
      diagnostics.push(...read.diagnostics);
    } else {
      diagnostics.push({ ...read.diagnostic, message: `--var-file ${shorten(given)}: ${read.diagnostic.message}` });
    }
  }
  return { values, diagnostics };
}

function withoutDuplicateDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.file, d.code, d.range ?? null, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPlace(a: { file: string; range?: { start: { line: number; column: number } } }, b: typeof a): number {
  return (
    comparePaths(a.file, b.file) ||
    (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) ||
    (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0)
  );
}
