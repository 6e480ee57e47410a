/**
 * Where a `module` block's code comes from (SPEC §1 "Modules") — the one
 * place that decides it:
 *   1. a local source (`./…`, `../…`): that directory, relative to the caller;
 *   2. any source listed by `.terraform/modules/modules.json` of the root
 *      directory (written by `terraform init`) under the call's key (`db`,
 *      nested `db.db_instance`): the directory it names;
 *   3. a registry module of the catalog (./catalog/): its description, for
 *      the major version the call's `version` constraint selects;
 *   4. otherwise it is not followed, and the call gets a note saying so.
 */
import { join, posix } from 'node:path';
import { shorten } from '../../model/quote.js';
import { catalogDirectory, catalogModule, isCatalogDirectory, type CatalogChoice } from './catalog/index.js';

/** The directories `terraform init` installed, by module key (`db`, `db.db_instance`), relative to the root directory. */
type ModulesManifest = Map<string, string>;

export const MODULES_MANIFEST = '.terraform/modules/modules.json';

type ModuleSource =
  /** A directory to read: relative to the working directory like the caller's, or a catalog directory. */
  | { kind: 'directory'; dir: string; via: 'local' | 'manifest' | 'catalog'; note?: string }
  | { kind: 'not-followed'; reason: string };

export function isLocalSource(source: string | undefined): source is string {
  return source !== undefined && /^\.\.?[/\\]/.test(source);
}

/**
 * The manifest's key → directory entries; `undefined` when the text is not
 * a manifest (a broken file is as good as none: the calls get notes).
 */
export function parseModulesManifest(text: string): ModulesManifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const modules = (parsed as { Modules?: unknown } | null)?.Modules;
  if (!Array.isArray(modules)) return undefined;
  const manifest: ModulesManifest = new Map();
  for (const m of modules as Array<{ Key?: unknown; Dir?: unknown }>) {
    if (typeof m?.Key === 'string' && m.Key !== '' && typeof m.Dir === 'string') manifest.set(m.Key, m.Dir.replace(/\\/g, '/'));
  }
  return manifest;
}

interface SourceQuery {
  /** The `source` string, when it is a literal. */
  source: string | undefined;
  /** The `version` constraint, when it is a literal. */
  version: string | undefined;
  /** The directory of the calling module (as the parser names directories). */
  callerDir: string;
  /** The call's module key: the names of the calls from the root, joined by '.' (`db.db_instance`). */
  key: string;
  /** The root directory of the run (where `.terraform` lives). */
  rootDir: string;
  manifest: ModulesManifest | undefined;
}

/** Decides where a module call's code is, in the order of SPEC §1. */
export function moduleSource(q: SourceQuery): ModuleSource {
  const { source } = q;
  if (source === undefined) return { kind: 'not-followed', reason: 'its source is not a literal string' };
  if (isLocalSource(source)) {
    // A local source inside a catalog module is another part of that description.
    const dir = isCatalogDirectory(q.callerDir) ? posix.join(q.callerDir, source) : join(q.callerDir, source);
    return { kind: 'directory', dir, via: isCatalogDirectory(dir) ? 'catalog' : 'local' };
  }
  const installed = q.manifest?.get(q.key);
  if (installed !== undefined) return { kind: 'directory', dir: join(q.rootDir, installed), via: 'manifest' };
  const known: CatalogChoice | undefined = catalogModule(source, q.version);
  if (known) return { kind: 'directory', dir: catalogDirectory(known), via: 'catalog', ...(known.note ? { note: known.note } : {}) };
  return {
    kind: 'not-followed',
    reason: `source "${shorten(source)}" is not a local path, not installed (${MODULES_MANIFEST} does not list "${shorten(q.key)}"), and not a registry module iac-lint knows; run \`terraform init\` in the root directory so that iac-lint reads it from .terraform/modules`,
  };
}
