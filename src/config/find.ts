/**
 * Which configuration file applies (SPEC §2): `.iac-lint.yaml`,
 * `.iac-lint.yml` or `.iac-lint.json` in the working directory or the
 * nearest parent up to the repository root. Apart from load.ts, so that a
 * run without a configuration file does not load the reader, the schema
 * and its validator.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gitWorkTree } from '../discover/boundary.js';

const CONFIG_NAMES = ['.iac-lint.yaml', '.iac-lint.yml', '.iac-lint.json'] as const;

/** A configuration file that cannot be used: exit code 2, the message names the file, line and key. */
export class ConfigError extends Error {}

/** The configuration file that applies in `cwd`, if any. */
export function findConfigFile(cwd: string): string | undefined {
  const root = gitWorkTree(cwd) ?? cwd;
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (dir === root) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
