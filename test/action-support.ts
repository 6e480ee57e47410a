// Test support for the Action, pre-commit and packaging tests.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The JSON schemas: vendored in test/schemas (copies of ../shared/schemas, checked
 * by test/schemas.test.ts), or IAC_LINT_SCHEMAS.
 */
export const SCHEMAS = process.env.IAC_LINT_SCHEMAS ?? resolve(root, 'test/schemas');

/** A schema of SCHEMAS, parsed; a clear error when it is missing. */
export function loadSchema(name: string): Record<string, unknown> {
  const file = join(SCHEMAS, name);
  if (!existsSync(file)) {
    throw new Error(`schema ${file} not found: restore test/schemas or set IAC_LINT_SCHEMAS`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/**
 * Copies the files git tracks, as they are in the work tree (in CI: exactly
 * the commit), from `root` into `dest`: no node_modules, no build output that
 * is not committed.
 */
export function copyTrackedFiles(root: string, dest: string): void {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(root, file), join(dest, file));
  }
}
