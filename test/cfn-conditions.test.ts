// SPEC §1: conditions are decided by literals and given values only; then
// Fn::If takes one branch and a resource whose Condition is false is not
// reported. Without given values: both branches, and the resource may exist.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import { root } from './rules-fixtures.js';

const dir = 'fixtures/cloudformation/conditions';

async function findings(file: string, parameters: Array<{ key: string; value: string }> = []) {
  const result = await lint({ paths: [`${dir}/${file}`], cwd: root, workers: 0, parameters });
  return {
    findings: result.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.resource.name}: ${f.message}`),
    diagnostics: result.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}: ${d.message}`),
  };
}

const names = (r: { findings: string[] }) => r.findings.map((f) => f.split(' ')[1]!.replace(/:$/, ''));

describe('conditions (fixtures/cloudformation/conditions/conditions.yaml)', () => {
  it('without given values: never decided by Default/AllowedValues: both branches, every resource may exist', async () => {
    const r = await findings('conditions.yaml');
    expect(r.diagnostics).toEqual([]);
    // Fn::Equals of two literals is decided without any value: ByLiteral is compliant.
    expect(names(r)).toEqual(['ByEquals', 'DevOnly', 'ByAnd', 'SharedOnly']);
    expect(r.findings[0]).toBe(
      '23:7 ByEquals: EnableIAMDatabaseAuthentication may be false (Fn::If on condition IsProd (false branch)); IAM database authentication can be disabled on this MySQL DB instance',
    );
  });

  it('Env=prod: Fn::Equals and Fn::And decide Fn::If; Fn::Not leaves DevOnly out', async () => {
    const r = await findings('conditions.yaml', [{ key: 'Env', value: 'prod' }, { key: 'IamAuth', value: 'true' }]);
    expect(names(r)).toEqual(['SharedOnly']);
  });

  it('Env=dev: the false branches, with the given value as provenance; Fn::Or leaves SharedOnly out', async () => {
    const r = await findings('conditions.yaml', [{ key: 'Env', value: 'dev' }]);
    expect(r.findings).toEqual([
      '23:7 ByEquals: EnableIAMDatabaseAuthentication is false (condition IsProd is false (parameter Env = "dev" from --parameters)); IAM database authentication is disabled on this MySQL DB instance',
      '24:3 DevOnly: EnableIAMDatabaseAuthentication is not set; PostgreSQL DB instances should enable IAM database authentication',
      '33:7 ByAnd: EnableIAMDatabaseAuthentication is false (condition ProdWithIam is false (parameter Env = "dev" from --parameters)); IAM database authentication is disabled on this MySQL DB instance',
    ]);
  });

  it('Env=staging: Fn::Or makes SharedOnly exist; Fn::And with an undecided part (IamAuth only defaults) stays undecided', async () => {
    const r = await findings('conditions.yaml', [{ key: 'Env', value: 'staging' }]);
    expect(names(r)).toEqual(['ByEquals', 'DevOnly', 'ByAnd', 'SharedOnly']);
    const prod = await findings('conditions.yaml', [{ key: 'Env', value: 'prod' }]);
    expect(names(prod)).toEqual(['ByAnd', 'SharedOnly']);
  });

  it('a cycle between conditions is an error at its first condition, and the run ends', async () => {
    const r = await findings('cycle.yaml', [{ key: 'Env', value: 'prod' }]);
    expect(r.diagnostics).toEqual([
      '6:3 error cfn-condition-cycle: conditions First → Second → First refer to each other in a cycle (CloudFormation rejects this); they are left undecided',
    ]);
    expect(names(r)).toEqual(['Database']);
  });
});
