/**
 * Terraform over the real-world corpus (../shared/corpus):
 * 1. every block and attribute hcl2json reports for a .tf file is located by
 *    our scanner, in the right block, and the located text is right (the key
 *    text is the name; a literal number/boolean value's text is that literal;
 *    a literal string's text is a quoted string or heredoc);
 * 2. every directory with .tf / .tf.json / .tfvars files goes through
 *    parseTerraformModule (local child modules followed) and every property
 *    of every resource through the resolver, without an exception; the parse
 *    failures are counted and explained.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/range.js';
import { stripBom } from '../src/parsers/terraform/config-file.js';
import { parseHcl } from '../src/parsers/terraform/hcl2json.js';
import { locateFile } from '../src/parsers/terraform/hcl-nodes.js';
import { parseTerraformModule, type TerraformFileInput } from '../src/parsers/terraform/index.js';
import { scanHcl, type ScannedItem, type ScannedObject } from '../src/parsers/terraform/scanner.js';
import { terraformResolver } from '../src/resolve/terraform.js';
import { CORPUS } from './corpus-files.js';

const present = existsSync(CORPUS);
if (!present) console.warn(`corpus-terraform: ${CORPUS} not found; set IAC_LINT_CORPUS to run the corpus tests`);

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
 * .tf files hcl2json (like Terraform) rejects: deliberately broken test inputs
 * of checkov and terrascan (duplicate arguments, missing separators, empty
 * block bodies, invalid escapes and numbers).
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
 * Blocks the scanner finds that hcl2json does not report: hcl2json drops a
 * nested block when an attribute of the same name is set in the same body
 * (`volume = "invalid"` next to `volume { … }`, a deliberately invalid checkov input).
 */
const EXPECTED_SPURIOUS = ['checkov/tests/terraform/checks/resource/kubernetes/example_DockerSocketVolume/main.tf: resource.kubernetes_pod_v1.fail[0].spec[0].volume[0]'];

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks located texts against hcl2json's values; returns the mismatches. */
function checkTexts(text: string, json: Record<string, Json>, items: ScannedItem[]): string[] {
  const bad: string[] = [];
  const work: Array<{ json: Record<string, Json>; items: ScannedItem[] }> = [{ json, items }];
  while (work.length > 0) {
    const { json: body, items: scanned } = work.pop()!;
    const used = new Map<string, number>();
    for (const item of scanned) {
      if (item.kind === 'attribute') {
        if (text.slice(item.key.start, item.key.end) !== item.name) bad.push(`key ${item.name} at ${item.key.start}`);
        const v = body[item.name];
        const valueText = text.slice(item.value.start, item.value.end);
        if ((typeof v === 'number' || typeof v === 'boolean') && valueText !== String(v) && Number(valueText) !== v) {
          bad.push(`value of ${item.name}: ${JSON.stringify(valueText)} is not ${String(v)}`);
        }
        if (typeof v === 'string' && !v.includes('${') && !v.includes('%{') && !/^("|<<)/.test(valueText)) {
          bad.push(`value of ${item.name}: ${JSON.stringify(valueText.slice(0, 40))} is not a string literal`);
        }
        bad.push(...checkObjectKeys(text, v, item.object, item.name));
        continue;
      }
      if (text.slice(item.typeSpan.start, item.typeSpan.end) !== item.type) bad.push(`block ${item.type} at ${item.typeSpan.start}`);
      const labels = item.labels.map((l) => l.value);
      const key = JSON.stringify([item.type, ...labels]);
      const index = used.get(key) ?? 0;
      used.set(key, index + 1);
      let cur: Json = body[item.type];
      for (const l of labels) cur = isObject(cur) ? cur[l] : undefined;
      const elem = Array.isArray(cur) ? cur[index] : undefined;
      if (isObject(elem)) work.push({ json: elem, items: item.body });
    }
  }
  return bad;
}

describe.skipIf(!present)('Terraform corpus', () => {
  const files = present ? walk(CORPUS) : [];
  const tfFiles = files.filter((f) => f.endsWith('.tf'));

  it('locates every block and attribute hcl2json reports in every .tf file', async () => {
    const started = performance.now();
    const failures: string[] = [];
    const unlocated: string[] = [];
    const spurious: string[] = [];
    const wrongText: string[] = [];
    let attributes = 0;
    for (const file of tfFiles) {
      const text = stripBom(readFileSync(file, 'utf8'));
      const lines = new LineIndex(text);
      const parsed = await parseHcl(file, text, lines);
      if (!parsed.ok) {
        failures.push(rel(file));
        continue;
      }
      const scan = scanHcl(text);
      const located = locateFile(parsed.value, scan.body, lines);
      unlocated.push(...located.unlocated.map((u) => `${rel(file)}: ${u}`));
      spurious.push(...located.spurious.map((u) => `${rel(file)}: ${u}`));
      wrongText.push(...checkTexts(text, parsed.value, scan.body).map((u) => `${rel(file)}: ${u}`));
      attributes += countAttributes(scan.body);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`corpus-terraform: ${tfFiles.length} .tf files, ${failures.length} rejected by hcl2json, ${attributes} attributes located, ${unlocated.length} not located, ${seconds} s`);
    expect(tfFiles.length).toBeGreaterThan(0);
    expect(failures).toEqual(EXPECTED_HCL_FAILURES);
    expect(unlocated).toEqual([]);
    expect(wrongText).toEqual([]);
    expect(spurious).toEqual(EXPECTED_SPURIOUS);
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

/** Every object key the scanner located is a key of hcl2json's object, and its text is that key. */
function checkObjectKeys(text: string, value: Json, object: ScannedObject | undefined, path: string): string[] {
  const bad: string[] = [];
  const work: Array<{ value: Json; object: ScannedObject | undefined; path: string }> = [{ value, object, path }];
  while (work.length > 0) {
    const { value: v, object: o, path: p } = work.pop()!;
    if (!o) continue;
    for (const item of o.items) {
      const keyText = text.slice(item.keySpan.start, item.keySpan.end);
      if (!isObject(v) || !(item.key in v)) bad.push(`object key ${p}.${item.key} is not in hcl2json's value`);
      else if (keyText !== item.key && JSON.parse(keyText) !== item.key) bad.push(`object key ${p}.${item.key} at ${keyText}`);
      else work.push({ value: v[item.key], object: item.object, path: `${p}.${item.key}` });
    }
  }
  return bad;
}

function formatOf(path: string): 'tf' | 'tf.json' | 'tfvars' {
  return path.endsWith('.tf.json') ? 'tf.json' : path.endsWith('.tf') ? 'tf' : 'tfvars';
}

function countAttributes(items: ScannedItem[]): number {
  let n = 0;
  const work = [items];
  while (work.length > 0) {
    for (const item of work.pop()!) {
      if (item.kind === 'attribute') n++;
      else work.push(item.body);
    }
  }
  return n;
}
