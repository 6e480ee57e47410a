import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getEntry, toPlain, type MapNode, type Node } from '../src/model/node.js';
import type { Range } from '../src/model/range.js';
import type { CloudFormationTemplate, Resource } from '../src/model/resource.js';
import { looksLikeTemplate, parseCloudFormation } from '../src/parsers/cloudformation/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = resolve(root, 'fixtures/parser/cloudformation');

function parseFixture(name: string) {
  return parseCloudFormation(`fixtures/parser/cloudformation/${name}`, readFileSync(resolve(FIXTURES, name), 'utf8'));
}

/** "line:column-line:column" (end exclusive). */
function span(range: Range | undefined): string {
  if (!range) return 'none';
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

function only(templates: CloudFormationTemplate[]): CloudFormationTemplate {
  expect(templates).toHaveLength(1);
  return templates[0]!;
}

function resource(template: CloudFormationTemplate, name: string): Resource {
  const r = template.resources.find((x) => x.name === name);
  expect(r, `resource ${name}`).toBeDefined();
  return r!;
}

function property(r: Resource, key: string): { value: Node; keyRange: Range } {
  const e = getEntry(r.properties, key);
  expect(e, `property ${key}`).toBeDefined();
  return e!;
}

function diagnostics(result: Awaited<ReturnType<typeof parseFixture>>): string[] {
  return result.diagnostics.map((d) => `${d.severity} ${d.code} ${span(d.range)}`);
}

describe('short-form intrinsic tags (tags.yaml)', async () => {
  const parsed = await parseFixture('tags.yaml');
  const bucket = resource(only(parsed.templates), 'Bucket');

  // [property, long form, range of the tagged node (= map and inner value), range of the tag (= entry keyRange)]
  const table: Array<[string, unknown, string, string]> = [
    ['RefScalar', { Ref: 'Param' }, '10:18-10:28', '10:18-10:22'],
    ['GetAttScalar', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }, '11:21-11:48', '11:21-11:28'],
    ['GetAttSeq', { 'Fn::GetAtt': ['Db', 'Arn'] }, '12:18-12:35', '12:18-12:25'],
    ['SubScalar', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::x' }, '13:18-13:53', '13:18-13:22'],
    ['SubSeq', { 'Fn::Sub': ['${A}-x', { A: { Ref: 'Param' } }] }, '14:15-16:24', '14:15-14:19'],
    ['JoinSeq', { 'Fn::Join': ['-', ['a', { Ref: 'Param' }]] }, '17:16-17:44', '17:16-17:21'],
    ['IfSeq', { 'Fn::If': ['IsProd', true, { Ref: 'AWS::NoValue' }] }, '18:14-18:49', '18:14-18:17'],
    ['Select', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, '19:15-19:38', '19:15-19:22'],
    ['Split', { 'Fn::Split': [',', 'a,b'] }, '20:14-20:33', '20:14-20:20'],
    ['FindInMap', { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Key'] }, '21:18-21:57', '21:18-21:28'],
    ['Base64Scalar', { 'Fn::Base64': 'hello' }, '22:21-22:34', '22:21-22:28'],
    ['Base64Block', { 'Fn::Base64': '#!/bin/bash\necho hi\n' }, '23:20-25:16', '23:20-23:27'],
    ['Cidr', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }, '26:13-26:38', '26:13-26:18'],
    ['GetAZsScalar', { 'Fn::GetAZs': 'us-east-1' }, '27:21-27:38', '27:21-27:28'],
    ['ImportValue', { 'Fn::ImportValue': 'Shared-Vpc' }, '28:20-28:43', '28:20-28:32'],
    ['ImportValueMap', { 'Fn::ImportValue': { 'Fn::Sub': '${Env}-Vpc' } }, '29:23-30:30', '29:23-29:35'],
    ['Transform', { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } }, '31:18-31:83', '31:18-31:28'],
    ['ToJsonString', { 'Fn::ToJsonString': { a: 1 } }, '32:21-32:41', '32:21-32:34'],
    ['Length', { 'Fn::Length': [1, 2] }, '33:15-33:29', '33:15-33:22'],
    ['Anchored', { Ref: 'Param' }, '34:24-34:34', '34:24-34:28'],
    // An alias shares the anchored node: its range is where the value was written.
    ['Aliased', { Ref: 'Param' }, '34:24-34:34', '34:24-34:28'],
  ];

  it.each(table)('%s', (key, longForm, nodeRange, tagRange) => {
    const { value } = property(bucket, key);
    expect(toPlain(value)).toEqual(longForm);
    expect(value.kind).toBe('map');
    const map = value as MapNode;
    expect(map.entries).toHaveLength(1);
    expect(span(map.range)).toBe(nodeRange);
    expect(span(map.entries[0]!.value.range)).toBe(nodeRange);
    expect(span(map.entries[0]!.keyRange)).toBe(tagRange);
  });

  it('converts tags inside conditions, nested in flow collections', () => {
    expect(toPlain(only(parsed.templates).conditions.get('Both')!)).toEqual({
      'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Or': [{ Condition: 'NotProd' }, { 'Fn::Equals': ['a', 'b'] }] }],
    });
    expect(toPlain(only(parsed.templates).conditions.get('NotProd')!)).toEqual({ 'Fn::Not': [{ Condition: 'IsProd' }] });
  });

  it('gives the resource header and extent', () => {
    expect(span(bucket.range)).toBe('7:3-7:9');
    expect(span(bucket.extent)).toBe('7:3-35:22');
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('YAML 1.1 scalars (yaml-1-1.yaml)', async () => {
  const parsed = await parseFixture('yaml-1-1.yaml');
  const template = only(parsed.templates);
  const thing = resource(template, 'Thing');
  const value = (key: string) => toPlain(property(thing, key).value);

  it('keeps unquoted dates as strings', () => {
    expect(toPlain(getEntry(template.root, 'AWSTemplateFormatVersion')!.value)).toBe('2010-09-09');
    expect(value('Version')).toBe('2012-10-17');
    expect(value('Timestamp')).toBe('2001-12-14t21:59:43.10-05:00');
  });

  it.each([
    ['Booleans', [true, false, true, false, true, false, 'y', 'n']],
    ['Nulls', [null, null, null]],
    ['Empty', null],
    ['Octal', 493],
    ['NotOctal', '012345678'],
    ['Hex', 31],
    ['Binary', 5],
    ['Sexagesimal', 90],
    ['Underscores', 1000],
    ['Float', 1.5],
    ['ExponentNoDot', '1e5'],
    ['ExponentWithDot', 1000],
    ['Infinity', -Infinity],
    ['Big', 123456789012345678901],
    ['Quoted', ['yes', '0755', '2010-09-09']],
    ['Tagged', ['123', 42, true, 1]],
  ])('%s', (key, expected) => {
    expect(value(key)).toEqual(expected);
  });

  it('keeps mapping keys as written', () => {
    expect(thing.properties.entries.slice(-3).map((e) => e.key)).toEqual(['yes', '010', '2010-09-09']);
  });

  it('gives an empty value a zero-length range after its key', () => {
    expect(span(property(thing, 'Empty').value.range)).toBe('9:13-9:13');
  });
});

describe('anchors, aliases and merge keys', () => {
  it('merges mappings and shares aliased nodes', async () => {
    const template = only((await parseFixture('anchors.yaml')).templates);
    const db = resource(template, 'Db');
    expect(toPlain(db.properties)).toEqual({ Engine: 'mysql', Port: 5432, Tags: [{ Key: 'team', Value: 'data' }] });
    // The merged Engine was written in the Mappings section.
    expect(span(property(db, 'Engine').keyRange)).toBe('4:5-4:11');
    expect(property(resource(template, 'Db2'), 'Tags').value).toBe(property(db, 'Tags').value);
    expect(span(resource(template, 'Db2').extent)).toBe('15:3-18:18');
  });

  it('stops an alias bomb with an error instead of expanding it', async () => {
    const parsed = await parseFixture('alias-bomb.yaml');
    expect(parsed.templates).toEqual([]);
    expect(parsed.isTemplate).toBe(true);
    expect(diagnostics(parsed)).toEqual(['error yaml-alias-limit 4:12-4:15']);
  });

  it('rejects an alias inside its own anchored node', async () => {
    const parsed = await parseFixture('alias-cycle.yaml');
    expect(parsed.templates).toEqual([]);
    expect(diagnostics(parsed)).toEqual(['error yaml-alias 6:13-6:18']);
  });
});

describe('bad and odd YAML', () => {
  it('reports duplicate keys naming both lines, the last one wins', async () => {
    const parsed = await parseFixture('duplicates.yaml');
    expect(diagnostics(parsed)).toEqual(['error duplicate-key 9:3-9:5', 'error duplicate-key 8:7-8:13']);
    expect(parsed.diagnostics[0]!.message).toBe('duplicate key "Db" on line 9 (first defined on line 3); the last one wins');
    const template = only(parsed.templates);
    expect(template.resources.map((r) => `${r.name} ${r.type}`)).toEqual(['Db AWS::RDS::DBCluster']);
  });

  it('reads every template document of a multi-document file', async () => {
    const parsed = await parseFixture('multi-doc.yaml');
    expect(parsed.templates.map((t) => `${t.document} ${t.resources.map((r) => r.name).join()}`)).toEqual(['1 First', '2 Second']);
    expect(span(parsed.templates[1]!.resources[0]!.range)).toBe('13:3-13:9');
  });

  it('keeps unknown tags as opaque values with a warning', async () => {
    const parsed = await parseFixture('unknown-tags.yaml');
    expect(diagnostics(parsed)).toEqual(['warning unknown-tag 4:11-4:24', 'warning unknown-tag 6:13-6:18', 'warning unknown-tag 7:12-7:19']);
    const template = only(parsed.templates);
    // A resource whose Type is a Rain module is not a resource we can check.
    expect(template.resources.map((r) => r.name)).toEqual(['Queue']);
    const bucket = asResourceDefinition(template, 'Bucket');
    const name = get(bucket, 'Name')!;
    expect(name).toMatchObject({ kind: 'scalar', value: 'Typo', tag: '!Reff' });
    expect(get(bucket, 'Map')).toMatchObject({ kind: 'map', tag: '!Custom' });
  });

  it('reports a syntax error with its line and column and reads no template', async () => {
    const parsed = await parseFixture('syntax-error.yaml');
    expect(parsed.templates).toEqual([]);
    expect(parsed.isTemplate).toBe(true);
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.diagnostics.every((d) => d.code === 'yaml-syntax' && d.severity === 'error' && d.range!.start.line >= 6)).toBe(true);
  });

  it('reads quoted strings whose lines are indented less than their key, as CloudFormation does', async () => {
    const parsed = await parseFixture('under-indented-quotes.yaml');
    expect(diagnostics(parsed)).toEqual(['warning yaml-quoted-indent 5:14-5:15', 'warning yaml-quoted-indent 10:18-10:19']);
    const long = only(parsed.templates).parameters.get('Long')!;
    // Folded by the YAML rules: trailing spaces dropped, one break is a space, a blank line a newline,
    // escapes (\t, an escaped line break) applied.
    expect(toPlain(getEntry(long, 'Default')!.value)).toBe('first line second\tline\nthird joined');
    expect(toPlain(getEntry(long, 'Description')!.value)).toBe("it's folded");
    expect(span(getEntry(long, 'Default')!.value.range)).toBe('5:14-9:10');
    expect(span(getEntry(long, 'Type')!.value.range)).toBe('4:11-4:17');
  });

  it('warns about a tag on a mapping key and ignores it', async () => {
    const parsed = await parseCloudFormation('k.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nX: [!ImportValue Fn::Sub: "${A}-b"]\n');
    expect(diagnostics(parsed)).toEqual(['warning key-tag 2:5-2:17']);
    expect(toPlain(getEntry(only(parsed.templates).root, 'X')!.value)).toEqual([{ 'Fn::Sub': '${A}-b' }]);
  });

  it('strips a BOM and keeps exact columns with CRLF', async () => {
    const parsed = await parseFixture('bom-crlf.yaml');
    const db = resource(only(parsed.templates), 'Db');
    expect(span(db.range)).toBe('3:3-3:5');
    expect(span(property(db, 'Engine').value.range)).toBe('6:15-6:20');
    expect(only(parsed.templates).text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('counts columns in UTF-16 units past multi-byte characters and tabs', async () => {
    const template = only((await parseFixture('multibyte-tabs.yaml')).templates);
    expect(toPlain(getEntry(template.root, 'Description')!.value)).toBe('café 🚀\tdone');
    const db = resource(template, 'Dbé');
    expect(span(db.range)).toBe('4:3-4:8');
    expect(span(property(db, 'Note').value.range)).toBe('4:58-4:62');
    expect(span(property(db, 'Engine').keyRange)).toBe('4:64-4:70');
    expect(toPlain(property(db, 'Engine').value)).toBe('mysql\tx');
  });

  it('survives 100,000 levels of nesting with a diagnostic', async () => {
    const depth = 100_000;
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nDeep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const parsed = await parseCloudFormation('deep.yaml', text);
    expect(parsed.templates).toEqual([]);
    expect(parsed.diagnostics.map((d) => `${d.code} ${span(d.range)}`)).toEqual(['yaml-too-deep 2:519-2:520']);
  });

  it('survives deep block nesting, which no bracket count sees', async () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nDeep:\n  ${'- '.repeat(50_000)}x\n`;
    const parsed = await parseCloudFormation('deep-block.yaml', text);
    expect(parsed.templates).toEqual([]);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['yaml-too-deep']);
  });

  it('reads moderately deep flow nesting', async () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nDeep: ${'['.repeat(100)}"]]]"${']'.repeat(100)} # [[[\n`;
    const parsed = await parseCloudFormation('nested.yaml', text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.templates).toHaveLength(1);
  });
});

describe('JSON', () => {
  it('gives every node its range', async () => {
    const parsed = await parseFixture('template.json');
    expect(parsed.diagnostics).toEqual([]);
    const template = only(parsed.templates);
    const db = resource(template, 'Db');
    expect(span(db.range)).toBe('7:5-7:9');
    expect(span(db.extent)).toBe('7:5-20:6');
    expect(db.conditional).toBe('IsProd');
    expect(db.metadata && toPlain(db.metadata)).toEqual({ 'iac-lint': { ignore: [] } });
    const iam = property(db, 'EnableIAMDatabaseAuthentication');
    expect(span(iam.keyRange)).toBe('13:9-13:42');
    expect(span(iam.value.range)).toBe('13:44-13:64');
    expect(span((iam.value as MapNode).entries[0]!.keyRange)).toBe('13:46-13:51');
    expect(span((iam.value as MapNode).entries[0]!.value.range)).toBe('13:53-13:62');
    expect(toPlain(property(db, 'AllocatedStorage').value)).toBe(205);
    expect(toPlain(property(db, 'Escapes').value)).toBe('tab\té"\\/');
    expect(span(property(db, 'Empty').value.range)).toBe('16:18-16:20');
    expect(span(property(db, 'List').value.range)).toBe('17:17-17:19');
    expect(toPlain(property(db, 'Null').value)).toBe(null);
    expect([...template.parameters.keys()]).toEqual(['IamAuth']);
  });

  it('reports duplicate keys', async () => {
    const parsed = await parseFixture('duplicates.json');
    expect(diagnostics(parsed)).toEqual(['error duplicate-key 6:42-6:50']);
    expect(toPlain(resource(only(parsed.templates), 'Db').properties)).toEqual({ Engine: 'postgres' });
  });

  it('reports a syntax error with its line and column', async () => {
    const parsed = await parseFixture('syntax-error.json');
    expect(parsed.templates).toEqual([]);
    expect(parsed.isTemplate).toBe(true);
    expect(diagnostics(parsed)).toEqual(['error json-syntax 6:41-6:42']);
    expect(parsed.diagnostics[0]!.message).toBe("JSON syntax error: expected ',' or '}'");
  });

  it('reads YAML flow style that is not JSON, with a warning', async () => {
    const trailing = await parseFixture('trailing-comma.json');
    expect(diagnostics(trailing)).toEqual(['warning json-syntax 6:42-6:43']);
    expect(toPlain(resource(only(trailing.templates), 'Db').properties)).toEqual({ Engine: 'mysql' });
    const flow = await parseFixture('flow-yaml-looks-like-json.json');
    expect(only(flow.templates).resources.map((r) => r.type)).toEqual(['AWS::RDS::DBInstance']);
  });

  it('reads 100,000 levels of nesting without a stack overflow', async () => {
    const depth = 100_000;
    const text = `{"AWSTemplateFormatVersion": "2010-09-09", "Deep": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const parsed = await parseCloudFormation('deep.json', text);
    expect(parsed.diagnostics).toEqual([]);
    let node = getEntry(only(parsed.templates).root, 'Deep')!.value;
    let levels = 1;
    while (node.kind === 'seq' && node.items.length > 0) {
      node = node.items[0]!;
      levels++;
    }
    expect(levels).toBe(depth);
    expect(node.range.start.column).toBe(52 + depth - 1);
  });

  it('reports unterminated input', async () => {
    const parsed = await parseCloudFormation('t.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {\n');
    expect(parsed.diagnostics.map((d) => `${d.code} ${span(d.range)}`)).toEqual(['json-syntax 2:1-2:1']);
  });
});

describe('detection by content', () => {
  it('reads JSON in a .yaml file and YAML in a .template file', async () => {
    expect(only((await parseFixture('json-in-yaml-file.yaml')).templates).resources.map((r) => r.name)).toEqual(['Db']);
    expect(only((await parseFixture('yaml-in.template')).templates).resources.map((r) => r.type)).toEqual(['AWS::RDS::DBCluster']);
  });

  it.each(['kubernetes.yaml', 'workflow.yml', 'package.json'])('%s is not a template and gives no diagnostics', async (name) => {
    const parsed = await parseFixture(name);
    expect(parsed).toEqual({ templates: [], diagnostics: [], isTemplate: false });
  });

  it('treats Resources without an AWS type as not a template', async () => {
    const parsed = await parseCloudFormation('x.yaml', 'Resources:\n  A:\n    Type: Custom::Thing\n');
    expect(parsed.isTemplate).toBe(false);
  });

  it('sniffs unparseable text', async () => {
    expect(looksLikeTemplate('AWSTemplateFormatVersion: [')).toBe(true);
    expect(looksLikeTemplate('Type: AWS::RDS::DBInstance\n  x: "')).toBe(true);
    expect(looksLikeTemplate('{{ .Values.image }}: !Ref AWS::Region')).toBe(false);
    // A broken Helm chart is not a template; its syntax errors are there for a caller that was asked for this file.
    const chart = await parseCloudFormation('chart.yaml', 'a: {{ .Values.x }\n  b: [');
    expect(chart.isTemplate).toBe(false);
    expect(chart.templates).toEqual([]);
    expect(new Set(chart.diagnostics.map((d) => `${d.severity} ${d.code}`))).toEqual(new Set(['error yaml-syntax']));
  });
});

describe('resources', () => {
  it('keeps Properties that are an intrinsic as rawProperties and skips untyped entries', async () => {
    const parsed = await parseFixture('properties-if.yaml');
    expect(diagnostics(parsed)).toEqual(['warning cfn-invalid-resource 12:3-12:9']);
    const template = only(parsed.templates);
    const db = resource(template, 'Db');
    expect(db.properties.entries).toEqual([]);
    expect(span(db.properties.range)).toBe('5:3-5:5');
    expect(toPlain(db.rawProperties!)).toEqual({ 'Fn::If': ['IsProd', { Engine: 'mysql' }, { Engine: 'postgres' }] });
    expect(db.conditional).toBe('IsProd');
    expect(db.template).toBe(template);
    expect(template.resources.map((r) => r.name)).toEqual(['Db', 'Bucket']);
  });
});

function asResourceDefinition(template: CloudFormationTemplate, name: string): MapNode {
  const resources = getEntry(template.root, 'Resources')!.value as MapNode;
  return getEntry(getEntry(resources, name)!.value as MapNode, 'Properties')!.value as MapNode;
}

function get(map: MapNode, key: string): Node | undefined {
  return getEntry(map, key)?.value;
}
