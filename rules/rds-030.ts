import type { FixOffer, Report, Rule, RuleContext } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { enablement } from '../src/model/setting.js';
import { rdsDatabases, RDS_DATABASE_TYPES, type EngineCandidate, type RdsDatabase } from '../src/adapters/aws/rds/index.js';
import { RDS_030_DETAILS, RDS_030_FIX_NOTES } from './rds-030.docs.js';

/**
 * RDS-030 — IAM database authentication (SPEC §1), over the neutral
 * RdsDatabase of src/adapters/aws/rds/: cluster members and `aurora*` DB
 * instances are out of scope; a database whose possible engines support IAM
 * authentication (MariaDB from 10.11) is judged by its setting; unknown
 * engines or settings are reported only with --strict (meta.strictOnlyMessages).
 */
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
const KIND_LABEL = { instance: 'DB instance', cluster: 'DB cluster' } as const;

type Verdict = 'applies' | 'not-applicable' | 'unknown' | 'out-of-scope';
interface Judged {
  verdict: Verdict;
  engine?: string;
  why: string;
  derived: boolean;
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

function judge(db: RdsDatabase, e: EngineCandidate): Judged[] {
  const { name, why, derived } = e;
  if (!name) return [{ verdict: 'unknown', why, derived }];
  const verdict: Verdict =
    db.kind === 'instance'
      ? name.startsWith('aurora') ? 'out-of-scope' : INSTANCE_ENGINES.has(name) ? 'applies' : 'not-applicable'
      : CLUSTER_ENGINES.has(name) ? 'applies' : 'not-applicable';
  if (verdict !== 'applies' || name !== 'mariadb') return [{ verdict, engine: name, why, derived }];
  return e.versions.map((v): Judged => {
    if (v.state === 'absent') return { verdict: 'applies', engine: name, why, derived };
    const vwhy = `${why}, ${v.why}`;
    const applies = v.state === 'value' ? mariadbVersionApplies(v.version) : undefined;
    if (applies === undefined) {
      return { verdict: 'unknown', engine: name, why: v.state === 'value' ? `${vwhy} is not a version this rule understands` : vwhy, derived };
    }
    return { verdict: applies ? 'applies' : 'not-applicable', engine: name, why: vwhy, derived };
  });
}

function unique(texts: string[]): string {
  return [...new Set(texts)].join('; ');
}

function label(engines: Judged[]): string {
  const seen = [...new Set(engines.map((e) => (e.engine ? (ENGINE_LABEL[e.engine] ?? e.engine) : 'unknown')))];
  return seen.length <= 1 ? (seen[0] ?? 'unknown') : `${seen.slice(0, -1).join(', ')} or ${seen[seen.length - 1]}`;
}

const SETTING_STATE = { false: 'is false', mayBeFalse: 'is possibly false', notSet: 'is not set', mayBeUnset: 'is possibly unset', unknown: 'cannot be resolved' };

/** The report for one view of the database, or none when it is compliant or out of scope. */
function judgeDatabase(db: RdsDatabase): Omit<Report, 'resource'> | undefined {
  if (db.clusterMember) return undefined; // managed by the cluster
  const engines = db.engines.flatMap((e) => judge(db, e));
  const applicable = engines.filter((o) => o.verdict === 'applies');
  const unknown = engines.filter((o) => o.verdict === 'unknown');
  if (applicable.length === 0 && unknown.length === 0) return undefined;
  const setting = db.iamAuthentication;
  const verdict = enablement(setting);
  if (verdict.state === 'enabled') return undefined;
  const at = setting.entry ? { entry: setting.entry } : {};
  const base = { setting: setting.key, kind: KIND_LABEL[db.kind], branch: db.variant ?? '' };
  if (applicable.length === 0) {
    const settingReason = verdict.state === 'unknown' ? verdict.reason : '';
    const data = { ...base, state: SETTING_STATE[verdict.state], settingReason, reason: unique(unknown.map((o) => o.why)) };
    return { ...at, messageId: 'engineUnknown', data };
  }
  const derived = unique(applicable.filter((o) => o.derived).map((o) => o.why));
  const data = { ...base, engine: label(applicable), derived, others: unique(engines.filter((o) => o.verdict !== 'applies').map((o) => o.why)) };
  if (verdict.state === 'unknown') return { ...at, messageId: 'settingUnknown', data: { ...data, reason: verdict.reason } };
  return { ...at, messageId: verdict.state, data: { ...data, because: verdict.value.provenance.join(', ') } };
}

/** One report per definition: with a conditional body, the first branch that gives a finding by default, else the first. */
function check(resource: Resource, ctx: RuleContext): void {
  const judged = rdsDatabases(resource).flatMap((db) => {
    const report = judgeDatabase(db);
    return report ? [{ db, report }] : [];
  });
  const chosen = judged.find((j) => !STRICT_ONLY.includes(j.report.messageId)) ?? judged[0];
  if (chosen) ctx.report({ ...chosen.report, resource, ...fixOf(resource, chosen.db, chosen.report.messageId, ctx) });
}

/**
 * The fix (SPEC §8): set the setting to true, where the engine seam says how
 * (insert it, turn a literal false into true, or change a shared default,
 * unsafe); none for a value chosen by a condition or unknown. With an unknown
 * engine the setting may be one AWS rejects (an engine without IAM
 * authentication): that fix is unsafe.
 */
function fixOf(resource: Resource, db: RdsDatabase, messageId: string, ctx: RuleContext): FixOffer {
  const offer = ctx.fixSettingToTrue(resource, db.iamAuthentication.key);
  if (messageId !== 'engineUnknown' || 'noFix' in offer) return offer;
  const description = `${offer.fix.description} (the engine cannot be resolved: check that it supports IAM database authentication)`;
  return { fix: { ...offer.fix, description, applicability: 'unsafe' } };
}

const STRICT_ONLY = ['settingUnknown', 'engineUnknown'];
const NOTES =
  '{{#derived}} ({{derived}}){{/derived}}' +
  '{{#others}} (reported because some possible engines support IAM database authentication; others do not or are unknown: {{others}}){{/others}}' +
  '{{#branch}} (Properties: {{branch}}){{/branch}}';
const BECAUSE = '{{#because}} ({{because}}){{/because}}';

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
      notes: RDS_030_FIX_NOTES,
    },
    details: RDS_030_DETAILS,
    examples: { bad: 'remediation-mysql-missing', good: 'remediation-mysql' },
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
      false: `{{setting}} is false${BECAUSE}; IAM database authentication is disabled on this {{engine}} {{kind}}${NOTES}`,
      mayBeFalse: `{{setting}} may be false${BECAUSE}; IAM database authentication can be disabled on this {{engine}} {{kind}}${NOTES}`,
      notSet: `{{setting}} is not set${BECAUSE}; {{engine}} {{kind}}s should enable IAM database authentication${NOTES}`,
      mayBeUnset: `{{setting}} may be unset${BECAUSE}; {{engine}} {{kind}}s should enable IAM database authentication${NOTES}`,
      settingUnknown: `{{setting}} cannot be resolved statically ({{reason}}); reported by --strict because IAM database authentication may be disabled on this {{engine}} {{kind}}${NOTES}`,
      engineUnknown:
        'the engine of this {{kind}} cannot be resolved statically ({{reason}}{{#branch}} (Properties: {{branch}}){{/branch}}) and {{setting}} {{state}}{{#settingReason}} ({{settingReason}}){{/settingReason}}; reported by --strict because IAM database authentication may apply',
    },
    strictOnlyMessages: STRICT_ONLY,
    resourceTypes: RDS_DATABASE_TYPES,
    // Safe: insert the setting or turn a literal false into true on the resource; unsafe: change a shared default.
    fixable: 'unsafe',
  },
  check,
};
