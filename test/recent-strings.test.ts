/**
 * RecentStrings (src/parsers/recent-strings.ts): whatever table a text gets
 * (sized to its length) and whatever slices collide in it, a slice is the
 * text's own slice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentStrings } from '../src/parsers/recent-strings.js';

describe('RecentStrings', () => {
  it('gives the text of each slice, over small and large tables and colliding slices', () => {
    const word = fc.constantFrom('Type', 'Tpye', 'Key', 'Kay', 'Value', 'a', 'ab', 'ba', '', 'x'.repeat(41), 'é', '\r\n');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 400 }), fc.integer({ min: 1, max: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(45)), { maxLength: 200 }), (words, times, cuts) => {
        // Up to ~100k characters: tables of 64 slots to the largest.
        const text = words.join(' ').repeat(times);
        const strings = new RecentStrings(text);
        for (const [at, length] of cuts) {
          const start = text.length === 0 ? 0 : at % text.length;
          const end = Math.min(text.length, start + length);
          expect(strings.slice(start, end)).toBe(text.slice(start, end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
