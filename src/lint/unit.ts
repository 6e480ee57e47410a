// One lint unit — a CloudFormation file, or a Terraform directory — read,
// parsed and checked on its own; what it gives is plain data (findings,
// diagnostics, counts), so a worker thread can lint it as well as the main
// thread, and the parsed form is dropped as soon as the unit is done.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Severity } from '../model/finding.js';
import { allRules, selectRules } from '../../rules/index.js';
import { withSeverities } from '../engine/severity.js';
import type { Rule } from '../engine/rule.js';
import { runRules, type RunOptions } from '../engine/runner.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { plainRanges } from '../model/range.js';
import type { Template } from '../model/resource.js';
import type { GivenValue } from './parameters.js';
import type { Boundary } from '../discover/boundary.js';
import { looksLikeTerraformPlan } from '../parsers/terraform/plan-kind.js';
import { readSourceFile, type ReadOutcome } from '../discover/read.js';
import type { TerraformUnit } from '../discover/terraform-units.js';
import type { DiscoveredFile } from '../discover/walk.js';
import { instanceDiagnostics, loadTerraformResolution } from '../resolve/index.js';
import type { RootValues, TerraformModuleInstance } from '../parsers/terraform/index.js';
import { TimeBudgetExceeded, withDeadline } from '../model/time-budget.js';

export type LintUnit = { kind: 'cloudformation'; file: DiscoveredFile } | { kind: 'terraform'; unit: TerraformUnit };

/** What linting one unit needs besides the unit: plain data, sent once to each worker. */
export interface UnitSettings {
  cwd: string;
  rules?: string[];
  skipRules?: string[];
  severity?: Record<string, Severity>;
  strict: boolean;
  maxBytes: number;
  /** Where files may be read (SPEC §7): every read of a unit goes through it. */
  boundary: Boundary;
  /** Where the .tf files of plan JSON files are (`--plan-root`, relative to cwd); default: each plan's directory. */
  planRoot?: string;
  /** Milliseconds a unit may take (reading, parsing, checking); default DEFAULT_UNIT_TIME_BUDGET_MS. */
  timeBudgetMs?: number;
  /** CloudFormation parameter values given from outside (`--parameters`, `--parameter-files`): the winning value per key. */
  parameters?: GivenValue[];
  /** `--var-file` texts and `--var` pairs for every Terraform root directory (read once, by the run). */
  values?: RootValues;
}

/** What one unit gave. */
export interface UnitOutcome {
  findings: Finding[];
  diagnostics: Diagnostic[];
  filesScanned: number;
  /** The files counted in `filesScanned` (relative paths, as in reports). */
  scannedFiles?: string[];
  /**
   * Absolute directories of the local modules a Terraform directory calls (directly or through its
   * children); absolute paths of the child templates a CloudFormation file's nested stacks use.
   */
  calls: string[];
  /** The given CloudFormation parameter keys that a template of the unit declares. */
  parametersUsed?: string[];
  /** The Terraform variables given a value from outside (`--var`, `--var-file`) that the unit's root module declares. */
  valuesDeclared?: string[];
  /** A Terraform plan: its findings may point at .tf definitions that a Terraform unit of the run also judges. */
  plan?: true;
  /** A Terraform directory that is deployed as a root module of its own (SPEC §2): judged on its own even when called. */
  root?: boolean;
}

/** The unit's name in reports: its file, or its directory. */
export function unitName(unit: LintUnit): string {
  return unit.kind === 'cloudformation' ? unit.file.path : unit.unit.dir;
}

/** Lints one unit; never throws (an internal error becomes a diagnostic naming the unit). */
export async function lintUnit(unit: LintUnit, settings: UnitSettings): Promise<UnitOutcome> {
  const rules = rulesFor(settings);
  const deadline = Date.now() + unitTimeBudgetMs(settings);
  try {
    // Reading, parsing and resolving tick (model/time-budget.ts): past the deadline, they stop.
    // Compact ranges point into the unit's text: what the run keeps (or a worker sends) is plain data.
    return plainRanges(await withDeadline(deadline, () => (unit.kind === 'cloudformation' ? lintCloudFormationFile(unit.file, rules, settings, deadline) : lintTerraformUnit(unit.unit, rules, settings, deadline))));
  } catch (error) {
    return error instanceof TimeBudgetExceeded ? outOfTimeUnit(unitName(unit), settings) : failedUnit(unitName(unit), error);
  }
}

/**
 * The outcome of a unit whose time budget ran out before its resources were
 * checked (while reading, parsing or resolving), or whose worker thread did
 * not answer in time (lint/pool.ts): one error at the unit.
 */
export function outOfTimeUnit(name: string, settings: UnitSettings, stuck = false): UnitOutcome {
  return { findings: [], diagnostics: [outOfTimeAt(name, settings, stuck)], filesScanned: 0, calls: [] };
}

function outOfTimeAt(name: string, settings: UnitSettings, stuck = false): Diagnostic {
  const budget = unitTimeBudgetMs(settings);
  const why = stuck ? 'and its worker thread did not answer long after (it was replaced)' : 'while reading or resolving';
  return { file: name, severity: 'error', code: 'time-budget', message: `the time budget of this unit ran out (${budget} ms) ${why}: ${name} was not checked` };
}

/** The outcome of a unit that could not be linted. */
export function failedUnit(name: string, error: unknown): UnitOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    findings: [],
    diagnostics: [{ file: name, severity: 'error', code: 'internal-error', message: `internal error while linting ${name}: ${detail}` }],
    filesScanned: 0,
    calls: [],
  };
}

const KNOWN_RULES = allRules.map((r) => r.meta.id);

/** A unit's time budget when the settings name none (SPEC §7: a unit that runs longer gets an error, the run goes on). */
const DEFAULT_UNIT_TIME_BUDGET_MS = 120_000;

/** Milliseconds a unit may take. */
export function unitTimeBudgetMs(settings: UnitSettings): number {
  return settings.timeBudgetMs ?? DEFAULT_UNIT_TIME_BUDGET_MS;
}

/** The run options of a unit whose budget ends at `deadline` (Date.now()). */
function runOptions(settings: UnitSettings, deadline: number): RunOptions {
  return { strict: settings.strict, knownRules: KNOWN_RULES, deadline };
}

let selected: { key: string; rules: Rule[] } | undefined;

function rulesFor(settings: UnitSettings): Rule[] {
  const key = JSON.stringify([settings.rules ?? null, settings.skipRules ?? null, settings.severity ?? null]);
  if (selected?.key !== key) selected = { key, rules: withSeverities(selectRules(settings.rules, settings.skipRules), settings.severity) };
  return selected.rules;
}

async function lintCloudFormationFile(file: DiscoveredFile, rules: Rule[], settings: UnitSettings, deadline: number): Promise<UnitOutcome> {
  const outcome: UnitOutcome = { findings: [], diagnostics: [], filesScanned: 0, calls: [] };
  const read = await readSourceFile(file.abs, file.path, settings.maxBytes, settings.boundary);
  if (!read.ok) {
    if (!isQuiet(read, file.explicit)) outcome.diagnostics.push(read.diagnostic);
    return outcome;
  }
  // SPEC §2: a JSON file with format_version and planned_values or resource_changes is a Terraform plan.
  if (looksLikeTerraformPlan(read.text)) {
    const { lintPlanFile } = await import('./plan-unit.js');
    const plan = await lintPlanFile(file, read.text, read.diagnostics, rules, settings);
    if (plan) return { ...outcome, ...plan, filesScanned: 1, plan: true };
  }
  // The CloudFormation reader (with yaml) and its templates' code load with the first CloudFormation file.
  const { parseCloudFormation, createdResources, prepareTemplates, withConstructPaths } = await import('./cloudformation-front-end.js');
  const parsed = await parseCloudFormation(file.path, read.text);
  // SPEC §2: other YAML/JSON, and unparsable files that do not look like templates, are skipped quietly.
  // Even when named (pre-commit names every YAML file, Helm templates are not YAML): only what is or looks like a template is reported.
  if (!parsed.isTemplate) return outcome;
  outcome.filesScanned = 1;
  outcome.scannedFiles = [file.path];
  outcome.diagnostics.push(...read.diagnostics, ...parsed.diagnostics);
  const prepared = await prepareTemplates(parsed.templates, file.abs, settings.parameters, settings);
  outcome.diagnostics.push(...prepared.diagnostics);
  outcome.calls = prepared.children;
  if (prepared.parametersUsed.length > 0) outcome.parametersUsed = prepared.parametersUsed;
  const checked = runRules(createdResources(prepared.templates), rules, runOptions(settings, deadline));
  outcome.findings.push(...withConstructPaths(checked.findings, prepared.templates));
  outcome.diagnostics.push(...checked.diagnostics);
  return outcome;
}

async function lintTerraformUnit(unit: TerraformUnit, rules: Rule[], settings: UnitSettings, deadline: number): Promise<UnitOutcome> {
  // Terraform's reader (the HCL parser, the registry catalog) and its resolution load with the first Terraform directory.
  const [{ readTerraformDirectory, localModuleSources }] = await Promise.all([import('./terraform-directory.js'), loadTerraformResolution()]);
  const { parsed, inputs, diagnostics } = await readTerraformDirectory(unit.dir, unit.files, settings, (texts) => !mayHoldFindings(texts, rules));
  const calls = new Set(parsed.modules.flatMap((module) => localModuleSources(module, settings.cwd)));
  const templates: Template[] = parsed.modules;
  const checked = runRules(templates, rules, runOptions(settings, deadline));
  diagnostics.push(...checked.diagnostics);
  // The resources were checked: a budget that runs out now loses no finding, only the for_each warnings not yet found.
  if (!checked.diagnostics.some((d) => d.code === 'time-budget')) {
    try {
      diagnostics.push(...instanceDiagnostics(templates));
    } catch (error) {
      if (!(error instanceof TimeBudgetExceeded)) throw error;
      diagnostics.push(outOfTimeAt(unit.dir, settings));
    }
  }
  const reported = (file: string): boolean => !unit.reportOnly || unit.reportOnly.has(file);
  const outcome: UnitOutcome = {
    findings: checked.findings.filter((f) => reported(f.file)),
    // A context file's problems are reported even when only other files were named: they can hide findings (SPEC §7).
    diagnostics: diagnostics.filter((d) => reported(d.file) || d.severity !== 'note'),
    filesScanned: unit.reportOnly ? unit.reportOnly.size : inputs.length,
    scannedFiles: unit.reportOnly ? [...unit.reportOnly] : inputs.map((input) => input.path),
    calls: [...calls],
    root: isRootModule(unit, parsed.modules[0] as TerraformModuleInstance | undefined),
  };
  if (parsed.valuesDeclared) outcome.valuesDeclared = parsed.valuesDeclared;
  return outcome;
}

/** A backend or provider configuration, a `.terraform.lock.hcl` or a `terraform.tfvars` makes a directory a root module. */
function isRootModule(unit: TerraformUnit, module: TerraformModuleInstance | undefined): boolean {
  if (module?.declaresRoot) return true;
  if (unit.files.some((f) => /(^|\/)terraform\.tfvars(\.json)?$/.test(f.path))) return true;
  return existsSync(join(unit.absDir, '.terraform.lock.hcl'));
}

/**
 * Whether a Terraform directory can give a finding: some file names a
 * resource type of a selected rule, or calls a module (whose files may). A
 * directory that cannot is only checked for syntax errors: building its
 * model and resolving values would find nothing. An escape sequence could
 * spell a type in a label, so a file with one counts as naming every type.
 */
function mayHoldFindings(inputs: { text: string }[], rules: Rule[]): boolean {
  const types = [...new Set(rules.flatMap((rule) => rule.meta.resourceTypes))];
  return inputs.some(({ text }) => /\bmodule\b|\\[uU]/.test(text) || types.some((type) => text.includes(type)));
}

/** Read failures not worth a word for files found by a walk: binaries and special files. */
function isQuiet(read: Extract<ReadOutcome, { ok: false }>, explicit: boolean): boolean {
  return !explicit && (read.reason === 'binary' || read.reason === 'not-a-file');
}
