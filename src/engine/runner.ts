import type { Diagnostic } from '../model/diagnostic.js';
import type { Range } from '../model/range.js';
import { getEntry, type MapEntry, type Node } from '../model/node.js';
import type { Possibility } from '../model/value.js';
import type { ModuleCallSite, Resource, Template, TerraformModule } from '../model/resource.js';
import { fixSettingToTrue } from '../fix/setting.js';
import { definitionOf, referencedResources, resourcesToJudge, resolveValue } from '../resolve/index.js';
import { mergeInstanceFindings } from './instances.js';
import { TimeBudgetExceeded } from '../model/time-budget.js';
import type { Finding } from '../model/finding.js';
import { formatMessage } from './message.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { collectDirectives, directiveFor, directiveWarnings, suppressionOf, type Directive } from './suppressions.js';

export interface RunOptions {
  strict: boolean;
  /** Every rule id iac-lint knows (a suppression naming another one gets a warning); default: the ids of `rules`. */
  knownRules?: string[];
  /**
   * When (`Date.now()` milliseconds) the unit's time budget ends (SPEC §7): the resources not checked
   * by then get one error diagnostic, at the first of them, and the run goes on with the next unit.
   */
  deadline?: number;
}

interface RunResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/**
 * Runs every rule over every resource whose type the rule declares in
 * `meta.resourceTypes`, turns reports into findings (message from
 * `meta.messages`, range from the reported entry or the resource header),
 * drops the reports of `meta.strictOnlyMessages` unless --strict, and
 * applies suppressions (SPEC §5). A fix must have an applicability that
 * `meta.fixable` allows. A rule that throws, or breaks the
 * report contract, becomes an error Diagnostic; the run continues.
 */
export function runRules(templates: Template[], rules: Rule[], options: RunOptions): RunResult {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const { directives, byResource } = collectDirectives(templates);
  const used = new Map<Directive, Set<string>>();
  // Where a budget that runs out is reported: the resource being checked, else the first of the template whose instances are being made.
  let checking: Resource | undefined;
  let making: Template | undefined;
  let ranOut = false;
  try {
    resources: for (const template of templates) {
      making = template;
      for (const resource of resourcesToJudge(template)) {
        const applicable = rules.filter((r) => r.meta.resourceTypes.includes(resource.type));
        if (applicable.length === 0) continue; // what creates nothing is not among them (SPEC §1, resolve/terraform-instances.ts)
        if (options.deadline !== undefined && Date.now() >= options.deadline) {
          diagnostics.push(outOfTime(resource));
          ranOut = true;
          break resources;
        }
        checking = resource;
        checkResource(resource, applicable);
        checking = undefined;
      }
    }
  } catch (error) {
    // The resolvers tick (model/time-budget.ts): a resource whose values take too long ends the unit's checks.
    if (!(error instanceof TimeBudgetExceeded)) throw error;
    ranOut = true;
    const first = checking ?? making?.resources[0];
    diagnostics.push(first ? outOfTime(first) : outOfTimeIn(making ?? templates[0]!));
  }
  if (directives.length > 0) {
    const byId = new Map(rules.map((r) => [r.meta.id.toUpperCase(), r]));
    diagnostics.push(
      ...directiveWarnings(directives, {
        known: new Set((options.knownRules ?? rules.map((r) => r.meta.id)).map((id) => id.toUpperCase())),
        ran: new Set(byId.keys()),
        // Out of time, some resources were not checked: no suppression is called unused.
        used: (d, id) => ranOut || used.get(d)?.has(id) === true || (!options.strict && reportsWhenStrict(byId.get(id)!, d.resources)),
      }),
    );
  }
  // A definition with several instances is reported once, naming the failing ones (SPEC §1).
  return { findings: mergeInstanceFindings(findings), diagnostics };

  function checkResource(resource: Resource, applicable: Rule[]): void {
    for (const rule of applicable) {
      const reports: Report[] = [];
      try {
        rule.check(resource, contextFor(resource, options, reports));
      } catch (error) {
        if (error instanceof TimeBudgetExceeded) throw error;
        diagnostics.push(internalError(rule, resource, error instanceof Error ? error.message : String(error)));
        continue;
      }
      for (const report of reports) {
        if (!options.strict && rule.meta.strictOnlyMessages?.includes(report.messageId)) continue;
        const message = formatMessage(rule.meta.messages, report.messageId, report.data);
        if (!message.ok) {
          diagnostics.push(internalError(rule, report.resource, message.error));
          continue;
        }
        const misfix = fixContractError(rule, report);
        if (misfix) {
          diagnostics.push(internalError(rule, report.resource, misfix));
          continue;
        }
        const directive = directiveFor(byResource.get(definitionOf(report.resource)), rule.meta.id);
        if (directive) {
          let ids = used.get(directive);
          if (!ids) used.set(directive, (ids = new Set()));
          ids.add(rule.meta.id.toUpperCase());
        }
        findings.push(toFinding(rule, report, message.message, directive));
      }
    }
  }
}

/**
 * Whether the rule reports one of the resources with --strict: a suppression
 * of a finding that only --strict shows is not unused in a run without it.
 */
function reportsWhenStrict(rule: Rule, resources: Resource[]): boolean {
  return resources.some((resource) => {
    if (!rule.meta.resourceTypes.includes(resource.type)) return false;
    const reports: Report[] = [];
    try {
      rule.check(resource, contextFor(resource, { strict: true }, reports));
    } catch (error) {
      if (error instanceof TimeBudgetExceeded) throw error;
      return false;
    }
    return reports.length > 0;
  });
}

function contextFor(resource: Resource, options: RunOptions, reports: Report[]): RuleContext {
  return {
    strict: options.strict,
    resolve: (node) => resolveValue(resource, node),
    referencedResources: (node) => referencedResources(resource, node),
    report: (report) => {
      reports.push(report);
    },
    fixSettingToTrue: (target, key) =>
      fixSettingToTrue({ resource: target, key, possibilities: resolveValue(target, getEntry(target.properties, key)?.value) }),
  };
}

function toFinding(rule: Rule, report: Report, message: string, directive: Directive | undefined): Finding {
  const { resource, entry } = report;
  const range: Range = entry ? { start: entry.keyRange.start, end: entry.value.range.end } : resource.range;
  const finding: Finding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity: rule.meta.severity,
    message,
    file: (entry && resource.overrides?.find((o) => o.entries.includes(entry))?.file) || resource.file,
    range,
    resource: { name: resource.name, type: resource.type, format: resource.format },
  };
  if (report.fix) finding.fix = report.fix;
  else if (report.noFix !== undefined && rule.meta.fixable) finding.noFix = report.noFix;
  if (directive) finding.suppression = suppressionOf(directive);
  const reportAt = resource.template.format === 'terraform' ? resource.template.reportAt : undefined;
  if (reportAt) pointAtCall(finding, reportAt, report);
  return finding;
}

/** A fix the rule did not declare in `meta.fixable` (none, or unsafe from a rule that declared only safe fixes). */
function fixContractError(rule: Rule, report: Report): string | undefined {
  const fix = report.fix;
  if (!fix) return undefined;
  if (!rule.meta.fixable) return `a fix from a rule that does not declare meta.fixable`;
  if (fix.applicability === 'unsafe' && rule.meta.fixable === 'safe') return `an unsafe fix from a rule that declares only safe fixes`;
  return undefined;
}

/**
 * SPEC §1 "Where a finding points": a finding on a resource whose code is
 * not part of the linted tree points at the module call in the user's code —
 * the argument whose value decided the setting, else the `module` header —
 * and names the resource inside the module as a related location when the
 * module has files.
 */
function pointAtCall(finding: Finding, reportAt: ModuleCallSite, report: Report): void {
  const { resource, entry } = report;
  const inside = { file: finding.file, range: finding.range };
  const possibilities = entry ? resolveValue(resource, entry.value) : [];
  const decidedBy = possibilities.flatMap((p) => (p.node ? [p.node] : []));
  const argument = reportAt.arguments.find((a) => decidedBy.some((node) => contains(a.value, node))) ?? argumentPassedThrough(resource, reportAt, possibilities);
  finding.file = (argument && reportAt.overrides?.find((o) => o.entries.includes(argument))?.file) || reportAt.file;
  finding.range = argument ? { start: argument.keyRange.start, end: argument.value.range.end } : reportAt.header;
  const module = resource.template as TerraformModule;
  if (!module.virtual) finding.related = [{ ...inside, message: `${resource.name} in the module's code` }];
}

/**
 * The call argument a value passed through when it was written elsewhere in
 * the caller (`iam = var.iam` with `iam = false` in terraform.tfvars, a
 * local): the step `module.db sets iam = false` of its provenance names the
 * argument, where `module.db` is the module the call creates (the outermost
 * module that findings point at this call from).
 */
function argumentPassedThrough(resource: Resource, reportAt: ModuleCallSite, possibilities: Possibility[]): MapEntry | undefined {
  let called = resource.template as TerraformModule;
  for (let up = parentOf(called); up?.reportAt === reportAt; up = parentOf(up)) called = up;
  const prefix = `${called.modulePath} sets `;
  for (const p of possibilities) {
    for (const step of p.provenance) {
      if (!step.startsWith(prefix)) continue;
      const key = step.slice(prefix.length, step.indexOf(' = ', prefix.length));
      const argument = reportAt.arguments.find((a) => a.key === key);
      if (argument) return argument;
    }
  }
  return undefined;
}

/** The module whose `module` block created this module instance (the parser's instances keep it). */
function parentOf(module: TerraformModule): TerraformModule | undefined {
  return (module as { parent?: TerraformModule }).parent;
}

/** Whether `node` is `root` or one of its descendants (the same object, or a value of the same written expression). */
function contains(root: Node, node: Node): boolean {
  if (root === node || (node.expr !== undefined && root.expr === node.expr)) return true;
  if (root.kind === 'map') return root.entries.some((e) => contains(e.value, node));
  if (root.kind === 'seq') return root.items.some((item) => contains(item, node));
  return false;
}

function internalError(rule: Rule, resource: Resource, detail: string): Diagnostic {
  return {
    file: resource.file,
    severity: 'error',
    code: 'internal-error',
    message: `internal error in rule ${rule.meta.id} on ${resource.name}: ${detail}`,
    range: resource.range,
  };
}

/** A template whose budget ran out before any resource was checked. */
function outOfTimeIn(template: Template): Diagnostic {
  const file = template.format === 'cloudformation' ? template.file : template.dir;
  return { file, severity: 'error', code: 'time-budget', message: 'the time budget of this unit ran out: its resources were not checked' };
}

function outOfTime(resource: Resource): Diagnostic {
  return {
    file: resource.file,
    severity: 'error',
    code: 'time-budget',
    message: `the time budget of this unit ran out: ${resource.name} and the resources after it were not checked`,
    range: resource.range,
  };
}
