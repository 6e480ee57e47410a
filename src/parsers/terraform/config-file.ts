/**
 * Reads one Terraform file (`.tf`, `.tf.json`, `.tfvars`, `.tfvars.json`)
 * with our HCL front end (src/parsers/terraform/hcl/) into located blocks
 * (configuration files) or located attributes (variable definitions files),
 * plus its comments. Never throws: problems become diagnostics.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { MapEntry } from '../../model/node.js';
import { LineIndex } from '../../model/range.js';
import type { SourceComment } from '../../model/resource.js';
import { attributeEntries, locatedBlock, SourceText, topLevelBlocks, type LocatedBlock } from './ast-nodes.js';
import type { Attribute, Block } from './hcl/index.js';
import { parseHclFile, parseHclJson } from './hcl/index.js';


type TerraformFileKind = 'tf' | 'tf.json' | 'tfvars' | 'tfvars.json';

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
  /** Top-level attributes (variable definitions files). */
  attributes: MapEntry[];
  /** The comments of an HCL file, in source order. */
  comments: SourceComment[];
  diagnostics: Diagnostic[];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * `syntaxOnly`: check the syntax (diagnostics) but build no blocks, for a
 * file no selected rule can find anything in (see src/lint/unit.ts).
 */
export function readConfigFile(path: string, rawText: string, kind: TerraformFileKind, options: { syntaxOnly?: boolean } = {}): ConfigFile {
  const text = stripBom(rawText);
  const lines = new LineIndex(text);
  const json = kind === 'tf.json' || kind === 'tfvars.json';
  const vars = kind === 'tfvars' || kind === 'tfvars.json';
  const source = new SourceText(text, json);
  // A configuration file's blocks are made as the parser reads them: the AST of one block lives only
  // while its block is made (held whole, a large file's AST outlived the young generation as garbage).
  const blocks: LocatedBlock[] = [];
  const each =
    json || vars || options.syntaxOnly
      ? undefined
      : (item: Attribute | Block): void => {
          if (item.type === 'block') blocks.push(locatedBlock(item, source));
        };
  const parsed = json ? parseHclJson(path, text, lines, vars ? 'arguments' : 'blocks') : parseHclFile(path, text, lines, { comments: !options.syntaxOnly, each });
  const file: ConfigFile = { path, kind, text, blocks: [], attributes: [], comments: parsed.comments, diagnostics: parsed.diagnostics };
  if (options.syntaxOnly) return file;
  if (vars) file.attributes = attributeEntries(parsed.body, source);
  else file.blocks = each ? blocks : topLevelBlocks(parsed.body, source);
  return file;
}

/** The names a variable definitions file (`.tfvars`, `.tfvars.json`, by its name) sets, with where; none when it does not parse. */
export function varFileNames(path: string, text: string): MapEntry[] {
  const kind = path.toLowerCase().endsWith('.json') ? 'tfvars.json' : 'tfvars';
  return readConfigFile(path, text, kind).attributes;
}
