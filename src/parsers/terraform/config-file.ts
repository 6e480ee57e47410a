/**
 * Reads one Terraform file (`.tf`, `.tf.json`, `.tfvars`, `.tfvars.json`)
 * into located blocks (configuration files) or located attributes (variable
 * definition files). Never throws: problems become diagnostics.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { MapEntry } from '../../model/node.js';
import { LineIndex } from '../../model/range.js';
import { readJson } from '../cloudformation/json-reader.js';
import { parseHcl } from './hcl2json.js';
import { locateFile, type LocatedBlock } from './hcl-nodes.js';
import { jsonSyntaxBlocks } from './json-syntax.js';
import { scanHcl } from './scanner.js';

export type TerraformFileKind = 'tf' | 'tf.json' | 'tfvars' | 'tfvars.json';

export function terraformFileKind(path: string): TerraformFileKind | undefined {
  const p = path.toLowerCase();
  if (p.endsWith('.tf.json')) return 'tf.json';
  if (p.endsWith('.tf')) return 'tf';
  if (p.endsWith('.tfvars.json')) return 'tfvars.json';
  if (p.endsWith('.tfvars')) return 'tfvars';
  return undefined;
}

export interface ConfigFile {
  path: string;
  kind: TerraformFileKind;
  /** Decoded text, BOM removed. */
  text: string;
  /** Top-level blocks (configuration files). */
  blocks: LocatedBlock[];
  /** Top-level attributes (variable definition files). */
  attributes: MapEntry[];
  diagnostics: Diagnostic[];
  /** Blocks/attributes hcl2json reported that the scanner did not locate (HCL files). */
  unlocated: string[];
  /** Blocks/attributes the scanner found that hcl2json did not report (HCL files). */
  spurious: string[];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * `syntaxOnly`: check the syntax (diagnostics) but locate no blocks, for a
 * file no selected rule can find anything in (see src/lint/unit.ts).
 */
export async function readConfigFile(path: string, rawText: string, kind: TerraformFileKind, options: { syntaxOnly?: boolean } = {}): Promise<ConfigFile> {
  const text = stripBom(rawText);
  const lines = new LineIndex(text);
  const file: ConfigFile = { path, kind, text, blocks: [], attributes: [], diagnostics: [], unlocated: [], spurious: [] };
  if (kind === 'tf.json' || kind === 'tfvars.json') {
    const read = readJson(path, text, lines);
    file.diagnostics.push(...read.diagnostics);
    if (!read.root) return file;
    if (kind === 'tf.json') file.blocks = jsonSyntaxBlocks(read.root);
    else if (read.root.kind === 'map') file.attributes = read.root.entries;
    else file.diagnostics.push({ file: path, severity: 'error', code: 'tfvars-syntax', message: 'a .tfvars.json file must hold a JSON object', range: read.root.range });
    return file;
  }
  let scanned: ReturnType<typeof scanHcl> | undefined;
  const scan = (): ReturnType<typeof scanHcl> => (scanned ??= scanHcl(text));
  // A large .tf file is parsed in chunks cut by the scanner; .tfvars (top-level attributes) whole.
  const parsed = await parseHcl(path, text, lines, kind === 'tf' ? { scan, syntaxOnly: options.syntaxOnly ?? false } : {});
  if (!parsed.ok) {
    file.diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, file: path })));
    return file;
  }
  if (options.syntaxOnly) return file;
  const located = locateFile(parsed.value, scan().body, lines);
  file.unlocated = located.unlocated;
  file.spurious = located.spurious;
  if (kind === 'tf') file.blocks = located.blocks;
  else file.attributes = located.root.entries;
  return file;
}
