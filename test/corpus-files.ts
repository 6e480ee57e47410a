import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS = process.env.IAC_LINT_CORPUS ?? resolve(root, '../shared/corpus');

/** The .tf files under `dir`, sorted. */
export function tfFilesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tfFilesUnder(path, out);
    else if (entry.name.endsWith('.tf')) out.push(path);
  }
  return out.sort();
}
