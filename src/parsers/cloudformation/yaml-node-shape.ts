/**
 * What both YAML readers (the CST reader and the Document path) do alike
 * when they shape a node: where its tag is, where a block scalar ends, the
 * unknown-tag warning, and where a block collection ends.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { MapNode, Node, SeqNode } from '../../model/node.js';
import { startOffset, type LineIndex, type Range } from '../../model/range.js';

/**
 * The range of the tag written before a node whose content starts at
 * `contentStart`. The yaml AST keeps the tag's name, not its place; only
 * spaces, an anchor and comments can stand between a tag and its content,
 * so the tag is the last occurrence of its name before the content.
 */
export function tagRangeBefore(text: string, index: LineIndex, contentStart: number, tag: string): Range | undefined {
  const at = text.lastIndexOf(tag, contentStart - 1);
  if (at < 0) return undefined;
  return index.range(at, at + tag.length);
}

/** `end` moved back over trailing white space, not before `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Marks a node with a tag we do not know and says so: its value is kept as written. */
export function markUnknownTag(file: string, diagnostics: Diagnostic[], tag: string, node: Node, tagRange: Range | undefined): void {
  node.tag = tag;
  diagnostics.push({
    file,
    severity: 'warning',
    code: 'unknown-tag',
    message: `unknown tag ${tag}: its value is kept as written and not evaluated`,
    range: tagRange ?? node.range,
  });
}

/**
 * Ends a block collection (and the long form wrapping it) at offset `end`,
 * with compact ranges of `index` (not a Range and two Positions each).
 */
export function endBlockAt(node: MapNode | SeqNode, wrapper: MapNode | undefined, index: LineIndex, end: number): void {
  node.range = index.range(startOffset(node.range), end);
  if (wrapper) {
    wrapper.range = index.range(startOffset(wrapper.range), end);
    const inner = wrapper.entries[0]!.value;
    if (inner !== node) inner.range = wrapper.range;
  }
}
