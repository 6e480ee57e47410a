/**
 * Terraform over the real-world corpus (../shared/corpus):
 * 1. differential: every .tf file parsed by our HCL parser and by hcl2json
 *    (HashiCorp's parser, the test oracle) — the same files rejected, and for
 *    the others the same blocks, attributes and values (hcl2json's `${…}`
 *    string forms normalized, see test/hcl-oracle.ts), apart from the
 *    justified differences listed below;
 * 2. ranges: every block type, label, attribute name and literal value of
 *    every file is at the text it names;
 * 3. every directory with .tf / .tf.json / .tfvars files goes through
 *    parseTerraformModule (local child modules followed) and every property
 *    of every resource through the resolver, without an exception.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as hcl2json } from '@cdktn/hcl2json';
import { describe, expect, it } from 'vitest';
import type { Expression } from '../src/model/hcl-ast.js';
import { literalValue } from '../src/parsers/terraform/ast-nodes.js';
import { stripBom } from '../src/parsers/terraform/config-file.js';
import { parseHclFile, type Body } from '../src/parsers/terraform/hcl/index.js';
import { parseTerraformModule, type TerraformFileInput } from '../src/parsers/terraform/index.js';
import { terraformResolver } from '../src/resolve/terraform.js';
import { CORPUS } from './corpus-files.js';
import { differences, normalizeOracle, ourJson } from './hcl-oracle.js';

const present = existsSync(CORPUS);
if (!present) console.warn(`corpus-terraform: ${CORPUS} not found; the Terraform corpus tests are skipped (set IAC_LINT_CORPUS to run them)`);

const TERRAFORM_FILE = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;

function walk(dir: string, out: string[] = []): string[] {
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && TERRAFORM_FILE.test(e.name)) out.push(p);
    }
  }
  return out.sort();
}

const rel = (p: string): string => relative(CORPUS, p).split('\\').join('/');

/**
 * .tf files both parsers (like Terraform) reject: deliberately broken test
 * inputs of checkov and terrascan (duplicate arguments, missing separators,
 * empty block bodies, invalid escapes and numbers).
 */
const EXPECTED_HCL_FAILURES = [
  'checkov/tests/terraform/checks/data/aws/example_AdminPolicyDocument/main.tf',
  'checkov/tests/terraform/checks/data/aws/example_StarActionPolicyDocument/main.tf',
  'checkov/tests/terraform/checks/resource/alicloud/example_RDSInstanceSSL/main.tf',
  'checkov/tests/terraform/checks/resource/oci/example_SecurityListUnrestrictedIngress22/main.tf',
  'checkov/tests/terraform/graph/checks/resources/S3BucketVersioning/main.tf',
  'checkov/tests/terraform/graph/checks_infra/attribute_solvers/cidr_range_not_subset_solver/resources/main.tf',
  'checkov/tests/terraform/graph/checks_infra/attribute_solvers/cidr_range_subset_solver/resources/main.tf',
  'checkov/tests/terraform/graph/resources/variable_rendering/render_from_module_def_sg/main.tf',
  'checkov/tests/terraform/graph/variable_rendering/test_resources/list_entry_module_var/module/main.tf',
  'checkov/tests/terraform/parser/resources/hcl_timeout/main.tf',
  'checkov/tests/terraform/parser/resources/parser_scenarios/bad_tf_nested_modules_enable/skip_bad_tf_example.tf',
  'checkov/tests/terraform/parser/resources/parser_scenarios/maze_of_variables/maze.tf',
  'checkov/tests/terraform/parser/skip_bad_tf_example.tf',
  'checkov/tests/terraform/runner/resources/example/example.tf',
  'checkov/tests/terraform/runner/resources/example/invalid.tf',
  'checkov/tests/terraform/runner/resources/hcl_timeout/main.tf',
  'checkov/tests/terraform/runner/resources/invalid_terraform_syntax/bad_tf_1.tf',
  'checkov/tests/terraform/runner/resources/invalid_terraform_syntax/bad_tf_2.tf',
  'checkov/tests/terraform/runner/resources/unbalanced_eval_brackets/main.tf',
  'terrascan/pkg/http-server/testdata/invalid.tf',
  'terrascan/pkg/iac-providers/terraform/v12/testdata/empty.tf',
  'terrascan/pkg/iac-providers/terraform/v14/testdata/empty.tf',
  'terrascan/pkg/iac-providers/terraform/v15/testdata/empty.tf',
];

/**
 * Justified differences, each file with why:
 * - an object key written as a traversal (`{ var.a: … }`, `{ a.b.c = … }`):
 *   HCL evaluates it (only a single name is a literal key), and so do we;
 *   hcl2json writes its source text as if it were a literal key;
 * - `"${"hi"} there"`: hcl2json folds a template of constants to "hi there";
 *   we keep the template (the resolver evaluates it to the same string).
 */
const JUSTIFIED_DIFFERENCES = [
  'checkov/tests/terraform/graph/variable_rendering/resources/foreach_resources/static_foreach_value/main.tf: traversal object key',
  'terrascan/pkg/iac-providers/terraform/v12/testdata/dummyconfig/dummyconfig.tf: traversal object keys, constant template',
  'terrascan/pkg/iac-providers/terraform/v14/testdata/dummyconfig/dummyconfig.tf: traversal object keys, constant template',
  'terrascan/pkg/iac-providers/terraform/v15/testdata/dummyconfig/dummyconfig.tf: traversal object keys, constant template',
].map((d) => d.slice(0, d.indexOf(': ')));

/** Places where a range does not hold the text it names. */
function checkRanges(text: string, body: Body): string[] {
  const bad: string[] = [];
  const slice = (r: { start: { offset: number }; end: { offset: number } }): string => text.slice(r.start.offset, r.end.offset);
  const work: Body[] = [body];
  while (work.length > 0) {
    for (const item of work.pop()!.items) {
      if (item.type === 'block') {
        if (slice(item.typeRange) !== item.blockType) bad.push(`block type ${item.blockType} at ${item.typeRange.start.line}`);
        for (const l of item.labels) {
          const t = slice(l.range);
          if (t !== l.value && JSON.parse(t) !== l.value) bad.push(`label ${l.value} at ${l.range.start.line}`);
        }
        if (!slice(item.header).endsWith('{') || slice(item.range).slice(-1) !== '}') bad.push(`block ${item.blockType} at ${item.typeRange.start.line}: header or range`);
        work.push(item.body);
        continue;
      }
      if (slice(item.nameRange) !== item.name) bad.push(`attribute ${item.name} at ${item.nameRange.start.line}`);
      const problem = literalProblem(slice(item.expression.range), item.expression);
      if (problem) bad.push(`value of ${item.name} at ${item.nameRange.start.line}: ${problem}`);
    }
  }
  return bad;
}

function literalProblem(valueText: string, e: Expression): string | undefined {
  const literal = literalValue(e);
  if (!literal) return undefined;
  const v = literal.value;
  if (typeof v === 'number' && Number(valueText.replace(/\s+/g, '')) !== v) return `${JSON.stringify(valueText)} is not ${v}`;
  if (typeof v === 'boolean' && valueText !== String(v)) return `${JSON.stringify(valueText)} is not ${v}`;
  if (typeof v === 'string' && !/^("|<<)/.test(valueText)) return `${JSON.stringify(valueText.slice(0, 40))} is not a string literal`;
  return undefined;
}

describe.skipIf(!present)('Terraform corpus', () => {
  const files = present ? walk(CORPUS) : [];
  const tfFiles = files.filter((f) => f.endsWith('.tf'));

  it('parses every .tf file as hcl2json does: the same files rejected, the same blocks, attributes and values', async () => {
    const started = performance.now();
    const oursRejected: string[] = [];
    const oracleRejected: string[] = [];
    const different: string[] = [];
    const unexplained: string[] = [];
    const wrongRanges: string[] = [];
    let attributes = 0;
    for (const file of tfFiles) {
      const text = stripBom(readFileSync(file, 'utf8'));
      const ours = parseHclFile(file, text);
      let oracle: unknown;
      try {
        oracle = await hcl2json('input.hcl', text);
      } catch {
        oracleRejected.push(rel(file));
      }
      if (ours.diagnostics.length > 0) oursRejected.push(rel(file));
      wrongRanges.push(...checkRanges(text, ours.body).map((b) => `${rel(file)}: ${b}`));
      attributes += countAttributes(ours.body);
      if (oracle === undefined || ours.diagnostics.length > 0) continue;
      const diff = differences(ourJson(ours.body), normalizeOracle(oracle));
      if (diff.length === 0) continue;
      different.push(rel(file));
      if (!JUSTIFIED_DIFFERENCES.includes(rel(file))) unexplained.push(`${rel(file)}: ${diff.join('; ')}`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`corpus-terraform: ${tfFiles.length} .tf files, ${oursRejected.length} rejected, ${attributes} attributes, ${different.length} justified differences, ${seconds} s`);
    expect(tfFiles.length).toBeGreaterThan(0);
    expect(oracleRejected).toEqual(EXPECTED_HCL_FAILURES);
    expect(oursRejected).toEqual(EXPECTED_HCL_FAILURES);
    expect(unexplained).toEqual([]);
    expect(different).toEqual(JUSTIFIED_DIFFERENCES);
    expect(wrongRanges).toEqual([]);
  });

  it('reads every Terraform directory and resolves every property without an exception', async () => {
    const started = performance.now();
    const byDir = new Map<string, string[]>();
    for (const f of files) byDir.set(dirname(f), [...(byDir.get(dirname(f)) ?? []), f]);
    const read = (paths: string[]): TerraformFileInput[] => paths.map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
    const failedFiles = new Map<string, Set<string>>([
      ['tf', new Set()],
      ['tf.json', new Set()],
      ['tfvars', new Set()],
    ]);
    const counts = { tf: 0, 'tf.json': 0, tfvars: 0 };
    let resources = 0;
    let modules = 0;
    for (const [dir, paths] of byDir) {
      for (const p of paths) counts[formatOf(p)]++;
      const result = await parseTerraformModule(dir, read(paths), {
        readModule: async (d) => {
          const found = byDir.get(resolve(d));
          return found ? read(found.filter((p) => formatOf(p) !== 'tfvars')) : undefined;
        },
      });
      for (const d of result.diagnostics) if (d.severity === 'error') failedFiles.get(formatOf(d.file))!.add(rel(d.file));
      for (const module of result.modules) {
        modules++;
        for (const resource of module.resources) {
          resources++;
          for (const e of resource.properties.entries) {
            terraformResolver.resolve(resource, e.value);
            terraformResolver.referencedResources(resource, e.value);
          }
        }
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `corpus-terraform: read ${counts.tf} .tf, ${counts['tf.json']} .tf.json, ${counts.tfvars} .tfvars in ${byDir.size} directories; ` +
        `${modules} module instances, ${resources} resources resolved; failures: .tf ${failedFiles.get('tf')!.size}, ` +
        `.tf.json ${failedFiles.get('tf.json')!.size}, .tfvars ${failedFiles.get('tfvars')!.size}; ${seconds} s`,
    );
    expect([...failedFiles.get('tf')!].sort()).toEqual(EXPECTED_HCL_FAILURES);
    expect([...failedFiles.get('tf.json')!]).toEqual([]);
    expect([...failedFiles.get('tfvars')!]).toEqual([]);
  });
});

function formatOf(path: string): 'tf' | 'tf.json' | 'tfvars' {
  return path.endsWith('.tf.json') ? 'tf.json' : path.endsWith('.tf') ? 'tf' : 'tfvars';
}

function countAttributes(body: Body): number {
  let n = 0;
  const work = [body];
  while (work.length > 0) {
    for (const item of work.pop()!.items) {
      if (item.type === 'attribute') n++;
      else work.push(item.body);
    }
  }
  return n;
}
