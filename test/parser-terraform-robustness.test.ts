import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScalarNode } from '../src/model/node.js';
import type { Resource, TerraformModule } from '../src/model/resource.js';
import { parseTerraformModule } from '../src/parsers/terraform/index.js';
import { parseBareTemplate } from '../src/parsers/terraform/hcl/index.js';
import { terraformResolver } from '../src/resolve/terraform.js';

/** Text made of the characters that matter to HCL's structure, so random input hits the scanner's paths. */
const hclish = fc
  .array(
    fc.constantFrom('resource', ' "a"', '{', '}', '[', ']', '(', ')', '=', '"', '${', '%{', '$${', '<<EOT\n', '<<-X\n', 'EOT', '  X', '\n', '\r\n', '#', '//', '/*', '*/', ' ', '\t', 'x', 'var.a', '?', ':', ',', 'ü', '𝒳', '\\'),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

function probe(module: TerraformModule, value: string): Resource {
  const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const expr = parseBareTemplate('x.tf', value, () => range.start, []);
  const node: ScalarNode = expr ? { kind: 'scalar', value, range, expr } : { kind: 'scalar', value, range };
  return {
    format: 'terraform',
    type: 'aws_db_instance',
    name: 'aws_db_instance.x',
    file: 'x.tf',
    range,
    extent: range,
    properties: { kind: 'map', entries: [{ key: 'p', keyRange: range, value: node }], range },
    template: module,
  };
}

describe('Terraform parsing never throws', () => {
  it('the template parser and the resolver: any template gives a resolution', () => {
    const module: TerraformModule = {
      format: 'terraform',
      dir: '.',
      files: new Map(),
      variables: new Map(),
      locals: new Map(),
      tfvars: new Map(),
      resources: [],
    };
    fc.assert(
      fc.property(hclish, (text) => {
        const r = probe(module, text);
        expect(terraformResolver.resolve(r, r.properties.entries[0]!.value).length).toBeGreaterThan(0);
        terraformResolver.referencedResources(r, r.properties.entries[0]!.value);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseTerraformModule: binary garbage and broken files become diagnostics', async () => {
    const garbage = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 65_536));
    const { modules, diagnostics } = await parseTerraformModule('.', [
      { path: 'garbage.tf', text: garbage },
      { path: 'broken.tf.json', text: '{"resource": {"aws_db_instance": ' },
      { path: 'terraform.tfvars', text: 'x = = 1' },
      { path: 'terraform.tfvars.json', text: '[1, 2]' },
      { path: 'ok.tf', text: 'resource "aws_db_instance" "ok" {}\n' },
    ]);
    expect(modules[0]!.resources.map((r) => r.name)).toEqual(['aws_db_instance.ok']);
    const garbageErrors = diagnostics.filter((d) => d.file === 'garbage.tf');
    // One error, then no line of the rest starts like a block (the cap of ten is in test/hcl-parser.test.ts).
    expect(garbageErrors.map((d) => [d.code, d.range?.start.line])).toEqual([['hcl-syntax', 1]]);
    expect([...new Set(diagnostics.map((d) => JSON.stringify([d.file, d.code, d.severity])))].map((x) => JSON.parse(x))).toEqual([
      ['broken.tf.json', 'json-syntax', 'error'],
      ['garbage.tf', 'hcl-syntax', 'error'],
      ['terraform.tfvars', 'hcl-syntax', 'error'],
      ['terraform.tfvars.json', 'tfvars-syntax', 'error'],
    ]);
  });
});
