import { describe, expect, it } from 'vitest';
import { root } from './rules-fixtures.js';
import { unusedExports } from './unused-exports.js';

describe('exports', () => {
  it('every export of src/ and rules/ is imported somewhere in the project', () => {
    // For each one listed: drop the `export` (or the code, when nothing uses it); test/unused-exports.ts says how they are found.
    expect(unusedExports(root)).toEqual([]);
  });
});
