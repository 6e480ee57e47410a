import type { MapEntry, MapNode, Node } from '../src/model/node.js';
import { getEntry } from '../src/model/node.js';
import type { Resource } from '../src/model/resource.js';
import type { Possibility } from '../src/model/value.js';
import { asBoolean } from '../src/model/value.js';
import { quote } from '../src/model/quote.js';
import type { Report, Rule, RuleContext } from '../src/engine/rule.js';
import { RDS_030_DOCS } from './rds-030.docs.js';

/**
 * RDS-030 — IAM database authentication (SPEC §1).
 *
 * The check works in three steps, each over the *possible* values SPEC §1
 * resolves a property to:
 *   1. scope: cluster members and `aurora*` DB instances are out of scope;
 *   2. engine: which possible engines support IAM database authentication
 *      (applies / does not apply / unknown), following read replicas to an
 *      in-template source and gating MariaDB on its version;
 *   3. setting: true everywhere → compliant; absent or false anywhere →
 *      finding; otherwise unknown → finding only with --strict.
 */

type DbKind = 'instance' | 'cluster';

interface Names {
  setting: string;
  engine: string;
  engineVersion: string;
  clusterId: string;
  replicaSource: string;
  snapshot: string;
}

const CFN: Names = {
  setting: 'EnableIAMDatabaseAuthentication',
  engine: 'Engine',
  engineVersion: 'EngineVersion',
  clusterId: 'DBClusterIdentifier',
  replicaSource: 'SourceDBInstanceIdentifier',
  snapshot: 'DBSnapshotIdentifier',
};

const TF: Names = {
  setting: 'iam_database_authentication_enabled',
  engine: 'engine',
  engineVersion: 'engine_version',
  clusterId: 'cluster_identifier',
  replicaSource: 'replicate_source_db',
  snapshot: 'snapshot_identifier',
};

const KIND_OF: Record<string, DbKind> = {
  'AWS::RDS::DBInstance': 'instance',
  'AWS::RDS::DBCluster': 'cluster',
  aws_db_instance: 'instance',
  aws_rds_cluster: 'cluster',
};

const INSTANCE_ENGINES = new Set(['mysql', 'postgres', 'mariadb']);
const CLUSTER_ENGINES = new Set(['aurora-mysql', 'aurora-postgresql', 'aurora', 'mysql', 'postgres']);

const ENGINE_LABEL: Record<string, string> = {
  mysql: 'MySQL',
  postgres: 'PostgreSQL',
  mariadb: 'MariaDB',
  aurora: 'Aurora MySQL (legacy aurora)',
  'aurora-mysql': 'Aurora MySQL',
  'aurora-postgresql': 'Aurora PostgreSQL',
};

/** One possible engine and whether IAM database authentication applies to it. */
interface EngineOption {
  verdict: 'applies' | 'not-applicable' | 'unknown' | 'out-of-scope';
  /** Lower-case engine name, when known. */
  engine?: string;
  /** Set when the engine is not written on the resource itself (a replica's source, a provider default). */
  via?: string;
  /** Why, for messages: `engine is not set (read replica of Primary)`, `EngineVersion "10.6.14"` … */
  why: string;
}

const MAX_REPLICA_DEPTH = 8;

function names(resource: Resource): Names {
  return resource.format === 'cloudformation' ? CFN : TF;
}

function isSet(ctx: RuleContext, node: Node | undefined): boolean {
  if (!node) return false;
  return ctx.resolve(node).some((p) => !(p.kind === 'absent' || (p.kind === 'value' && p.value === null)));
}

function provenance(p: Possibility): string {
  return p.provenance.length > 0 ? ` (${p.provenance.join(', ')})` : '';
}

/** MariaDB: IAM auth from 10.11 on (10.11, 11.4, 11.8); not 10.4–10.6. */
export function mariadbVersionApplies(version: string): boolean | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major > 10) return true;
  if (major < 10) return false;
  if (m[2] === undefined) return undefined; // "10" alone: 10.4 … 10.11, cannot tell
  return Number(m[2]) >= 11;
}

function mariadbOptions(resource: Resource, ctx: RuleContext, why: string): EngineOption[] {
  const n = names(resource);
  const entry = getEntry(resource.properties, n.engineVersion);
  if (!entry) return [{ verdict: 'applies', engine: 'mariadb', why }];
  return ctx.resolve(entry.value).map((p): EngineOption => {
    if (p.kind === 'absent' || (p.kind === 'value' && p.value === null)) return { verdict: 'applies', engine: 'mariadb', why };
    if (p.kind === 'unknown') {
      return { verdict: 'unknown', engine: 'mariadb', why: `${why}, ${n.engineVersion} cannot be resolved (${p.reason})` };
    }
    const version = String(p.value);
    const applies = mariadbVersionApplies(version);
    const vwhy = `${why}, ${n.engineVersion} ${quote(version)}${provenance(p)}`;
    if (applies === undefined) return { verdict: 'unknown', engine: 'mariadb', why: `${vwhy} is not a version this rule understands` };
    return { verdict: applies ? 'applies' : 'not-applicable', engine: 'mariadb', why: vwhy };
  });
}

function classify(kind: DbKind, engine: string): EngineOption['verdict'] {
  if (kind === 'instance') {
    if (engine.startsWith('aurora')) return 'out-of-scope';
    return INSTANCE_ENGINES.has(engine) ? 'applies' : 'not-applicable';
  }
  return CLUSTER_ENGINES.has(engine) ? 'applies' : 'not-applicable';
}

/** The possible engines of a DB instance or cluster (`resource`'s own properties; replicas follow their source). */
function engineOptions(resource: Resource, ctx: RuleContext, kind: DbKind, depth = 0): EngineOption[] {
  const n = names(resource);
  if (resource.rawProperties) {
    return [{ verdict: 'unknown', why: 'the Properties of the resource cannot be resolved statically' }];
  }
  const entry = getEntry(resource.properties, n.engine);
  const out: EngineOption[] = [];
  const possibilities = ctx.resolve(entry?.value);
  if (possibilities.length === 0) return [{ verdict: 'unknown', why: `${n.engine} has no possible value` }];
  for (const p of possibilities) {
    if (p.kind === 'unknown') {
      out.push({ verdict: 'unknown', why: `${n.engine} cannot be resolved (${p.reason})` });
    } else if (p.kind === 'absent' || p.value === null) {
      out.push(...engineWhenAbsent(resource, ctx, kind, depth));
    } else if (typeof p.value !== 'string') {
      out.push({ verdict: 'unknown', why: `${n.engine} ${quote(p.value)} is not an engine name` });
    } else {
      const engine = p.value.trim().toLowerCase();
      const why = `${n.engine} ${quote(p.value)}${provenance(p)}`;
      const verdict = classify(kind, engine);
      if (verdict === 'applies' && engine === 'mariadb') out.push(...mariadbOptions(resource, ctx, why));
      else out.push({ verdict, engine, why });
    }
  }
  return out;
}

function engineWhenAbsent(resource: Resource, ctx: RuleContext, kind: DbKind, depth: number): EngineOption[] {
  const n = names(resource);
  if (kind === 'cluster') {
    if (resource.format === 'terraform') {
      const why = 'engine is not set: the provider default is aurora';
      return [{ verdict: 'applies', engine: 'aurora', why, via: why }];
    }
    return [{ verdict: 'unknown', why: `${n.engine} is not set` }];
  }
  const source = getEntry(resource.properties, n.replicaSource);
  if (source && isSet(ctx, source.value)) {
    const sources = ctx
      .referencedResources(source.value)
      .filter((r) => KIND_OF[r.type] === 'instance' && r !== resource);
    if (sources.length === 0 || depth >= MAX_REPLICA_DEPTH) {
      return [{ verdict: 'unknown', why: `${n.engine} is not set and ${n.replicaSource} does not refer to a DB instance of this ${resource.format === 'terraform' ? 'module' : 'template'}` }];
    }
    return sources.flatMap((src) =>
      engineOptions(src, ctx, 'instance', depth + 1).map((o) => {
        const why = `read replica of ${src.name}: ${o.why}`;
        return { ...o, why, via: why };
      }),
    );
  }
  const snapshot = getEntry(resource.properties, n.snapshot);
  if (snapshot && isSet(ctx, snapshot.value)) {
    return [{ verdict: 'unknown', why: `${n.engine} is not set (restored from snapshot ${n.snapshot}, engine unknown)` }];
  }
  return [{ verdict: 'unknown', why: `${n.engine} is not set` }];
}

function label(engines: EngineOption[]): string {
  const seen = [...new Set(engines.map((e) => (e.engine ? (ENGINE_LABEL[e.engine] ?? e.engine) : 'unknown')))];
  return seen.length <= 1 ? (seen[0] ?? 'unknown') : `${seen.slice(0, -1).join(', ')} or ${seen[seen.length - 1]}`;
}

/** The message's closing note: where a derived engine came from, and the possible engines that do not apply. */
function engineNote(applicable: EngineOption[], others: EngineOption[]): string {
  const vias = [...new Set(applicable.flatMap((o) => (o.via ? [o.via] : [])))];
  const whys = [...new Set(others.map((o) => o.why))];
  const parts: string[] = [];
  if (vias.length > 0) parts.push(` (${vias.join('; ')})`);
  if (whys.length > 0) {
    parts.push(
      ` (reported because some possible engines support IAM database authentication; others do not or are unknown: ${whys.join('; ')})`,
    );
  }
  return parts.join('');
}

type SettingState =
  | { state: 'compliant' }
  | { state: 'false' | 'mayBeFalse' | 'notSet' | 'mayBeUnset'; because: string }
  | { state: 'unknown'; reason: string };

function settingState(possibilities: Possibility[]): SettingState {
  if (possibilities.length === 0) return { state: 'unknown', reason: 'no possible value' };
  let sawTrue = false;
  let unknownReason: string | undefined;
  let firstFalse: Possibility | undefined;
  let firstAbsent: Possibility | undefined;
  for (const p of possibilities) {
    if (p.kind === 'absent' || (p.kind === 'value' && p.value === null)) firstAbsent ??= p;
    else if (p.kind === 'unknown') unknownReason ??= p.reason;
    else {
      const b = asBoolean(p.value);
      if (b === true) sawTrue = true;
      else if (b === false) firstFalse ??= p;
      else unknownReason ??= `${quote(p.value)} is not a boolean`;
    }
  }
  const onlyBad = !sawTrue && unknownReason === undefined;
  if (firstFalse) {
    const mixedWithAbsent = firstAbsent !== undefined;
    return { state: onlyBad && !mixedWithAbsent ? 'false' : 'mayBeFalse', because: provenance(firstFalse) };
  }
  if (firstAbsent) return { state: onlyBad ? 'notSet' : 'mayBeUnset', because: provenance(firstAbsent) };
  if (unknownReason !== undefined) return { state: 'unknown', reason: unknownReason };
  return { state: 'compliant' };
}

const STATE_TEXT: Partial<Record<SettingState['state'], string>> = {
  false: 'is false',
  mayBeFalse: 'is possibly false',
  notSet: 'is not set',
  mayBeUnset: 'is possibly unset',
};

/** A mapping that is not an intrinsic function call (`{"Fn::If": [...]}`, `{"Ref": ...}`). */
function isPlainMap(node: Node | undefined): node is MapNode {
  if (!node || node.kind !== 'map' || node.tag) return false;
  const only = node.entries.length === 1 ? node.entries[0]!.key : undefined;
  return !(only === 'Ref' || only?.startsWith('Fn::'));
}

const STRICT_ONLY = new Set(['settingUnknown', 'engineUnknown']);

/**
 * The property mappings a resource may have: a CloudFormation `Properties`
 * that is one `Fn::If` is the union of its branches (SPEC §1), each checked
 * like a resource of its own; undefined when some branch is not a mapping.
 */
function propertyVariants(resource: Resource, ctx: RuleContext): Array<{ properties: MapNode; branch: string }> | undefined {
  const raw = resource.rawProperties;
  if (!raw) return undefined;
  const variants: Array<{ properties: MapNode; branch: string }> = [];
  for (const p of ctx.resolve(raw)) {
    const branch = p.provenance.join(', ');
    if (p.kind === 'absent') variants.push({ properties: { kind: 'map', entries: [], range: raw.range }, branch });
    else if (p.kind === 'unknown' && isPlainMap(p.node)) variants.push({ properties: p.node, branch });
    else return undefined;
  }
  return variants.length > 0 ? variants : undefined;
}

function check(resource: Resource, ctx: RuleContext): void {
  const variants = propertyVariants(resource, ctx);
  if (!variants) {
    checkProperties(resource, ctx);
    return;
  }
  // One report for the definition: the first branch that gives a finding by default, else (--strict) the first one.
  const reports: Report[] = [];
  for (const { properties, branch } of variants) {
    const { rawProperties: _raw, ...rest } = resource;
    checkProperties({ ...rest, properties }, { ...ctx, report: (r) => reports.push(withBranch(r, resource, branch)) });
  }
  const chosen = reports.find((r) => !STRICT_ONLY.has(r.messageId)) ?? reports[0];
  if (chosen) ctx.report(chosen);
}

/** A report on one branch of `Properties`, back on the resource, its message naming the branch. */
function withBranch(report: Report, resource: Resource, branch: string): Report {
  const where = branch ? ` (Properties: ${branch})` : '';
  const data = { ...report.data };
  if (report.messageId === 'engineUnknown') data['reason'] = `${data['reason'] ?? ''}${where}`;
  else data['note'] = `${data['note'] ?? ''}${where}`;
  return { ...report, resource, data };
}

function checkProperties(resource: Resource, ctx: RuleContext): void {
  const kind = KIND_OF[resource.type];
  if (!kind) return;
  const n = names(resource);
  if (kind === 'instance') {
    const cluster = getEntry(resource.properties, n.clusterId);
    if (cluster && isSet(ctx, cluster.value)) return; // managed by the cluster
  }
  const options = engineOptions(resource, ctx, kind);
  const applicable = options.filter((o) => o.verdict === 'applies');
  const unknown = options.filter((o) => o.verdict === 'unknown');
  if (applicable.length === 0 && unknown.length === 0) return; // not applicable or out of scope

  const entry: MapEntry | undefined = getEntry(resource.properties, n.setting);
  const setting = resource.rawProperties
    ? ({ state: 'unknown', reason: 'the Properties of the resource cannot be resolved statically' } as const)
    : settingState(ctx.resolve(entry?.value));
  if (setting.state === 'compliant') return;

  const kindLabel = kind === 'instance' ? 'DB instance' : 'DB cluster';
  const at = entry ? { entry } : {};
  if (applicable.length === 0) {
    if (!ctx.strict) return;
    const state = STATE_TEXT[setting.state] ?? `cannot be resolved (${'reason' in setting ? setting.reason : ''})`;
    ctx.report({
      resource,
      ...at,
      messageId: 'engineUnknown',
      data: { setting: n.setting, state, kind: kindLabel, reason: [...new Set(unknown.map((o) => o.why))].join('; ') },
    });
    return;
  }
  const note = engineNote(applicable, options.filter((o) => o.verdict !== 'applies'));
  const data = { setting: n.setting, engine: label(applicable), kind: kindLabel, note };
  if (setting.state === 'unknown') {
    if (!ctx.strict) return;
    ctx.report({ resource, ...at, messageId: 'settingUnknown', data: { ...data, reason: setting.reason } });
    return;
  }
  ctx.report({ resource, ...at, messageId: setting.state, data: { ...data, because: setting.because } });
}

export const rds030: Rule = {
  meta: {
    id: 'RDS-030',
    name: 'rds-iam-database-authentication-disabled',
    title: 'RDS database without IAM database authentication',
    severity: 'medium',
    description:
      'Flags Amazon RDS DB instances (MySQL, PostgreSQL, MariaDB 10.11+) and DB clusters (Aurora MySQL, Aurora PostgreSQL, Multi-AZ MySQL/PostgreSQL) whose IAM database authentication setting is not enabled: EnableIAMDatabaseAuthentication in CloudFormation, iam_database_authentication_enabled in Terraform.',
    rationale:
      'IAM database authentication lets applications connect with a short-lived (15-minute) token issued through IAM instead of a long-lived password stored in configuration. Access is then granted and revoked centrally with IAM policies, connections are encrypted with SSL/TLS, and credentials are not embedded in code. It does not disable password authentication.',
    remediation: {
      cloudformation:
        'Set `EnableIAMDatabaseAuthentication: true` on the `AWS::RDS::DBInstance` or `AWS::RDS::DBCluster` (for a DB instance that belongs to a cluster, set it on the cluster).',
      terraform:
        'Set `iam_database_authentication_enabled = true` on the `aws_db_instance` or `aws_rds_cluster` (not on `aws_rds_cluster_instance`).',
      cli:
        'aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately\naws rds modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately',
    },
    docsMarkdown: RDS_030_DOCS,
    compliance: ['APRA', 'MAS', 'NIST4', 'AWS Well-Architected: Security'],
    tags: [
      'security',
      'aws',
      'rds',
      'iam',
      'authentication',
      'cloudformation',
      'terraform',
      'compliance:APRA',
      'compliance:MAS',
      'compliance:NIST4',
      'well-architected:security',
    ],
    // Every finding is a resolved fact about a definition in the file (the setting is
    // absent or resolves to false for an engine that supports IAM auth); guesses are
    // left to --strict. Hence very-high precision.
    precision: 'very-high',
    securitySeverity: '5.3',
    helpUri: 'https://www.trendmicro.com/cloudoneconformity/knowledge-base/aws/RDS/iam-database-authentication.html',
    messages: {
      false: '{{setting}} is false{{because}}; IAM database authentication is disabled on this {{engine}} {{kind}}{{note}}',
      mayBeFalse:
        '{{setting}} may be false{{because}}; IAM database authentication can be disabled on this {{engine}} {{kind}}{{note}}',
      notSet: '{{setting}} is not set{{because}}; {{engine}} {{kind}}s should enable IAM database authentication{{note}}',
      mayBeUnset:
        '{{setting}} may be unset{{because}}; {{engine}} {{kind}}s should enable IAM database authentication{{note}}',
      settingUnknown:
        '{{setting}} cannot be resolved statically ({{reason}}); reported by --strict because IAM database authentication may be disabled on this {{engine}} {{kind}}{{note}}',
      engineUnknown:
        'the engine of this {{kind}} cannot be resolved statically ({{reason}}) and {{setting}} {{state}}; reported by --strict because IAM database authentication may apply',
    },
    resourceTypes: Object.keys(KIND_OF),
  },
  check,
};
