/**
 * CloudFormation parameter files (`--parameter-files`, SPEC §2), JSON or
 * YAML, in the three forms users have:
 * - the AWS CLI's `[{"ParameterKey": "K", "ParameterValue": "V"}, …]`
 *   (an entry with `UsePreviousValue: true` and no value gives no value);
 * - a template configuration file (CodePipeline): `{"Parameters": {"K": "V"}, "Tags": …}`;
 * - a plain mapping `{K: V}`.
 * Values are strings as CloudFormation receives them: numbers and booleans
 * as written, a list (for `CommaDelimitedList`) joined with commas. Anything
 * else is an error at its place; the file's other values are still used.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import { get, type MapNode, type Node } from '../../model/node.js';
import { LineIndex, type Range } from '../../model/range.js';
import { shorten } from '../../model/quote.js';
import { readJson } from './json-reader.js';
import { readYaml } from './yaml-read.js';

interface ParameterValue {
  key: string;
  value: string;
  /** Where the value is written. */
  range: Range;
}

interface ParameterFile {
  values: ParameterValue[];
  diagnostics: Diagnostic[];
}

const CODE = 'parameter-file';

export async function parseParameterFile(file: string, rawText: string): Promise<ParameterFile> {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const index = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const values: ParameterValue[] = [];
  const error = (message: string, range: Range | undefined): void => {
    diagnostics.push(range ? { file, severity: 'error', code: CODE, message, range } : { file, severity: 'error', code: CODE, message });
  };
  let root: Node | undefined;
  if (/^\s*[[{]/.test(text)) {
    const json = readJson(file, text, index);
    diagnostics.push(...json.diagnostics);
    root = json.root;
    if (!root && /^\s*\{/.test(text)) return { values, diagnostics };
  }
  if (!root && diagnostics.length === 0) {
    const yaml = await readYaml(file, text, index);
    diagnostics.push(...yaml.diagnostics);
    if (yaml.documents.length > 1) error('a parameter file holds one YAML document', yaml.documents[1]!.root?.range);
    root = yaml.documents[0]?.root;
  }
  if (!root) {
    if (diagnostics.length === 0) error('the parameter file is empty', index.range(0, 0));
    return { values, diagnostics };
  }
  const add = (key: string, node: Node): void => {
    const value = parameterValue(node);
    if (value === undefined) error(`the value of parameter ${shorten(key)} must be a string, a number, a boolean or a list of them`, node.range);
    else values.push({ key, value, range: node.range });
  };
  if (root.kind === 'seq') {
    for (const item of root.items) {
      const key = get(item, 'ParameterKey');
      const value = get(item, 'ParameterValue');
      if (item.kind !== 'map' || key?.kind !== 'scalar' || typeof key.value !== 'string') {
        error('each entry of a parameter list must be a mapping with ParameterKey and ParameterValue', item.range);
      } else if (value) {
        add(key.value, value);
      } else if (!isTrue(get(item, 'UsePreviousValue'))) {
        error(`parameter ${shorten(key.value)} has no ParameterValue`, item.range);
      }
    }
    return { values, diagnostics };
  }
  if (root.kind !== 'map') {
    error('a parameter file must hold a list of {ParameterKey, ParameterValue}, a {"Parameters": {...}} template configuration, or a mapping of parameter names to values', root.range);
    return { values, diagnostics };
  }
  const configuration = get(root, 'Parameters');
  const mapping: MapNode | undefined = configuration === undefined ? root : configuration.kind === 'map' ? configuration : undefined;
  if (!mapping) {
    error('Parameters in a template configuration file must be a mapping of parameter names to values', configuration!.range);
    return { values, diagnostics };
  }
  for (const entry of mapping.entries) add(entry.key, entry.value);
  return { values, diagnostics };
}

function parameterValue(node: Node): string | undefined {
  if (node.tag) return undefined;
  if (node.kind === 'scalar') return node.value === null ? undefined : String(node.value);
  if (node.kind === 'seq') {
    const parts = node.items.map((item) => (item.kind === 'scalar' && item.value !== null && !item.tag ? String(item.value) : undefined));
    return parts.every((p) => p !== undefined) ? parts.join(',') : undefined;
  }
  return undefined;
}

function isTrue(node: Node | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === true || String(node.value).toLowerCase() === 'true');
}
