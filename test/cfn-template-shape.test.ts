// SPEC §2 "template shape" and issue 17 item 10: a template of the wrong
// shape is an input error at its place (exit 2); a multi-document YAML file a
// warning; lone CR line ends are line ends; a list at the root of a template
// or of a .tf.json file is an error.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { lint } from '../src/lint/run.js';
import { root } from './rules-fixtures.js';
import { runCli } from './cli-run.js';

const dir = 'fixtures/cloudformation/shape';
const row = (d: Diagnostic): string => `${d.file.slice(dir.length + 1)} ${d.severity} ${d.code} ${d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'}`;

describe('template shape (fixtures/cloudformation/shape)', () => {
  it('reports each wrong shape at its place, and still lints the rest', async () => {
    const result = await lint({ paths: [dir], cwd: root, workers: 0 });
    expect(result.diagnostics.map(row)).toEqual([
      'multi-document.yaml warning yaml-multiple-documents 8:1',
      'properties-list.yaml error cfn-template-shape 5:5',
      'properties-scalar.json error cfn-template-shape 6:7',
      'resource-not-mapping.yaml error cfn-template-shape 3:3',
      'resources-list.yaml error cfn-template-shape 3:1',
      'root-array.json error cfn-template-root 1:1',
      // The HCL front end (hcl's JSON syntax) reports a .tf.json file whose root is not an object.
      'tf-json-array/main.tf.json error hcl-syntax 1:1',
      'type-not-string.yaml error cfn-template-shape 4:5',
    ]);
    const message = (file: string): string => result.diagnostics.find((d) => d.file === `${dir}/${file}`)!.message;
    expect(message('resources-list.yaml')).toBe('Resources must be a mapping of logical IDs to resources, not a list; CloudFormation rejects this template');
    expect(message('resource-not-mapping.yaml')).toBe('resource Broken must be a mapping (Type, Properties, ...), not a string');
    expect(message('type-not-string.yaml')).toBe('the Type of resource Db must be a string, not a list');
    expect(message('properties-list.yaml')).toBe('the Properties of resource Db must be a mapping, not a list');
    expect(message('properties-scalar.json')).toBe('the Properties of resource Db must be a mapping, not a string');
    expect(message('multi-document.yaml')).toMatch(/2 YAML documents; CloudFormation reads one document per template/);
    expect(result.findings.map((f) => `${f.file.slice(dir.length + 1)}:${f.range.start.line}:${f.range.start.column} ${f.resource.name}`)).toEqual([
      // Lone CR line ends: read as YAML 1.2 reads them, lines counted at each CR.
      'lone-cr.yaml:3:3 Db',
      'multi-document.yaml:3:3 First',
      'multi-document.yaml:10:3 Second',
      'resource-not-mapping.yaml:4:3 Db',
    ]);
  });

  it('exits 2 on a shape error, 1 on a multi-document file (a warning)', async () => {
    expect((await runCli([`${dir}/properties-list.yaml`], { cwd: root })).code).toBe(2);
    expect((await runCli([`${dir}/multi-document.yaml`], { cwd: root })).code).toBe(1);
    expect((await runCli([`${dir}/properties-intrinsic.yaml`], { cwd: root })).code).toBe(0);
  });
});
