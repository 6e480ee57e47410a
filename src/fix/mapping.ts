/**
 * Adding an entry to a mapping as its neighbours are written: a YAML block
 * mapping gets a line with their indentation; a flow mapping (YAML `{...}`
 * and all of JSON, CloudFormation or .tf.json) gets their separator (comma,
 * line ending, indentation), key quoting and colon spacing.
 */
import type { MapEntry, MapNode } from '../model/node.js';
import type { TextEdit } from '../model/fix.js';
import type { SourceText } from './source-text.js';

export type EditOutcome = { edits: TextEdit[] } | { noFix: string };

/** Whether a mapping is written in flow style (`{...}`, also all of JSON) rather than as a YAML block. */
export function isFlow(source: SourceText, map: MapNode): boolean {
  return source.text[map.range.start.offset] === '{';
}

/** `key` quoted as the neighbouring key is (`"Key"`, `'Key'` or plain). */
export function keyLike(source: SourceText, neighbour: MapEntry, key: string): string {
  const q = source.text[neighbour.keyRange.start.offset];
  return q === '"' ? JSON.stringify(key) : q === "'" ? `'${key}'` : key;
}

/** The text between a key and its value (`: `, `:`, ` : `), as the neighbour writes it on one line. */
export function colonLike(source: SourceText, neighbour: MapEntry): string {
  const between = source.text.slice(neighbour.keyRange.end.offset, neighbour.value.range.start.offset);
  return /^[ \t]*:[ \t]*$/.test(between) ? between : ': ';
}

type NewValue = { plain: string } | { block: string } | { inline: string };

/**
 * Adds an entry `key` after the last entry of `map` (which has at least one
 * entry). `valueFor` gives the value: `plain` text after the key and colon,
 * `block` lines under the key (YAML block style), or `inline` text.
 */
export function addEntry(
  source: SourceText,
  map: MapNode,
  key: string,
  valueFor: (indent: string, neighbour: MapEntry, multiline: boolean) => NewValue,
  edit: (offset: number, text: string) => EditOutcome,
): EditOutcome {
  const last = map.entries[map.entries.length - 1];
  if (!last) return { noFix: 'the mapping is empty' };
  if (map.entries.some((e) => e.keyRange.start.offset < map.range.start.offset || e.value.range.end.offset > map.range.end.offset)) {
    return { noFix: 'the mapping merges entries from a YAML alias' };
  }
  const k = keyLike(source, last, key);
  if (!isFlow(source, map)) {
    const indent = source.indentBefore(last.keyRange.start.offset);
    if (indent === undefined) return { noFix: 'cannot tell the indentation of the mapping' };
    const value = valueFor(indent, last, true);
    const line =
      'block' in value
        ? `${indent}${k}:${source.eol}${value.block}`
        : `${indent}${k}${colonLike(source, last)}${'plain' in value ? value.plain : value.inline}`;
    return insertLineAfter(source, map.range.end.offset, line, edit);
  }
  // Flow mapping or JSON: the separator the neighbours use, then the entry.
  const previous = map.entries[map.entries.length - 2];
  const between = previous ? source.text.slice(previous.value.range.end.offset, last.keyRange.start.offset) : undefined;
  const multiline = !source.sameLine(map.range.start.offset, last.keyRange.start.offset);
  let separator: string;
  if (between !== undefined && /^[ \t]*,\s*$/.test(between)) separator = between;
  else if (multiline) {
    const indent = source.indentBefore(last.keyRange.start.offset);
    if (indent === undefined) return { noFix: 'cannot tell the indentation of the mapping' };
    separator = `,${source.eol}${indent}`;
  } else {
    separator = colonLike(source, last).endsWith(' ') ? ', ' : ',';
  }
  const indent = source.lineIndent(last.keyRange.start.offset);
  const value = valueFor(indent, last, multiline);
  const text = 'plain' in value ? value.plain : 'inline' in value ? value.inline : value.block;
  return edit(last.value.range.end.offset, `${separator}${k}${colonLike(source, last)}${text}`);
}

/** Inserts `line` as a line of its own after the line holding `offset`. */
export function insertLineAfter(source: SourceText, offset: number, line: string, edit: (offset: number, text: string) => EditOutcome): EditOutcome {
  const next = source.nextLineStart(offset);
  return next === undefined ? edit(source.text.length, `${source.eol}${line}`) : edit(next, `${line}${source.eol}`);
}

