import type { Scalar } from '../../model/node.js';

/**
 * Plain (unquoted) YAML scalars resolved by YAML 1.1 rules, the way
 * CloudFormation and cfn-lint (PyYAML's resolver) read them:
 *
 * - booleans: true/false, yes/no, on/off in the three PyYAML spellings
 *   (`yes`, `Yes`, `YES`). The one-letter `y`/`n` stay strings (PyYAML, unlike
 *   the YAML 1.1 draft, does not resolve them).
 * - null: `~`, `null`, `Null`, `NULL` and the empty value.
 * - integers: decimal, `0x` hex, `0b` binary, `0`-prefixed octal (`0755` is
 *   493), `_` separators, and base-60 (`1:30` is 90). `012345678` is not octal
 *   (8 is not an octal digit) and stays a string, so account IDs with a
 *   leading zero survive.
 * - floats need a dot and a signed exponent (`1.5`, `1.0e+3`, `.inf`, `.nan`);
 *   `1e5` is a string, as in PyYAML.
 * - timestamps are NOT resolved: `2010-09-09` stays the string "2010-09-09"
 *   (cfn-lint drops PyYAML's timestamp constructor for the same reason).
 * - numbers beyond 2^53 become the nearest JS number, as JSON.parse does.
 *
 * Quoted and block scalars are always strings. Mapping keys are not resolved
 * at all: a key keeps the text the author wrote (`yes:`, `010:` and
 * `2010-09-09:` are the keys "yes", "010" and "2010-09-09").
 */

const BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

export function resolvePlainScalar(text: string): Scalar {
  if (NULL.test(text)) return null;
  if (BOOL_TRUE.test(text)) return true;
  if (BOOL_FALSE.test(text)) return false;
  if (INT.test(text)) return parseYamlInt(text);
  if (FLOAT.test(text)) return parseYamlFloat(text);
  return text;
}

/** Drops `_` separators and the sign: `-1_000` → [-1, "1000"]. */
function splitSign(text: string): [number, string] {
  const s = text.replace(/_/g, '');
  if (s.startsWith('-')) return [-1, s.slice(1)];
  if (s.startsWith('+')) return [1, s.slice(1)];
  return [1, s];
}

function sexagesimal(body: string): number {
  let value = 0;
  for (const part of body.split(':')) value = value * 60 + Number(part);
  return value;
}

/** Parses a string that matched the YAML 1.1 int pattern (or is given a `!!int` tag). */
function parseYamlInt(text: string): number | string {
  const [sign, s] = splitSign(text);
  let n: number;
  if (s.startsWith('0b')) n = parseInt(s.slice(2), 2);
  else if (s.startsWith('0x')) n = parseInt(s.slice(2), 16);
  else if (s.includes(':')) n = sexagesimal(s);
  else if (s.length > 1 && s.startsWith('0')) n = parseInt(s.slice(1), 8);
  else n = Number(s);
  return Number.isNaN(n) ? text : sign * n;
}

/** Parses a string that matched the YAML 1.1 float pattern (or is given a `!!float` tag). */
function parseYamlFloat(text: string): number | string {
  const [sign, s] = splitSign(text);
  const lower = s.toLowerCase();
  if (lower === '.inf') return sign * Infinity;
  if (lower === '.nan') return NaN;
  const n = s.includes(':') ? sexagesimal(s) : Number(s);
  return Number.isNaN(n) ? text : sign * n;
}

/** A value with an explicit standard tag (`!!str`, `!!int`, ...); undefined when the tag is not one of these. */
export function resolveTaggedScalar(tag: string, text: string): Scalar | undefined {
  switch (tag) {
    case '!':
    case 'tag:yaml.org,2002:str':
    case 'tag:yaml.org,2002:binary':
    case 'tag:yaml.org,2002:timestamp':
      return text;
    case 'tag:yaml.org,2002:int':
      return parseYamlInt(text);
    case 'tag:yaml.org,2002:float':
      return parseYamlFloat(text);
    case 'tag:yaml.org,2002:bool':
      return BOOL_TRUE.test(text) ? true : BOOL_FALSE.test(text) ? false : text;
    case 'tag:yaml.org,2002:null':
      return null;
    default:
      return undefined;
  }
}
