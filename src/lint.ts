import { resolve } from 'node:path';
import type { Finding } from './engine/finding.js';
import { selectRules } from './engine/registry.js';
import type { Rule, RuleMeta } from './engine/rule.js';
import { runRules } from './engine/runner.js';
import type { Diagnostic } from './model/diagnostic.js';
import type { Template } from './model/resource.js';
import { parseCloudFormation } from './parsers/cloudformation/index.js';
import { comparePaths } from './discover/paths.js';
import { DEFAULT_MAX_FILE_SIZE_MB, readSourceFile, type ReadOutcome } from './discover/read.js';
import { listTerraformFiles, terraformUnits, type TerraformUnit } from './discover/terraform-units.js';
import { discover, type DiscoveredFile } from './discover/walk.js';
import { kindOf } from './discover/kinds.js';
import type { TerraformModuleInstance } from './parsers/terraform/index.js';

export interface LintOptions {
  paths: string[];
  cwd: string;
  strict?: boolean;
  rules?: string[];
  skipRules?: string[];
  exclude?: string[];
  /** Megabytes; larger files are skipped with a warning. Default 10. */
  maxFileSize?: number;
  /** Called with each file (or Terraform directory) before it is processed: lets the CLI name it in an internal error. */
  onFile?: (file: string) => void;
}

export interface LintResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  filesScanned: number;
  rules: RuleMeta[];
}

/**
 * Lints the files under `options.paths`: discovers them, reads and parses one
 * unit at a time (a CloudFormation file, or a Terraform directory), runs the
 * rules and keeps only findings and diagnostics, so memory is bounded by the
 * largest unit. Every path in the result is relative to `cwd`, '/'-separated.
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const { cwd } = options;
  const rules = selectRules(options.rules, options.skipRules);
  const run = { strict: options.strict ?? false };
  const maxBytes = (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE_MB) * 1024 * 1024;
  const discovery = await discover(options.paths, { cwd, exclude: options.exclude });
  const result: LintResult = { findings: [], diagnostics: [...discovery.diagnostics], filesScanned: 0, rules: rules.map((r) => r.meta) };

  for (const file of discovery.files) {
    if (file.kind !== 'cloudformation') continue;
    options.onFile?.(file.path);
    await lintCloudFormationFile(file, rules, run, maxBytes, result).catch((error: unknown) => internalError(result, file.path, error));
  }

  const units = await terraformUnits(discovery.files, cwd);
  if (units.length > 0) {
    // Loaded only when there is Terraform to read: a CloudFormation-only run never loads the HCL parser.
    const terraform = await import('./parsers/terraform/index.js');
    const outcomes: UnitOutcome[] = [];
    for (const unit of units) {
      options.onFile?.(unit.dir);
      outcomes.push(
        await lintTerraformUnit(unit, terraform.parseTerraformModule, rules, run, maxBytes, cwd).catch((error: unknown) => ({
          unit,
          findings: [],
          diagnostics: [internalErrorDiagnostic(unit.dir, error)],
          filesScanned: 0,
          calls: new Set<string>(),
        })),
      );
    }
    for (const outcome of outcomes) {
      result.filesScanned += outcome.filesScanned;
      if (isCalledAsModule(outcome, outcomes)) continue;
      result.findings.push(...outcome.findings);
      result.diagnostics.push(...outcome.diagnostics);
    }
  }

  result.findings = withoutDuplicates(result.findings);
  result.findings.sort(byPlace);
  result.diagnostics.sort(byPlace);
  return result;
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

async function lintCloudFormationFile(file: DiscoveredFile, rules: Rule[], run: { strict: boolean }, maxBytes: number, result: LintResult): Promise<void> {
  const read = await readSourceFile(file.abs, file.path, maxBytes);
  if (!read.ok) {
    if (isQuiet(read, file.explicit)) return;
    result.diagnostics.push(read.diagnostic);
    return;
  }
  const parsed = parseCloudFormation(file.path, read.text);
  // SPEC §2: other YAML/JSON (and unparsable files that do not look like templates) are skipped quietly unless named.
  if (!parsed.isTemplate && !file.explicit) return;
  result.filesScanned++;
  result.diagnostics.push(...read.diagnostics, ...parsed.diagnostics);
  const checked = runRules(parsed.templates, rules, run);
  result.findings.push(...checked.findings);
  result.diagnostics.push(...checked.diagnostics);
}

type ParseTerraformModule = typeof import('./parsers/terraform/index.js').parseTerraformModule;

/** What one Terraform directory gave, kept until every directory is read (the parsed form is dropped). */
interface UnitOutcome {
  unit: TerraformUnit;
  findings: Finding[];
  diagnostics: Diagnostic[];
  filesScanned: number;
  /** Absolute directories of the local modules called from this directory (directly or through its children). */
  calls: Set<string>;
}

async function lintTerraformUnit(
  unit: TerraformUnit,
  parseTerraformModule: ParseTerraformModule,
  rules: Rule[],
  run: { strict: boolean },
  maxBytes: number,
  cwd: string,
): Promise<UnitOutcome> {
  const diagnostics: Diagnostic[] = [];
  const readAll = async (files: { abs: string; path: string }[]) => {
    const inputs: { path: string; text: string }[] = [];
    for (const file of files) {
      const read = await readSourceFile(file.abs, file.path, maxBytes);
      if (read.ok) {
        inputs.push({ path: file.path, text: read.text });
        diagnostics.push(...read.diagnostics);
      } else if (read.reason !== 'not-a-file') {
        diagnostics.push(read.diagnostic);
      }
    }
    return inputs;
  };
  const inputs = await readAll(unit.files);
  const parsed = await parseTerraformModule(unit.dir, inputs, {
    // A child module is read through its call (with the caller's inputs); tfvars apply to the root module only.
    readModule: async (dir: string) => {
      const files = (await listTerraformFiles(resolve(cwd, dir), cwd)).filter((f) => kindOf(f.path) === 'terraform');
      return files.length > 0 ? readAll(files) : undefined;
    },
  });
  diagnostics.push(...parsed.diagnostics);
  const calls = new Set<string>();
  for (const module of parsed.modules) {
    for (const call of (module as Partial<TerraformModuleInstance>).moduleCalls ?? []) {
      if (call.source?.startsWith('.')) calls.add(resolve(cwd, module.dir, call.source));
    }
  }
  const templates: Template[] = parsed.modules;
  const checked = runRules(templates, rules, run);
  diagnostics.push(...checked.diagnostics);
  const reported = (file: string): boolean => !unit.reportOnly || unit.reportOnly.has(file);
  return {
    unit,
    findings: checked.findings.filter((f) => reported(f.file)),
    diagnostics: diagnostics.filter((d) => reported(d.file)),
    filesScanned: unit.reportOnly ? unit.reportOnly.size : inputs.length,
    calls,
  };
}

/**
 * A directory that another linted directory calls as a local module is
 * reported through that call (with the caller's inputs, module-qualified
 * addresses), not again on its own. Two directories that call each other
 * are both kept.
 */
function isCalledAsModule(outcome: UnitOutcome, all: UnitOutcome[]): boolean {
  const self = outcome.unit.absDir;
  // Only a caller that reports all its files counts: a named-file caller (pre-commit) reports none of the module's.
  return all.some((other) => other !== outcome && !other.unit.reportOnly && other.calls.has(self) && !outcome.calls.has(other.unit.absDir));
}

/** Read failures not worth a word for files found by a walk: binaries and special files. */
function isQuiet(read: Extract<ReadOutcome, { ok: false }>, explicit: boolean): boolean {
  return !explicit && (read.reason === 'binary' || read.reason === 'not-a-file');
}

function internalError(result: LintResult, file: string, error: unknown): void {
  result.diagnostics.push(internalErrorDiagnostic(file, error));
}

function internalErrorDiagnostic(file: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return { file, severity: 'error', code: 'internal-error', message: `internal error while linting ${file}: ${detail}` };
}

function byPlace(a: { file: string; range?: { start: { line: number; column: number } } }, b: typeof a): number {
  return (
    comparePaths(a.file, b.file) ||
    (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) ||
    (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0)
  );
}
