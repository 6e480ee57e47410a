import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getEntry } from '../src/model/node.js';
import type { Resource } from '../src/model/resource.js';
import type { Possibility } from '../src/model/value.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { cloudFormationResolver } from '../src/resolve/cloudformation.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = resolve(root, 'fixtures/parser/cloudformation/resolve.yaml');
const parsed = await parseCloudFormation('resolve.yaml', readFileSync(file, 'utf8'));
const template = parsed.templates[0]!;
const byName = (name: string): Resource => template.resources.find((r) => r.name === name)!;

/** `kind value-or-reason @line | provenance > provenance` */
function show(p: Possibility): string {
  const what = p.kind === 'value' ? JSON.stringify(p.value) : p.kind === 'unknown' ? p.reason : '';
  const at = p.node ? ` @${p.node.range.start.line}` : '';
  return `${p.kind} ${what}${at} | ${p.provenance.join(' > ')}`.replace(/  +/g, ' ');
}

function resolveProperty(resource: string, key: string): string[] {
  const r = byName(resource);
  return cloudFormationResolver.resolve(r, getEntry(r.properties, key)?.value).map(show);
}

describe('CloudFormation value resolution (resolve.yaml)', () => {
  it('parses the fixture cleanly', () => {
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['unknown-tag']);
  });

  it.each<[string, string[]]>([
    ['Literal', ['value true @32 | ']],
    ['Null', ['absent @33 | set to null']],
    ['Missing', ['absent | ']],
    ['FromDefault', ['value "false" @5 | parameter IamAuth defaults to "false"']],
    ['FromAllowed', ['value "mysql" @9 | parameter Engine allows "mysql"', 'value "postgres" @9 | parameter Engine allows "postgres"']],
    ['FromFree', ['unknown parameter Free has no Default or AllowedValues: its value is given at deployment @36 | ']],
    ['NoValue', ['absent @37 | Ref AWS::NoValue']],
    ['Pseudo', ['unknown pseudo parameter AWS::Region is known only at deployment @38 | ']],
    ['RefResource', ['unknown Ref to resource Replica @39 | ']],
    ['Undefined', ['unknown Ref to Nope, which is not defined in the template @40 | ']],
    [
      'If',
      [
        'value true @41 | Fn::If on condition UseIam (true branch)',
        'value "false" @5 | Fn::If on condition UseIam (false branch) > parameter IamAuth defaults to "false"',
      ],
    ],
    ['IfNoValue', ['absent @42 | Fn::If on condition UseIam (true branch) > Ref AWS::NoValue', 'value false @42 | Fn::If on condition UseIam (false branch)']],
    ['MapByParam', ['value "postgres" @23 | parameter Env defaults to "prod" > mapping EngineMap[prod][Engine]']],
    [
      'MapByAllowed',
      [
        'value "mysql" @26 | parameter AnyEnv allows "dev" > mapping EngineMap[dev][Engine]',
        'value "postgres" @23 | parameter AnyEnv allows "prod" > mapping EngineMap[prod][Engine]',
      ],
    ],
    ['MapByRegion', ['value true @24 | mapping EngineMap[prod][Iam]', 'value false @27 | mapping EngineMap[dev][Iam]']],
    ['MapMissing', ['unknown mapping EngineMap has no entry for these keys @46 | ']],
    ['MapUndefined', ['unknown mapping Nope is not defined @47 | ']],
    ['MapDefault', ['value "mariadb" @48 | mapping EngineMap has no entry: DefaultValue']],
    ['Sub', ['unknown Fn::Sub is not evaluated @49 | ']],
    ['GetAtt', ['unknown Fn::GetAtt is not evaluated @50 | ']],
    ['List', ['unknown a list, not a single value @51 | ']],
    ['Map', ['unknown a mapping, not a single value @52 | ']],
    ['Unknown', ['unknown unknown tag !Rain::Thing @53 | ']],
  ])('Primary.%s', (key, expected) => {
    expect(resolveProperty('Primary', key)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['ByRef', ['Primary']],
    ['ByGetAtt', ['Primary']],
    ['ByGetAttList', ['Primary']],
    ['ByIf', ['Primary', 'Other']],
    ['ByLongForm', ['Other']],
    ['ByParameter', []],
    ['ByJoin', []],
  ])('Replica.%s refers to %j', (key, expected) => {
    const replica = byName('Replica');
    const found = cloudFormationResolver.referencedResources(replica, getEntry(replica.properties, key)?.value);
    expect(found.map((r) => r.name).sort()).toEqual([...expected].sort());
    for (const r of found) expect(r.template).toBe(template);
  });

  it('refers to nothing when the property is absent', () => {
    expect(cloudFormationResolver.referencedResources(byName('Replica'), undefined)).toEqual([]);
  });

  it('guards against self-referencing values', async () => {
    // A Default that is itself a Ref to its own parameter: no infinite loop.
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  P:\n    Default: !Ref P\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: !Ref P\n';
    const t = (await parseCloudFormation('loop.yaml', text)).templates[0]!;
    const a = t.resources[0]!;
    const result = cloudFormationResolver.resolve(a, getEntry(a.properties, 'X')!.value);
    expect(result).toHaveLength(1);
    expect(result[0]!.kind).toBe('unknown');
  });
});
