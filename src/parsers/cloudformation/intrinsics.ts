import type { MapNode, Node, ScalarNode } from '../../model/node.js';
import type { Range } from '../../model/range.js';

/**
 * CloudFormation short-form intrinsic tags and their long form. `!Ref` and
 * `!Condition` keep their name; every other tag `!X` becomes `Fn::X`.
 * Rules-section functions (`!Contains`, `!EachMemberEquals`, ...) and the
 * language-extension functions (`!ToJsonString`, `!Length`) are included.
 */
export const SHORT_FORM_NAMES: readonly string[] = [
  'Ref', 'Condition',
  'GetAtt', 'Sub', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'Base64', 'Cidr', 'GetAZs',
  'ImportValue', 'Equals', 'Not', 'And', 'Or', 'Transform', 'ToJsonString', 'Length',
  'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll',
];
const SHORT_FORMS = new Set(SHORT_FORM_NAMES);

/** The long-form key for a short-form tag (`!GetAtt` → `Fn::GetAtt`), or undefined for an unknown tag. */
export function longFormKey(tag: string): string | undefined {
  if (!tag.startsWith('!') || tag.startsWith('!!')) return undefined;
  const name = tag.slice(1);
  if (!SHORT_FORMS.has(name)) return undefined;
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/**
 * Wraps the value of a tagged node in its long form. Both the returned map
 * and (for `!GetAtt a.b`) the rewritten value keep the tagged node's range;
 * the single entry's keyRange is the tag's range.
 */
export function toLongForm(key: string, value: Node, range: Range, tagRange: Range): MapNode {
  let inner = value;
  if (key === 'Fn::GetAtt' && value.kind === 'scalar' && typeof value.value === 'string') {
    inner = splitGetAtt(value.value, range);
  }
  return { kind: 'map', range, entries: [{ key, keyRange: tagRange, value: inner }] };
}

/** `A.B.C` → ["A", "B.C"]: CloudFormation splits at the first dot. */
function splitGetAtt(text: string, range: Range): Node {
  const dot = text.indexOf('.');
  const parts = dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  const items: ScalarNode[] = parts.map((p) => ({ kind: 'scalar', value: p, range }));
  return { kind: 'seq', items, range };
}
