// What a CloudFormation file's templates need before the rules run, and what
// their findings get after: given parameter values, nested stacks followed,
// condition cycles diagnosed, resources that would not be created left out
// (SPEC §1 "Instances and creation"), CDK construct paths on findings.
import type { Finding } from '../model/finding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { asMap, get, getEntry } from '../model/node.js';
import type { CloudFormationTemplate } from '../model/resource.js';
import { conditionTable, resourceCondition } from '../resolve/cloudformation.js';
import { followNestedStacks, type NestedStackOptions } from './nested-stacks.js';
import { applyGivenValues, type GivenValue } from './parameters.js';

interface PreparedTemplates {
  /** The file's templates, then every child template followed through nested stacks. */
  templates: CloudFormationTemplate[];
  diagnostics: Diagnostic[];
  /** Absolute paths of the child templates read. */
  children: string[];
  /** The given parameter keys that some template of the file declares. */
  parametersUsed: string[];
}

export async function prepareTemplates(
  templates: CloudFormationTemplate[],
  abs: string,
  given: GivenValue[] | undefined,
  options: NestedStackOptions,
): Promise<PreparedTemplates> {
  // The user's values apply to the templates they deploy; a child gets what its parent passes.
  const parametersUsed = applyGivenValues(templates, given);
  const nested = await followNestedStacks(templates, abs, options);
  const all = [...templates, ...nested.templates];
  const diagnostics = [...nested.diagnostics, ...all.flatMap(conditionCycles)];
  return { templates: all, diagnostics, children: nested.children, parametersUsed };
}

/** An error for each cycle among a template's conditions (CloudFormation rejects them), at its first condition. */
function conditionCycles(template: CloudFormationTemplate): Diagnostic[] {
  const section = asMap(get(template.root, 'Conditions'));
  return conditionTable(template).cycles.map((cycle): Diagnostic => {
    const entry = getEntry(section, cycle[0]!);
    const message = `conditions ${cycle.join(' → ')} refer to each other in a cycle (CloudFormation rejects this); they are left undecided`;
    return entry ? { file: template.file, severity: 'error', code: 'cfn-condition-cycle', message, range: entry.keyRange } : { file: template.file, severity: 'error', code: 'cfn-condition-cycle', message };
  });
}

/** The templates as the rules see them: without the resources whose Condition is decided false. */
export function createdResources(templates: CloudFormationTemplate[]): CloudFormationTemplate[] {
  return templates.map((template) => {
    const created = template.resources.filter((resource) => resourceCondition(resource).value !== false);
    return created.length === template.resources.length ? template : { ...template, resources: created };
  });
}

/** CDK output: each finding's message and resource carry the construct path the user wrote. */
export function withConstructPaths(findings: Finding[], templates: CloudFormationTemplate[]): Finding[] {
  const paths = new Map<string, string>();
  for (const template of templates) for (const r of template.resources) if (r.constructPath) paths.set(`${r.file}\0${r.name}`, r.constructPath);
  if (paths.size === 0) return findings;
  return findings.map((f) => {
    const path = paths.get(`${f.file}\0${f.resource.name}`);
    return path ? { ...f, message: `${f.message} (CDK construct ${path})`, resource: { ...f.resource, constructPath: path } } : f;
  });
}
