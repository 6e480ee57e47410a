// SPEC §2 nested stacks and SAM applications, §7 the repository boundary for
// child templates, and CDK output (issue 12 items 3 and 4).
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

const dir = 'fixtures/cloudformation/nested-stacks';

async function run(paths: string[], options: { parameters?: Array<{ key: string; value: string }>; shard?: { k: number; n: number } } = {}) {
  const result = await lint({ paths, cwd: root, workers: 0, ...options });
  const short = (file: string) => file.replace(/^fixtures\/cloudformation\//, '');
  return {
    findings: result.findings.map((f) => `${short(f.file)}:${f.range.start.line}:${f.range.start.column} ${f.resource.name}: ${f.message}`),
    diagnostics: result.diagnostics.map((d) => `${short(d.file)}:${d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'} ${d.severity} ${d.code}: ${d.message}`),
  };
}

describe('nested stacks', () => {
  it('one parent: the child is judged per stack with the Parameters it passes, names stack-qualified, not on its own', async () => {
    const r = await run([`${dir}/one-parent`]);
    expect(r.diagnostics).toEqual([]);
    expect(r.findings).toEqual([
      `nested-stacks/one-parent/database.yaml:18:7 DatabaseStack/OrdersDb: EnableIAMDatabaseAuthentication is false (parameter EnableIam = "false" from stack DatabaseStack in ${dir}/one-parent/parent.yaml); IAM database authentication is disabled on this PostgreSQL DB instance`,
      // Env comes from the parent's own parameter, which is not given: the child's IsProd stays undecided, the replica may exist.
      'nested-stacks/one-parent/database.yaml:19:3 DatabaseStack/ProdReplica: EnableIAMDatabaseAuthentication is not set; PostgreSQL DB instances should enable IAM database authentication (read replica of DatabaseStack/OrdersDb: Engine "postgres")',
      'nested-stacks/one-parent/database.yaml:19:3 ReportingStack/ProdReplica: EnableIAMDatabaseAuthentication is not set; PostgreSQL DB instances should enable IAM database authentication (read replica of ReportingStack/OrdersDb: Engine "postgres")',
    ]);
  });

  it("the parent's given values reach the child: its conditions are decided through the parent", async () => {
    const dev = await run([`${dir}/one-parent`], { parameters: [{ key: 'Env', value: 'dev' }] });
    // DatabaseStack passes Env = dev (given): IsProd is false in its child, so its replica is not created.
    expect(dev.findings.map((f) => f.split(' ')[1])).toEqual(['DatabaseStack/OrdersDb:', 'ReportingStack/ProdReplica:']);
  });

  it('a child named alone (pre-commit) is judged on its own, with its defaults', async () => {
    const r = await run([`${dir}/one-parent/database.yaml`]);
    expect(r.findings.map((f) => f.split(' ')[1])).toEqual(['ProdReplica:']);
  });

  it('two parents: the shared child is judged once per parent', async () => {
    const r = await run([`${dir}/two-parents`]);
    expect(r.findings).toEqual([
      `nested-stacks/two-parents/shared/database.yaml:12:7 DatabaseStack/OrdersDb: EnableIAMDatabaseAuthentication is false (parameter EnableIam = "false" from stack DatabaseStack in ${dir}/two-parents/dev.yaml); IAM database authentication is disabled on this MySQL DB instance`,
    ]);
    // prod.yaml passes "true": no finding from it; the child's own Default ("false") is not judged.
    expect((await run([`${dir}/two-parents/prod.yaml`])).findings).toEqual([]);
    expect((await run([`${dir}/two-parents/dev.yaml`])).findings).toHaveLength(1);
  });

  it('a TemplateURL that is not a local path gets a note at the property', async () => {
    expect(await run([`${dir}/non-local`])).toEqual({
      findings: [],
      diagnostics: [
        'nested-stacks/non-local/parent.yaml:6:7 note nested-stack-not-followed: RemoteStack: TemplateURL "https://s3.amazonaws.com/example-bucket/database.yaml" is not a local path; the child stack is not linted (lint the child template, or point TemplateURL at the local file that `aws cloudformation package` uploads)',
        'nested-stacks/non-local/parent.yaml:10:7 note nested-stack-not-followed: ComputedStack: TemplateURL cannot be resolved to one path statically; the child stack is not linted',
      ],
    });
  });

  it('a SAM application with a local Location is followed; one from the Serverless Application Repository gets a note', async () => {
    expect(await run([`${dir}/sam/template.yaml`])).toEqual({
      findings: [
        `nested-stacks/sam/database.yaml:11:7 Database/OrdersDb: EnableIAMDatabaseAuthentication is false (parameter EnableIam = "false" from stack Database in ${dir}/sam/template.yaml); IAM database authentication is disabled on this Aurora PostgreSQL DB cluster`,
      ],
      diagnostics: [
        'nested-stacks/sam/template.yaml:13:7 note nested-stack-not-followed: Published: a serverless application from the AWS Serverless Application Repository is not linted (only a local Location is followed)',
      ],
    });
  });

  it('a child template outside the repository is not read: a warning at the parent names it', async () => {
    const r = await run([`${dir}/outside`]);
    expect(r.diagnostics).toHaveLength(1);
    // The path as reports name paths: relative to the working directory. The child is one level above the
    // repository root (not at /etc), so the path is the same however deep the checkout lies (the snapshots hold it).
    expect(r.diagnostics).toEqual([
      'nested-stacks/outside/parent.yaml:6:7 warning outside-repository: EscapingStack: the child template ../iac-lint-outside.yaml lies outside the repository root; iac-lint reads nothing outside the repository',
    ]);
  });

  it('--shard keeps a parent and its children together: the shards add up to the whole run', async () => {
    const whole = await run([dir]);
    for (const n of [2, 3]) {
      const parts: string[] = [];
      for (let k = 1; k <= n; k++) parts.push(...(await run([dir], { shard: { k, n } })).findings);
      expect(parts.sort()).toEqual([...whole.findings].sort());
    }
  });
});

describe('CDK output (fixtures/cloudformation/cdk/cdk.out)', () => {
  it('lints the stack templates, also in a Pipelines assembly, follows nested stacks, skips asset folders, names the construct path', async () => {
    const r = await run(['fixtures/cloudformation/cdk']);
    expect(r.diagnostics).toEqual([]);
    expect(r.findings).toEqual([
      'cdk/cdk.out/OrdersStack.template.json:8:9 OrdersDatabase9D1C6A8B: EnableIAMDatabaseAuthentication is false; IAM database authentication is disabled on this PostgreSQL DB instance (CDK construct OrdersStack/Orders/Database)',
      // A CDK nested stack: its TemplateURL is built at deployment; the child is the file its aws:asset:path names,
      // judged through the parent (which passes "false"), not on its own (its Default is "true").
      'cdk/cdk.out/ReportingStackReportingDatabase1A2B3C4D.nested.template.json:11:9 ReportingDatabaseNestedStackResource5C3A7B1F/ReportsDb7E6F5A4B: EnableIAMDatabaseAuthentication is false (parameter EnableIam = "false" from stack ReportingDatabaseNestedStackResource5C3A7B1F in fixtures/cloudformation/cdk/cdk.out/ReportingStack.template.json); IAM database authentication is disabled on this MySQL DB instance (CDK construct ReportingStack/ReportingDatabase/ReportsDb)',
      'cdk/cdk.out/assembly-OrdersPipeline-Prod/OrdersPipelineProdOrdersStack4B2C1D0E.template.json:3:5 OrdersClusterA1B2C3D4: EnableIAMDatabaseAuthentication is not set; Aurora MySQL DB clusters should enable IAM database authentication (CDK construct OrdersPipeline/Prod/OrdersStack/Orders/Cluster)',
    ]);
  });

  it('SARIF names the construct path as the logical location', async () => {
    const out = await runCli(['fixtures/cloudformation/cdk', '--format', 'sarif'], { cwd: root });
    const results = (JSON.parse(out.stdout) as { runs: { results: { locations: { logicalLocations: { name: string; fullyQualifiedName: string }[] }[] }[] }[] }).runs[0]!.results;
    expect(results.map((r) => r.locations[0]!.logicalLocations[0])).toEqual([
      { name: 'OrdersDatabase9D1C6A8B', fullyQualifiedName: 'OrdersStack/Orders/Database', kind: 'resource' },
      { name: 'ReportingDatabaseNestedStackResource5C3A7B1F/ReportsDb7E6F5A4B', fullyQualifiedName: 'ReportingStack/ReportingDatabase/ReportsDb', kind: 'resource' },
      { name: 'OrdersClusterA1B2C3D4', fullyQualifiedName: 'OrdersPipeline/Prod/OrdersStack/Orders/Cluster', kind: 'resource' },
    ]);
  });
});
