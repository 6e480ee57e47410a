// Where a Terraform fix edits (SPEC §8), per finding, over the golden cases of
// fixtures/fix: a module outside the linted tree is fixed at its call in the
// user's code (never in .terraform or the catalog), override files take the
// edit where their argument wins, and a for_each instance's each.value is
// fixed at its entry of the collection — each with the safety SPEC §8 gives it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';
import { root } from './rules-fixtures.js';

interface Edit {
  file: string;
  range: { start: { line: number; column: number } };
  text: string;
}
interface Finding {
  file: string;
  range: { start: { line: number } };
  resource: { name: string };
  fix?: { description: string; applicability: string; edits: Edit[] };
  noFix?: string;
}

async function findings(name: string): Promise<Map<string, Finding>> {
  const run = await runCli(['-f', 'json', '--strict', '.'], { cwd: join(root, 'fixtures/fix', name), env: { IAC_LINT_WORKERS: '0' } });
  const out = JSON.parse(run.stdout) as { findings: Finding[] };
  return new Map(out.findings.map((f) => [f.resource.name, f]));
}

/** `file:line text` of each edit (the text trimmed, in file order), applicability first. */
function placesOf(f: Finding | undefined): string[] {
  if (!f?.fix) return [`no fix: ${f?.noFix ?? '(no finding)'}`];
  return [f.fix.applicability, ...f.fix.edits.map((e) => `${e.file}:${e.range.start.line} ${e.text.replace(/\s+/g, ' ').trim()}`).sort()];
}

describe('fixes at the places Terraform takes the value from', () => {
  it('fixes a known registry module at its call: the input added, the literal false turned true, a variable default unsafe', async () => {
    const found = await findings('tf-registry-module-call');
    expect(placesOf(found.get('module.orders.module.db_instance.aws_db_instance.this'))).toEqual(['safe', 'main.tf:13 iam_database_authentication_enabled = true']);
    expect(placesOf(found.get('module.reports.aws_db_instance.this'))).toEqual(['safe', 'main.tf:28 true']);
    expect(placesOf(found.get('module.cluster.aws_rds_cluster.this'))).toEqual(['safe', 'main.tf:36 iam_database_authentication_enabled = true']);
    expect(placesOf(found.get('module.billing.aws_db_instance.default'))).toEqual(['unsafe', 'main.tf:41 true']);
    expect(found.get('module.billing.aws_db_instance.default')?.fix?.description).toBe('change the default of variable billing_iam to true');
    expect(placesOf(found.get('module.analytics.aws_rds_cluster.primary'))).toEqual(['safe', 'cluster.tf.json:6 , "iam_database_authentication_enabled": true']);
    expect(placesOf(found.get('module.audit.module.db_instance.aws_db_instance.this'))).toEqual(['safe', 'cluster.tf.json:11 true']);
    expect(found.get('module.orders.module.db_instance.aws_db_instance.this')?.fix?.description).toBe('set iam_database_authentication_enabled = true in module "orders"');
    for (const f of found.values()) for (const e of f.fix?.edits ?? []) expect(e.file).not.toContain('<iac-lint catalog>');
  });

  it('fixes a module installed under .terraform at its call, through the input it passes on as it is, or says why not', async () => {
    const found = await findings('tf-installed-module-call');
    expect(placesOf(found.get('module.db.aws_db_instance.this'))).toEqual(['safe', 'main.tf:9 iam_auth = true']);
    expect(placesOf(found.get('module.platform.module.database.aws_rds_cluster.this'))).toEqual(['safe', 'main.tf:15 true']);
    expect(placesOf(found.get('module.legacy.aws_db_instance.primary'))).toEqual([
      'no fix: the module\'s code sets iam_database_authentication_enabled = false on module.legacy.aws_db_instance.primary: no argument of module "legacy" maps straight to it',
    ]);
    expect(placesOf(found.get('module.legacy.aws_db_instance.secondary'))[0]).toContain('= !var.disable_iam on module.legacy.aws_db_instance.secondary: no argument');
  });

  it('says why a module that does not set the setting at all cannot be fixed at its call', async () => {
    const run = await runCli(['-f', 'json', '.'], { cwd: join(root, 'fixtures/rules/RDS-030/bad/tf-installed-modules'), env: { IAC_LINT_WORKERS: '0' } });
    const out = JSON.parse(run.stdout) as { findings: Finding[] };
    const replica = out.findings.find((f) => f.resource.name === 'module.db.module.replica.aws_db_instance.replica');
    expect(replica?.noFix).toBe(
      'the module\'s code does not set iam_database_authentication_enabled on module.db.module.replica.aws_db_instance.replica, so no argument of module "db" can: the module decides it',
    );
    expect(placesOf(out.findings.find((f) => f.resource.name === 'module.db.aws_db_instance.this'))).toEqual(['safe', 'main.tf:7 true']);
  });

  it('edits the file whose argument wins the merge with override files, and adds a missing argument to the block they merge into', async () => {
    const found = await findings('tf-override-files');
    expect(placesOf(found.get('aws_db_instance.orders'))).toEqual(['safe', 'override.tf:3 true']);
    expect(placesOf(found.get('aws_db_instance.billing'))).toEqual(['safe', 'main.tf:15 iam_database_authentication_enabled = true']);
    expect(placesOf(found.get('aws_db_instance.ledger'))).toEqual(['unsafe', 'override.tf:13 true']);
    expect(placesOf(found.get('aws_db_instance.archive'))).toEqual(['safe', 'db_override.tf.json:5 true']);
    expect(placesOf(found.get('module.reports.module.db_instance.aws_db_instance.this'))).toEqual(['safe', 'reports_override.tf:3 true']);
    expect(found.get('module.reports.module.db_instance.aws_db_instance.this')?.file).toBe('reports_override.tf');
  });

  it('fixes each.value at the instance\'s entry of the for_each collection: safe in the resource, unsafe in a shared definition', async () => {
    const found = await findings('tf-for-each-map');
    expect(placesOf(found.get('aws_db_instance.inline'))).toEqual(['safe', 'main.tf:8 true']);
    expect(placesOf(found.get('aws_db_instance.shared'))).toEqual(['unsafe', 'main.tf:18 true', 'main.tf:20 true']);
    expect(found.get('aws_db_instance.shared')?.fix?.description).toBe('change audit.iam of local.databases to true; change billing.iam of local.databases to true');
    expect(placesOf(found.get('aws_rds_cluster.by_variable'))).toEqual(['unsafe', 'main.tf:34 true']);
    expect(placesOf(found.get('aws_db_instance.by_tfvars'))).toEqual(['unsafe', 'terraform.tfvars:2 true']);
    expect(placesOf(found.get('aws_db_instance.computed'))).toEqual(['unsafe', 'main.tf:63 true']);
  });

  it('fixes each.value of a module call with for_each at the failing module instance\'s entry of the call\'s for_each', async () => {
    const run = async (dir: string) => {
      const out = await runCli(['-f', 'json', '.'], { cwd: join(root, 'fixtures/rules/RDS-030/bad', dir), env: { IAC_LINT_WORKERS: '0' } });
      return new Map((JSON.parse(out.stdout) as { findings: Finding[] }).findings.map((f) => [f.resource.name, f]));
    };
    const installed = (await run('tf-installed-for-each')).get('module.db.aws_db_instance.this');
    expect(installed?.fix?.description).toBe('change reports in the for_each of module "db" to true');
    expect(placesOf(installed)).toEqual(['safe', 'main.tf:6 true']);
    const registry = (await run('tf-registry-for-each')).get('module.rds.module.db_instance.aws_db_instance.this');
    expect(registry?.fix?.description).toBe('change a.iam in the for_each of module "rds" to true');
    expect(placesOf(registry)).toEqual(['safe', 'main.tf:8 true']);
  });
});
