// A Terraform plan JSON file (`terraform show -json`), linted as one unit:
// its resources are judged by the same rules as Terraform code, and each
// finding points at the resource's definition in the .tf files beside the
// plan (or under --plan-root) when the address is found there, else at the
// resource's entry in the plan (SPEC §1 "Where a finding points").
import { dirname, resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import { splitInstanceAddress } from '../engine/instances.js';
import type { Rule } from '../engine/rule.js';
import { runRules } from '../engine/runner.js';
import { collectDirectives, directiveFor, suppressionOf, type Directive } from '../engine/suppressions.js';
import { refusal } from '../discover/boundary.js';
import { listTerraformFiles } from '../discover/terraform-units.js';
import { kindOf } from '../discover/kinds.js';
import type { DiscoveredFile } from '../discover/walk.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { getEntry } from '../model/node.js';
import type { Resource } from '../model/resource.js';
import { parseTerraformPlan } from '../parsers/terraform/plan.js';
import type { DirectorySettings } from './terraform-directory.js';

interface PlanSettings extends DirectorySettings {
  strict: boolean;
  /** Where the .tf files are, relative to cwd (`--plan-root`); default: the plan's directory. */
  planRoot?: string;
}

/** Lints `file` as a plan when it is one; undefined when it is not (the caller reads it as CloudFormation). */
export async function lintPlanFile(
  file: DiscoveredFile,
  text: string,
  readDiagnostics: Diagnostic[],
  rules: Rule[],
  settings: PlanSettings,
): Promise<{ findings: Finding[]; diagnostics: Diagnostic[] } | undefined> {
  const parsed = parseTerraformPlan(file.path, text);
  if (!parsed.isPlan) return undefined;
  const outcome = { findings: [] as Finding[], diagnostics: [...readDiagnostics, ...parsed.diagnostics] };
  if (!parsed.module) return outcome;
  const checked = runRules([parsed.module], rules, settings);
  outcome.diagnostics.push(...checked.diagnostics);
  if (checked.findings.length === 0) return outcome;
  const definitions = await definitionsBeside(file, settings, outcome.diagnostics);
  // The runner has reported each definition once (instances merged); its place is the first failing instance's.
  const keyAt = new Map<number, string>();
  for (const r of parsed.module.resources) for (const e of r.properties.entries) keyAt.set(e.keyRange.start.offset, e.key);
  outcome.findings = checked.findings.map((f) => atDefinition(f, keyAt, definitions));
  return outcome;
}

/** The resources of the Terraform configuration the plan was made from, by address without instance keys. */
interface Definitions {
  byAddress: Map<string, Resource>;
  /** The suppression comments of the definitions. */
  directives: Map<Resource, Directive[]>;
}

async function definitionsBeside(file: DiscoveredFile, settings: PlanSettings, diagnostics: Diagnostic[]): Promise<Definitions> {
  const absDir = settings.planRoot ? resolve(settings.cwd, settings.planRoot) : dirname(file.abs);
  const refused = refusal(settings.boundary, absDir, settings.planRoot ?? dirname(file.path), 'plan root');
  if (refused) {
    diagnostics.push(refused);
    return { byAddress: new Map(), directives: new Map() };
  }
  const files = (await listTerraformFiles(absDir, settings.cwd)).filter((f) => kindOf(f.path) === 'terraform');
  const out = new Map<string, Resource>();
  if (files.length === 0) return { byAddress: out, directives: new Map() };
  const { readTerraformDirectory } = await import('./terraform-directory.js');
  const read = await readTerraformDirectory(dirname(files[0]!.path), files, settings);
  // The configuration is context here: its syntax errors are reported when it is linted itself.
  if (read.diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({ file: file.path, severity: 'note', code: 'plan-root-unreadable', message: `the Terraform files beside the plan have errors; findings point into the plan where a definition could not be read` });
  }
  for (const module of read.parsed.modules) {
    for (const resource of module.resources) if (!out.has(resource.name)) out.set(resource.name, resource);
  }
  return { byAddress: out, directives: collectDirectives(read.parsed.modules).byResource };
}

/** The finding moved to the definition in the .tf files, when there is one: the same setting's line, else the header. */
function atDefinition(finding: Finding, keyAt: Map<number, string>, definitions: Definitions): Finding {
  const definition = definitions.byAddress.get(splitInstanceAddress(finding.resource.name).definition);
  if (!definition) return finding;
  const key = keyAt.get(finding.range.start.offset);
  const entry = key === undefined ? undefined : getEntry(definition.properties, key);
  const moved: Finding = {
    ...finding,
    file: definition.file,
    range: entry ? { start: entry.keyRange.start, end: entry.value.range.end } : definition.range,
  };
  const directive = finding.suppression ? undefined : directiveFor(definitions.directives.get(definition), finding.ruleId);
  if (directive) moved.suppression = suppressionOf(directive);
  return moved;
}
