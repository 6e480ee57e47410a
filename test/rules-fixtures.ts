import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { Template } from '../src/model/resource.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { parseTerraformModule, type TerraformFileInput } from '../src/parsers/terraform/index.js';
import { loadTerraformResolution } from '../src/resolve/index.js';

/**
 * Fixture cases of the rules (fixtures/rules/<RULE>/<category>/…), shared by
 * the table-driven rule tests and the engine tests.
 *
 * A case is a CloudFormation file (`.yaml`, `.yml`, `.json`, `.template`) or a
 * Terraform module directory (`tf-*`, `tfjson-*`). Expected findings are
 * written in the fixture itself, in comments of YAML/HCL files, naming the
 * rule and the message id (a key of the rule's `meta.messages`):
 *   `# expect: RDS-030/notSet <resource> <line>:<column>`          (always)
 *   `# expect-strict: RDS-030/settingUnknown <resource> <line>:<column>`   (only with --strict)
 * and, for JSON (no comments), in a sidecar: `<file>.expected.json` next to a
 * CloudFormation file, `expected.json` in a Terraform directory:
 *   [{ "file"?, "rule", "messageId", "resource", "line", "column", "strict" }]
 * An expectation without a message id is an error, not a silent pass.
 */
export const root = fileURLToPath(new URL('..', import.meta.url));
export const rulesFixtures = join(root, 'fixtures/rules');

export interface Expectation {
  key: string; // `${rule}/${messageId} ${file} ${resource} ${line}:${column}`
  rule: string;
  strict: boolean;
}

export interface FixtureCase {
  rule: string;
  category: string;
  /** Path relative to the repository root, '/' separators. */
  path: string;
  kind: 'cloudformation' | 'terraform';
  format: 'cfn-yaml' | 'cfn-json' | 'tf' | 'tf-json';
  expectations: Expectation[];
}

const CFN_EXT = /\.(ya?ml|json|template)$/;
const EXPECT = /(?:#|\/\/)\s*expect(-strict)?:\s*(\S+)\s+(\S+)\s+(\d+):(\d+)/g;
const RULE_AND_MESSAGE = /^([^/\s]+)\/([A-Za-z0-9_]+)$/;

export function rel(p: string): string {
  return relative(root, p).split('\\').join('/');
}

export function expectationKey(
  rule: string,
  messageId: string,
  file: string,
  resource: string,
  line: number,
  column: number,
): string {
  return `${rule}/${messageId} ${file} ${resource} ${line}:${column}`;
}

function commentExpectations(file: string, text: string): Expectation[] {
  return [...text.matchAll(EXPECT)].map((m) => {
    const id = RULE_AND_MESSAGE.exec(m[2]!);
    if (!id) throw new Error(`${file}: expectation "${m[0]}" must name RULE/messageId, e.g. RDS-030/notSet`);
    return {
      key: expectationKey(id[1]!, id[2]!, file, m[3]!, Number(m[4]), Number(m[5])),
      rule: id[1]!,
      strict: m[1] !== undefined,
    };
  });
}

interface SidecarEntry {
  file?: string;
  rule: string;
  messageId: string;
  resource: string;
  line: number;
  column: number;
  strict?: boolean;
}

function sidecarExpectations(sidecar: string, defaultFile: string, dir: string): Expectation[] {
  if (!existsSync(sidecar)) return [];
  const entries = JSON.parse(readFileSync(sidecar, 'utf8')) as SidecarEntry[];
  return entries.map((e) => {
    if (typeof e.rule !== 'string' || typeof e.messageId !== 'string') {
      throw new Error(`${rel(sidecar)}: every entry needs "rule" and "messageId"`);
    }
    const file = e.file ? rel(join(dir, e.file)) : defaultFile;
    return { key: expectationKey(e.rule, e.messageId, file, e.resource, e.line, e.column), rule: e.rule, strict: e.strict === true };
  });
}

export function isTerraformFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json') || name.endsWith('.tfvars');
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

function readTerraformDirectory(dir: string): TerraformFileInput[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter(isTerraformFile)
    .sort()
    .map((f) => ({ path: `${dir.split('\\').join('/')}/${f}`, text: readFileSync(join(full, f), 'utf8') }));
}

/** The cases of `rule` in `category` (good, bad, strict, suppressed), under `base`/<rule>/ (fixtures/rules by default). */
export function fixtureCases(rule: string, category: string, base: string = rulesFixtures): FixtureCase[] {
  const dir = join(base, rule, category);
  if (!existsSync(dir)) return [];
  const cases: FixtureCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      // Every file below the directory: local child modules (./modules/x) hold expectations too.
      const files = walk(full).filter(isTerraformFile);
      const expectations = [
        ...files.flatMap((f) => commentExpectations(rel(f), readFileSync(f, 'utf8'))),
        ...sidecarExpectations(join(full, 'expected.json'), '', full),
      ];
      const json = files.some((f) => f.endsWith('.tf.json'));
      cases.push({ rule, category, path: rel(full), kind: 'terraform', format: json ? 'tf-json' : 'tf', expectations });
    } else if (CFN_EXT.test(name) && !name.endsWith('.expected.json')) {
      const path = rel(full);
      const expectations = [
        ...commentExpectations(path, readFileSync(full, 'utf8')),
        ...sidecarExpectations(`${full}.expected.json`, path, dir),
      ];
      const format = name.endsWith('.json') ? 'cfn-json' : 'cfn-yaml';
      cases.push({ rule, category, path, kind: 'cloudformation', format, expectations });
    }
  }
  return cases;
}

/** Parses a case with the real parsers. */
export async function parseCase(c: FixtureCase): Promise<{ templates: Template[]; diagnostics: Diagnostic[] }> {
  if (c.kind === 'cloudformation') {
    const parsed = await parseCloudFormation(c.path, readFileSync(join(root, c.path), 'utf8'));
    return { templates: parsed.templates, diagnostics: parsed.diagnostics };
  }
  // As the lint run does for a Terraform directory: its resolution (evaluator, built-ins) is loaded on first use.
  await loadTerraformResolution();
  const manifest = join(root, c.path, '.terraform/modules/modules.json');
  const parsed = await parseTerraformModule(c.path, readTerraformDirectory(c.path), {
    ...(existsSync(manifest) ? { modulesManifest: readFileSync(manifest, 'utf8') } : {}),
    readModule: async (dir) => {
      const files = readTerraformDirectory(dir);
      return files.length > 0 ? files : undefined;
    },
  });
  return { templates: parsed.modules, diagnostics: parsed.diagnostics };
}
