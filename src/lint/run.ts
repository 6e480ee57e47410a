import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Finding, Severity } from '../model/finding.js';
import { selectRules } from '../../rules/index.js';
import { withSeverities } from '../engine/severity.js';
import { unusedSuppressionRule } from '../engine/suppressions.js';
import { materialized, type LintResult, type ReportInput } from '../model/lint-result.js';
import { HeldRecords, HeldSequence } from './held.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { MESSAGE_LIMIT, NAME_LIMIT, quote, shorten, shortenPath } from '../model/quote.js';
import type { Range } from '../model/range.js';
import { repositoryBoundary } from '../discover/boundary.js';
import { comparePaths } from '../discover/paths.js';
import { DEFAULT_MAX_FILE_SIZE_MB, readSourceFile } from '../discover/read.js';
import { relativePath } from '../discover/paths.js';
import type { RootValues } from '../parsers/terraform/index.js';
import { terraformUnits } from '../discover/terraform-units.js';
import { discover } from '../discover/walk.js';
import { automaticThreads } from './pool-size.js';
import { lintUnit, type LintUnit, type UnitOutcome, type UnitSettings, unitName } from './unit.js';
import { splitInstanceAddress } from '../engine/instances.js';
import { readGivenValues, undeclaredValues } from './parameters.js';
import type { Shard } from './shard.js';

/** A Terraform root variable value from outside: a `--var-file FILE` (relative to `cwd`) or a `--var NAME=VALUE`. */
export type VariableValue = { varFile: string } | { var: { name: string; value: string } };

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
  /**
   * Terraform `--var-file FILE` and `--var NAME=VALUE`, in the order given
   * (later wins, as Terraform applies -var and -var-file in command-line
   * order; all over *.auto.tfvars and terraform.tfvars).
   */
  variableValues?: VariableValue[];
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
   * bundle); undefined: as many as the machine has cores free, one for a
   * small run (src/lint/pool-size.ts).
   */
  workers?: number;
}


/** A CloudFormation byte counts as this much of a Terraform byte in a unit's work estimate (the pool's order, its size). */
const CLOUDFORMATION_WEIGHT = 1 / 8;

/**
 * Lints the files under `options.paths`: discovers them, reads and parses one
 * unit at a time (a CloudFormation file, or a Terraform directory), runs the
 * rules and keeps only findings and diagnostics, so memory is bounded by the
 * largest unit. Large runs are spread over worker threads; the result is the
 * same. Every path in the result is relative to `cwd`, '/'-separated.
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  return materialized(await lintHeld(options));
}

/** No local module calls (shared by the units that make none). */
const NO_CALLS: readonly string[] = [];

/**
 * As `lint`, with the findings and diagnostics held as compact records
 * (src/lint/held.ts) as each unit finishes, and made into objects only as
 * they are read, one at a time: what the CLI reports from, so that a run's
 * memory does not grow with its findings (issue 16).
 */
export async function lintHeld(options: LintOptions): Promise<ReportInput> {
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
  const given = await readGivenValues(options.parameterFiles ?? [], options.parameters ?? [], settings, () => import('./cloudformation-front-end.js'));
  if (given.values.length > 0) settings.parameters = given.values;
  if (options.severity) settings.severity = options.severity;
  // Read first: a baseline that cannot be used is a usage error before any work.
  const baselines = options.baseline !== undefined ? await import('./baseline.js') : undefined;
  const baseline = options.baseline !== undefined ? baselines!.readBaseline(resolve(cwd, options.baseline), options.baseline) : undefined;
  const discovery = await discover(options.paths, { cwd, exclude: options.exclude });
  const held = new HeldRecords();
  // The diagnostics in the order a run gives them: the given values', discovery's, the var files', then each unit's.
  let diagnosticRows = [...given.diagnostics, ...discovery.diagnostics].map((d) => held.addDiagnostic(d));
  let givenVariables: GivenVariable[] = [];
  if (options.variableValues?.length) {
    const values = await readRootValues(options, settings);
    settings.values = values.values;
    givenVariables = values.given;
    for (const d of values.diagnostics) diagnosticRows.push(held.addDiagnostic(d));
  }

  let units: LintUnit[] = [
    ...discovery.files.filter((file) => file.kind === 'cloudformation').map((file): LintUnit => ({ kind: 'cloudformation', file })),
    ...(await terraformUnits(discovery.files, cwd)).map((unit): LintUnit => ({ kind: 'terraform', unit })),
  ];
  if (options.shard) units = (await import('./shard-units.js')).shardLintUnits(units, options.shard, settings.boundary);

  // Of each unit's outcome, only what the merging below reads is kept; its findings and diagnostics become records.
  const n = units.length;
  /** Per unit: its first finding record, after its last; its first diagnostic record, after its last. */
  const spans = new Int32Array(n * 4);
  const calls: (readonly string[])[] = new Array(n).fill(NO_CALLS);
  const roots = new Uint8Array(n);
  const plans = new Uint8Array(n);
  /** Units whose only scanned file is their own (a CloudFormation file): its path is not kept again. */
  const scannedSelf = new Uint8Array(n);
  const scanned = new Set<string>();
  const parametersUsed = new Set<string>();
  /** Per unit that declares some: the given Terraform variables its root module declares. */
  const valuesDeclared = new Map<number, string[]>();
  let filesScanned = 0;
  await lintAll(units, settings, options, (i, outcome) => {
    filesScanned += outcome.filesScanned;
    const unit = units[i]!;
    const files = outcome.scannedFiles ?? [];
    if (unit.kind === 'cloudformation' && files.length === 1 && files[0] === unit.file.path) scannedSelf[i] = 1;
    else for (const file of files) scanned.add(file);
    for (const key of outcome.parametersUsed ?? []) parametersUsed.add(key);
    if (outcome.valuesDeclared) valuesDeclared.set(i, outcome.valuesDeclared);
    spans[i * 4] = held.findingCount;
    for (const f of outcome.findings) held.addFinding(f);
    spans[i * 4 + 1] = held.findingCount;
    spans[i * 4 + 2] = held.diagnosticCount;
    for (const d of outcome.diagnostics) held.addDiagnostic(d);
    spans[i * 4 + 3] = held.diagnosticCount;
    if (outcome.calls.length > 0) calls[i] = outcome.calls;
    if (outcome.root) roots[i] = 1;
    if (outcome.plan) plans[i] = 1;
  });

  const calledAsModule = calledAsModules(units, calls, roots);
  let findingRows: number[] = [];
  for (let i = 0; i < n; i++) {
    if (calledAsModule[i]) continue;
    for (let row = spans[i * 4]!; row < spans[i * 4 + 1]!; row++) findingRows.push(row);
    for (let row = spans[i * 4 + 2]!; row < spans[i * 4 + 3]!; row++) diagnosticRows.push(row);
  }
  // A shard sees only some templates: a key declared in another shard's is no mistake.
  if (!options.shard) for (const d of undeclaredValues(given.values, parametersUsed)) diagnosticRows.push(held.addDiagnostic(d));
  // Values go to the root modules; a module judged through its callers is not one.
  const declared = new Set([...valuesDeclared].flatMap(([i, names]) => (calledAsModule[i] ? [] : names)));
  if (!options.shard) for (const d of undeclaredVariables(givenVariables, declared)) diagnosticRows.push(held.addDiagnostic(d));
  // A child template used by several parents is read once per parent: its input problems are the same.
  diagnosticRows = firstOfEach(diagnosticRows, (row) => held.diagnosticKey(row));

  findingRows = firstOfEach(withoutPlannedTwice(held, findingRows, units, spans, plans), (row) => held.findingKey(row));
  diagnosticRows = withoutStaleSuppressionWarnings(held, diagnosticRows, findingRows);
  findingRows.sort((a, b) => comparePaths(held.findingFile(a), held.findingFile(b)) || held.findingLine(a) - held.findingLine(b) || held.findingColumn(a) - held.findingColumn(b));
  diagnosticRows.sort(
    (a, b) => comparePaths(held.diagnosticFile(a), held.diagnosticFile(b)) || held.diagnosticLine(a) - held.diagnosticLine(b) || held.diagnosticColumn(a) - held.diagnosticColumn(b),
  );
  const finding = (row: number): Finding => bounded(held.finding(row));
  const result: ReportInput = {
    findings: new HeldSequence(findingRows, finding),
    diagnostics: new HeldSequence(diagnosticRows, (row) => shortened(held.diagnostic(row))),
    filesScanned,
    rules: rules.map((r) => r.meta),
    scannedFiles: scannedPaths(units, scannedSelf, scanned),
  };
  if (baseline) {
    const linted = units.flatMap((u) => (u.kind === 'cloudformation' ? [u.file.path] : u.unit.reportOnly ? [...u.unit.reportOnly] : u.unit.files.map((f) => f.path)));
    const findings = findingRows.map(finding);
    const applied = baselines!.applyBaseline(findings, baseline, options.baseline!, cwd, linted);
    applied.findings.forEach((f, i) => {
      if (f !== findings[i] && f.suppression) held.suppress(findingRows[i]!, f.suppression);
    });
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

/** The files scanned, sorted, each once: the units' own (`self`) and the others. */
function scannedPaths(units: LintUnit[], self: Uint8Array, others: Set<string>): string[] {
  const paths = [...others];
  units.forEach((unit, i) => {
    if (self[i] && unit.kind === 'cloudformation') paths.push(unit.file.path);
  });
  paths.sort(comparePaths);
  return paths.filter((p, i) => i === 0 || p !== paths[i - 1]);
}

/** Lints every unit, in this thread or on the pool; each outcome goes to `take` as soon as its unit is done (the pool's in any order). */
async function lintAll(units: LintUnit[], settings: UnitSettings, options: LintOptions, take: (index: number, outcome: UnitOutcome) => void): Promise<void> {
  const files = units.map((unit) => (unit.kind === 'cloudformation' ? 1 : (unit.unit.reportOnly?.size ?? unit.unit.files.length)));
  const fileTotal = files.reduce((a, b) => a + b, 0);
  let filesDone = 0;
  const unitDone = (index: number): void => {
    filesDone += files[index] ?? 0;
    options.onProgress?.(filesDone, fileTotal);
  };
  let weights: number[] | undefined;
  const weigh = (): number[] => (weights ??= units.map(unitBytes));
  const chosen = options.workers ?? automaticThreads(units.length, () => weigh().reduce((a, b) => a + b, 0));
  // The pool (and node:worker_threads) is loaded only for a pooled run.
  const pool = chosen >= 2 && units.length >= 2 ? await import('./pool.js') : undefined;
  const script = pool?.defaultWorkerScript();
  if (pool && script) {
    await pool.lintInWorkers({ units, weights: weigh(), settings, size: chosen, script, lintHere: true, onOutcome: take, onUnitDone: unitDone, ...(options.onFile ? { onUnit: options.onFile } : {}) });
    return;
  }
  for (const [index, unit] of units.entries()) {
    options.onFile?.(unitName(unit));
    take(index, await lintUnit(unit, settings));
    unitDone(index);
  }
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
function calledAsModules(units: LintUnit[], calls: (readonly string[])[], roots: Uint8Array): boolean[] {
  const callers = new Map<string, number[]>();
  units.forEach((unit, j) => {
    if (unit.kind === 'terraform' && unit.unit.reportOnly) return;
    for (const dir of calls[j]!) callers.set(dir, [...(callers.get(dir) ?? []), j]);
  });
  if (callers.size === 0) return new Array<boolean>(units.length).fill(false);
  // A CloudFormation file is called as a child template by the nested stacks of another file.
  const absDirs = units.map((u) => (u.kind === 'terraform' ? u.unit.absDir : u.file.abs));
  const callSets = calls.map((c) => (c.length > 0 ? new Set(c) : undefined));
  return absDirs.map((self, i) => self !== undefined && !roots[i] && (callers.get(self) ?? []).some((j) => j !== i && !callSets[i]?.has(absDirs[j]!)));
}

/**
 * A plan linted together with the configuration it was made from points its
 * findings at the same definitions the configuration's own findings do: each
 * is reported once, from the plan (it knows the values Terraform will use).
 */
function withoutPlannedTwice(held: HeldRecords, rows: number[], units: LintUnit[], spans: Int32Array, plans: Uint8Array): number[] {
  const planned = new Set<string>();
  const key = (row: number): string => `${held.findingPlace(row)},${splitInstanceAddress(held.findingName(row)).definition}`;
  const fromPlans = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    if (!plans[i]) continue;
    for (let row = spans[i * 4]!; row < spans[i * 4 + 1]!; row++) {
      planned.add(key(row));
      fromPlans.add(row);
    }
  }
  return planned.size === 0 ? rows : rows.filter((row) => fromPlans.has(row) || !planned.has(key(row)));
}

/**
 * The first record of each key, in order. Several root directories (e.g.
 * examples/a and examples/b) may call the same local module under the same
 * name: their findings in the module's file are then the same finding (same
 * place, resource address and message) and are reported once; a child
 * template used by several parents gives the same diagnostics to each.
 */
function firstOfEach(rows: number[], key: (row: number) => string): number[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A module's file is linted through each of its callers (and may be linted
 * on its own): a suppression warning is given once, and an "unused" one is
 * dropped when a finding of another caller's instance is suppressed by it.
 */
function withoutStaleSuppressionWarnings(held: HeldRecords, diagnosticRows: number[], findingRows: number[]): number[] {
  const used = new Set<string>();
  for (const row of findingRows) {
    const suppression = held.findingSuppression(row);
    if (suppression) used.add(`${held.findingFile(row)}\u0000${suppression.range?.start.offset ?? -1}\u0000${held.findingRuleId(row).toUpperCase()}`);
  }
  const seen = new Set<string>();
  return diagnosticRows.filter((row) => {
    if (!held.diagnosticCode(row).includes('suppression')) return true;
    const d = shortened(held.diagnostic(row));
    const at = `${d.file}\u0000${d.range?.start.offset ?? -1}`;
    const key = `${at}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const rule = unusedSuppressionRule(d);
    return rule === undefined || !used.has(`${at}\u0000${rule}`);
  });
}

/** A diagnostic whose message is bounded (SPEC §7). */
function shortened(d: Diagnostic): Diagnostic {
  return d.message.length > MESSAGE_LIMIT ? { ...d, message: shorten(d.message, MESSAGE_LIMIT) } : d;
}

/** A Terraform variable given a value from outside: by `--var`, or in a var file (where). */
interface GivenVariable {
  name: string;
  /** The var file (relative, as in reports), or undefined for `--var`. */
  file?: string;
  range?: Range;
}

/**
 * `--var-file` files, read once through the boundary like every file, and
 * `--var` pairs, in their order; with the variable names they set (a var
 * file is parsed here for its names: its values are read by each unit).
 */
async function readRootValues(options: LintOptions, settings: UnitSettings): Promise<{ values: RootValues; given: GivenVariable[]; diagnostics: Diagnostic[] }> {
  const values: RootValues = { sources: [] };
  const given: GivenVariable[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of options.variableValues ?? []) {
    if ('var' in source) {
      values.sources.push(source);
      given.push({ name: source.var.name });
      continue;
    }
    const path = source.varFile;
    const abs = resolve(options.cwd, path);
    const shown = relativePath(options.cwd, abs);
    const read = await readSourceFile(abs, shown, settings.maxBytes, settings.boundary);
    if (read.ok) {
      values.sources.push({ varFile: { path: shown, text: read.text } });
      diagnostics.push(...read.diagnostics);
      // Through the module a Terraform unit loads: no chunk of its own in the bundle.
      const { varFileNames } = await import('./terraform-directory.js');
      for (const { key, keyRange } of varFileNames(shown, read.text)) given.push({ name: key, file: shown, range: keyRange });
    } else {
      diagnostics.push({ ...read.diagnostic, message: `--var-file ${shortenPath(path)}: ${read.diagnostic.message}` });
    }
  }
  values.names = [...new Set(given.map((g) => g.name))];
  return { values, given, diagnostics };
}

/**
 * A warning for each variable given a value from outside that no linted
 * root module declares (Terraform rejects such a `--var` and warns of such
 * a var-file entry): a misspelt name leaves the default in force.
 */
function undeclaredVariables(given: GivenVariable[], declared: Set<string>): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const g of given) {
    const key = `${g.file ?? ''}\0${g.name}`;
    if (declared.has(g.name) || seen.has(key)) continue;
    seen.add(key);
    const tail = `no linted root module declares a variable ${quote(g.name)}; the value is not used`;
    diagnostics.push(
      g.file === undefined
        ? { file: '--var', severity: 'warning', code: 'tf-var-undeclared', message: `--var ${shorten(g.name)} is given, but ${tail}` }
        : { file: g.file, severity: 'warning', code: 'tf-var-undeclared', message: `${shorten(basename(g.file))} sets ${quote(g.name)}, but ${tail}`, ...(g.range ? { range: g.range } : {}) },
    );
  }
  return diagnostics;
}
