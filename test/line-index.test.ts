/**
 * LineIndex (src/model/range.ts): line starts after each LF and after each
 * CR that no LF follows (CRLF is one break; a lone CR is one, as YAML reads
 * it), compared with a walk over every character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/range.js';

/** The position of every offset 0..length, by a walk over every character. */
function walked(text: string): Array<{ line: number; column: number; offset: number }> {
  const out = [];
  let line = 1;
  let start = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    out.push({ line, column: offset - start + 1, offset });
    const c = text.charCodeAt(offset);
    if (c === 10 || (c === 13 && text.charCodeAt(offset + 1) !== 10)) {
      line++;
      start = offset + 1;
    }
  }
  return out;
}

function positions(text: string): Array<{ line: number; column: number; offset: number }> {
  const index = new LineIndex(text);
  return Array.from({ length: text.length + 1 }, (_, offset) => index.position(offset));
}

describe('LineIndex', () => {
  it.each([
    ['no break', 'abc'],
    ['LF', 'a\nb\n'],
    ['CRLF', 'a\r\nb\r\n'],
    ['lone CR', 'a\rb\r'],
    ['mixed, CR before CRLF, LF after CR', 'a\r\r\nb\n\rc\r\n\n\r'],
    ['CR at the end', 'x\r'],
    ['empty', ''],
  ])('%s', (_, text) => {
    expect(positions(text)).toEqual(walked(text));
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(walked(text).at(-1)!.line);
    for (let line = 1; line <= index.lineCount; line++) expect(index.position(index.lineStart(line)).column).toBe(1);
  });

  it('clamps offsets and lines outside the text', () => {
    const index = new LineIndex('a\nbc\r\nd');
    expect(index.position(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.position(99)).toEqual({ line: 3, column: 2, offset: 7 });
    expect(index.lineStart(0)).toBe(0);
    expect(index.lineStart(9)).toBe(6);
  });

  it('matches a walk over every character for any mix of LF, CR and CRLF', () => {
    const piece = fc.constantFrom('a', 'é', '\n', '\r', '\r\n', ' ', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(positions(text)).toEqual(walked(text));
      }),
      { numRuns: 500 },
    );
  });
});
