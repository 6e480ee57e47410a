import { pathToFileURL } from 'node:url';
import { ruleDocsMarkdown } from './rule-docs.js';
import type * as Sarif from 'sarif';
import { levelOf, type Finding } from '../model/finding.js';
import type { RuleMeta } from '../model/rule-meta.js';
import type { Fix } from '../model/fix.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Range } from '../model/range.js';
import { fingerprints, sourceRootPath } from './fingerprint.js';
import { directoryUri, relativeUri } from './sarif-uri.js';
import { fromSourceRoot } from './source-root.js';
import { wholeReporter, type Reporter } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/iac-lint/iac-lint';
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 for GitHub code scanning: rule metadata in tool.driver.rules,
 * one result per finding (suppressed ones with `suppressions`), locations
 * relative to %SRCROOT% (the git work tree root, else the working directory), the resource as a logical
 * location, line-independent partialFingerprints (of the file relative to
 * %SRCROOT%: the same from a subfolder as from the root), and input problems as
 * toolExecutionNotifications.
 */
export const sarifReporter: Reporter = wholeReporter((result, ctx) => {
  const root = ctx.sourceRoot ?? ctx.cwd;
  const uriOf = (file: string): { uri: string; uriBaseId?: string } => {
    const { abs, rel } = fromSourceRoot(ctx, file);
    return rel === undefined ? { uri: pathToFileURL(abs).href } : { uri: relativeUri(rel), uriBaseId: SRCROOT };
  };
  const ruleIndex = new Map(result.rules.map((rule, i) => [rule.id, i]));
  const prints = fingerprints(result.findings, sourceRootPath(ctx));
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'iac-lint',
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: result.rules.map(ruleDescriptor),
      },
    },
    originalUriBaseIds: {
      [SRCROOT]: {
        uri: directoryUri(root),
        description: { text: ctx.sourceRoot && ctx.sourceRoot !== ctx.cwd ? 'The root of the git work tree that holds the linted files' : 'The working directory of the run (no git work tree holds it)' },
      },
    },
    invocations: [
      {
        executionSuccessful: !result.diagnostics.some((d) => d.code === 'internal-error'),
        toolExecutionNotifications: result.diagnostics.map((d) => notification(d, uriOf)),
      },
    ],
    results: result.findings.map((f, i) => sarifResult(f, ruleIndex.get(f.ruleId), prints[i]!, uriOf)),
    columnKind: 'utf16CodeUnits',
  };
  if (ctx.automationId) run.automationDetails = { id: ctx.automationId };
  const log: Sarif.Log = { $schema: SCHEMA, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
});

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const level = levelOf(rule.severity);
  const fix = rule.remediation.cli ? `\n\nHow to fix an existing database: ${rule.remediation.cli}` : '';
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}\n\n${rule.rationale}${fix}`, markdown: ruleDocsMarkdown(rule) },
    helpUri: rule.helpUri,
    defaultConfiguration: { level },
    properties: {
      tags: rule.tags,
      precision: rule.precision,
      'security-severity': rule.securitySeverity,
      'problem.severity': level === 'note' ? 'recommendation' : level,
      compliance: rule.compliance,
    },
  };
}

type UriOf = (file: string) => { uri: string; uriBaseId?: string };

function sarifResult(f: Finding, index: number | undefined, fingerprint: string, uriOf: UriOf): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: levelOf(f.severity),
    message: { text: `${f.message} (${f.resource.name})` },
    locations: [
      {
        physicalLocation: physicalLocation(uriOf(f.file), f.range),
        logicalLocations: [
          {
            name: f.resource.name,
            fullyQualifiedName: f.resource.constructPath ?? (f.resource.format === 'cloudformation' ? `Resources.${f.resource.name}` : f.resource.name),
            kind: 'resource',
          },
        ],
      },
    ],
    partialFingerprints: { 'iacLint/v1': fingerprint },
  };
  if (f.related?.length) {
    result.relatedLocations = f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(uriOf(r.file), r.range), message: { text: r.message } }));
  }
  if (f.suppression) {
    result.suppressions = [{ kind: f.suppression.via === 'baseline' ? 'external' : 'inSource', status: 'accepted', justification: f.suppression.reason }];
  }
  if (f.fix) result.fixes = [sarifFix(f.fix, uriOf)];
  return result;
}

/** SPEC §8 as SARIF `fixes[]`: one artifactChange per file; an insertion is an empty deletedRegion (explicit end, which would otherwise mean the end of the line). */
function sarifFix(fix: Fix, uriOf: UriOf): Sarif.Fix {
  const byFile = new Map<string, Sarif.Replacement[]>();
  for (const edit of fix.edits) {
    const { start, end } = edit.range;
    const deletedRegion: Sarif.Region = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
    byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), { deletedRegion, insertedContent: { text: edit.text } }]);
  }
  return {
    description: { text: fix.description },
    artifactChanges: [...byFile].map(([file, replacements]) => ({ artifactLocation: uriOf(file), replacements })),
    properties: { applicability: fix.applicability },
  };
}

function notification(d: Diagnostic, uriOf: UriOf): Sarif.Notification {
  return {
    level: d.severity,
    message: { text: d.message },
    descriptor: { id: d.code },
    locations: [{ physicalLocation: physicalLocation(uriOf(d.file), d.range) }],
  };
}

function physicalLocation(artifactLocation: { uri: string; uriBaseId?: string }, range: Range | undefined): Sarif.PhysicalLocation {
  const location: Sarif.PhysicalLocation = { artifactLocation };
  if (range) location.region = region(range);
  return location;
}

function region(range: Range): Sarif.Region {
  const { start, end } = range;
  const after = end.line > start.line || (end.line === start.line && end.column > start.column);
  return after
    ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
    : { startLine: start.line, startColumn: start.column };
}
