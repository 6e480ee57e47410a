/**
 * What the fix builders of both formats share: the outcome type, the reasons
 * a setting has no single fix (in the user's terms), and the literal
 * replacement `false` → `true` in the literal's own spelling.
 */
import type { Fix } from '../model/fix.js';
import type { Node } from '../model/node.js';
import type { Resource } from '../model/resource.js';
import { asBoolean, type Possibility, type Resolution } from '../model/value.js';
import type { EditOutcome } from './mapping.js';
import { trueLike } from './source-text.js';

export type FixOutcome = { fix: Fix } | { noFix: string };

/** What a rule asks for: `key` of `resource` should be `true`; `possibilities` are what the setting resolves to now. */
export interface SettingRequest {
  resource: Resource;
  key: string;
  possibilities: Resolution;
}

/** An edit outcome as a fix with its description and applicability (a reason of no fix stays one). */
export function written(offer: EditOutcome, description: string, applicability: Fix['applicability']): FixOutcome {
  return 'noFix' in offer ? offer : { fix: { description, applicability, edits: offer.edits } };
}

/**
 * The one possibility a fix can change: a single false (or null) value with
 * the node it came from; else why no single edit fixes the setting.
 */
export function singleFalse(key: string, possibilities: Resolution): { p: Possibility & { node: Node } } | { noFix: string } {
  const bad = possibilities.filter((p) => !(p.kind === 'value' && asBoolean(p.value) === true));
  if (bad.length === 0) return { noFix: `${key} is already true` };
  if (possibilities.length > 1) return { noFix: `${key} ${varies(bad)}${because(bad[0]!)}, so no single edit fixes it` };
  const p = possibilities[0]!;
  if (p.kind === 'unknown') return { noFix: `${key} cannot be resolved statically (${p.reason})` };
  if (!p.node) return { noFix: `${key} comes from a value that is not in the linted files${because(p)}` };
  if (p.kind === 'absent' && !(p.node.kind === 'scalar' && p.node.value === null)) {
    return { noFix: `${key} is removed${because(p)}` };
  }
  if (p.kind === 'value' && asBoolean(p.value) !== false) return { noFix: `${key} is not a boolean${because(p)}` };
  return { p: p as Possibility & { node: Node } };
}

/** Why a setting has several possible values, in the user's terms. */
function varies(bad: Possibility[]): string {
  const steps = bad.flatMap((p) => p.provenance);
  if (steps.some((s) => s.startsWith('Fn::If') || s.startsWith('when ') || s.includes(' ? '))) return 'depends on a condition';
  if (steps.some((s) => / allows /.test(s))) return 'is chosen at deployment from the AllowedValues of a parameter';
  if (steps.some((s) => s.startsWith('mapping '))) return 'differs between the keys of a mapping';
  return 'has several possible values';
}

export function because(p: Possibility): string {
  return p.provenance.length > 0 ? ` (${p.provenance.join(', ')})` : '';
}

export function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** `false` → `true` (and the other literal spellings), keeping the quotes and the case; `null` → `true`. */
export function replaceLiteral(file: string, text: string, node: Node): EditOutcome {
  const { start, end } = node.range;
  const literal = text.slice(start.offset, end.offset);
  const replacement = /^(null|~)$/.test(literal) ? 'true' : trueLike(literal);
  if (replacement === undefined) return { noFix: `the value is written as ${JSON.stringify(literal.slice(0, 40))}, not as a literal false` };
  return { edits: [{ file, range: node.range, text: replacement }] };
}
