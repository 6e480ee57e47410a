import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The tests validate against vendored copies of the project's schemas
// (test/schemas), so they run on a machine without ../shared. Where
// ../shared/schemas exists, the copies must be identical to it.
const root = fileURLToPath(new URL('..', import.meta.url));
const SHARED = resolve(root, '../shared/schemas');
const VENDORED = join(root, 'test/schemas');

if (!existsSync(SHARED)) console.warn(`schemas: ${SHARED} is absent; the vendored copies in test/schemas are not compared with it`);

describe('vendored JSON schemas', () => {
  it('holds the SARIF, GitHub Action and pre-commit hook schemas, and the JUnit XSD', () => {
    expect(readdirSync(VENDORED).sort()).toEqual(['github-action.json', 'junit-10.xsd', 'pre-commit-hooks.json', 'sarif-schema-2.1.0.json']);
  });
  it.skipIf(!existsSync(SHARED))('are byte for byte the shared schemas', () => {
    for (const name of readdirSync(SHARED)) {
      expect(readFileSync(join(VENDORED, name), 'utf8'), name).toBe(readFileSync(join(SHARED, name), 'utf8'));
    }
  });
});
